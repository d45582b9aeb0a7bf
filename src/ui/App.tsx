import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppState, CorpusStatus } from '../state/store';
import {
  useActions,
  useAppStore,
  useAppStoreApi,
  useCorpus,
  useEvidenceTarget,
  useLang,
  usePresent,
  useTheme,
  useView,
} from '../state/selectors';
import { useUrlSync } from '../state/useUrlSync';
import { useLinkTo } from '../state/links';
import { switchLanguage } from '../i18n';
import { VIEWS } from '../views/registry';
import { CorpusError } from './CorpusError';
import { ModelPicker } from './ModelPicker';
import { Navigation } from './Navigation';
import { Notices } from './Notices';
import { StorageNotices } from './StorageNotices';
import { ViewBoundary } from './ErrorBoundary';
import { Preferences } from './Preferences';
import { resolveTheme, storeTheme } from '../state/theme';
import { usePresentation } from './presentation';
import { lazyWithStrings } from './lazyWithStrings';
import { watchPageDrop } from '../user-corpus/page-drop';

// Loaded only when someone opens evidence, so it costs the first page nothing.
const EvidencePanel = lazyWithStrings(() =>
  import('../evidence/EvidencePanel').then((m) => m.default),
);
// The tour bar loads with the first tour (a link or the tours page), not with the first page.
const TourBar = lazyWithStrings(() => import('../tours/TourBar').then((m) => m.TourBar));
// The service worker's messages (offline ready, update waiting) load after the first render.
const UpdatePrompt = lazyWithStrings(() => import('./UpdatePrompt').then((m) => m.UpdatePrompt));
const CorpusBanner = lazyWithStrings(() =>
  import('../user-corpus/CorpusBanner').then((m) => m.CorpusBanner),
);
// Loading a user's corpus is rare: its dialog (and the worker it starts) load when asked for.
const CorpusLoader = lazyWithStrings(() =>
  import('../user-corpus/CorpusLoader').then((m) => m.CorpusLoader),
);
// Share and export tools load just after the first render; the toolbar keeps their room (no shift).
const ShareTools = lazyWithStrings(() => import('../export/ShareTools').then((m) => m.ShareTools));

const selectEmbed = (s: { embed: boolean }) => s.embed;
const selectTour = (s: { tour: string | null }) => s.tour;
const selectUserCorpus = (s: AppState) => s.corpusOrigin.kind === 'user';

export interface AppProps {
  loadCorpus: () => Promise<CorpusStatus>;
}

function useThemeOnDocument() {
  const theme = useTheme();
  useEffect(() => {
    storeTheme(theme);
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    const apply = () => {
      document.documentElement.dataset.theme = resolveTheme(theme, query?.matches ?? false);
    };
    apply();
    query?.addEventListener('change', apply);
    return () => query?.removeEventListener('change', apply);
  }, [theme]);
}

function useLanguageOnDocument() {
  const lang = useLang();
  const { i18n } = useTranslation();
  useEffect(() => {
    void switchLanguage(i18n, lang).then(() => {
      document.documentElement.lang = i18n.language;
    });
  }, [lang, i18n]);
}

/**
 * True once the page has loaded and the browser is idle, where a service worker can run: the
 * time to set up offline use, which nobody waits for. (Never, where there is no service worker.)
 */
function useIdleWithServiceWorker(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const ready = () => {
      if ('requestIdleCallback' in window)
        window.requestIdleCallback(() => setIdle(true), { timeout: 3000 });
      else setTimeout(() => setIdle(true), 1000);
    };
    if (document.readyState === 'complete') ready();
    else window.addEventListener('load', ready, { once: true });
    return () => window.removeEventListener('load', ready);
  }, []);
  return idle;
}

export function App({ loadCorpus }: AppProps) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const corpus = useCorpus();
  const view = useView();
  const evidence = useEvidenceTarget();
  const embed = useAppStore(selectEmbed);
  const present = usePresent();
  const tour = useAppStore(selectTour);
  const userCorpus = useAppStore(selectUserCorpus);
  const { toggle: togglePresent } = usePresentation();
  const { setView } = useActions();
  const linkTo = useLinkTo();
  const mainRef = useRef<HTMLElement>(null);
  const [loader, setLoader] = useState<{ files: File[] | null } | null>(null);
  const openLoaderWith = useCallback((files: File[]) => setLoader({ files }), []);
  const closeLoader = useCallback(() => setLoader(null), []);
  const shownView = useRef<string | null>(null);

  const load = useCallback(() => {
    store.getState().setCorpus({ status: 'loading' });
    void loadCorpus().then((result) => store.getState().setCorpus(result));
  }, [store, loadCorpus]);

  // The entry point usually loads the corpus before the first render; load here only if it did not.
  useEffect(() => {
    if (store.getState().corpus.status === 'loading') load();
  }, [store, load]);
  useUrlSync(store, corpus.status === 'ready');
  // A presenter window can start, move or end a tour here, so the link runs with or without one.
  // Its code loads after the first render.
  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    void import('../tours/tour-sync').then((m) => {
      if (live) stop = m.startTourSync(store);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [store]);
  useThemeOnDocument();
  useLanguageOnDocument();

  useEffect(() => {
    document.title = `${t(`nav.${view}`)} — ${t('app.name')}`;
  }, [view, t]);

  // After a change of view, move focus to the new content so keyboard and screen-reader users
  // land on it; not on first load, where focus belongs to the top of the page.
  useEffect(() => {
    if (shownView.current === view) return;
    const isFirst = shownView.current === null;
    shownView.current = view;
    if (isFirst) return;
    mainRef.current?.focus();
    window.scrollTo?.(0, 0);
  }, [view]);

  const idle = useIdleWithServiceWorker();
  const [dragging, setDragging] = useState(false);
  const dropsAllowed = corpus.status === 'ready' && !embed && !present;
  // Listening from the first render (a few hundred bytes): a drop must never fall through to the
  // browser, which would open the file in place of the app.
  useEffect(
    () => (dropsAllowed ? watchPageDrop(openLoaderWith, setDragging) : undefined),
    [dropsAllowed, openLoaderWith],
  );

  const entry = VIEWS[view];
  const Body = entry.component;
  const ready = corpus.status === 'ready';
  const content =
    corpus.status === 'loading' ? (
      <p className="loading" role="status">
        {t('loading.corpus')}
      </p>
    ) : corpus.status === 'error' ? (
      <CorpusError error={corpus} onRetry={load} />
    ) : (
      <ViewBoundary view={view} onBack={() => setView('overview')}>
        <Suspense
          fallback={
            <p className="loading" role="status">
              {t('loading.view')}
            </p>
          }
        >
          <Body />
        </Suspense>
      </ViewBoundary>
    );
  const evidencePanel =
    ready && evidence ? (
      <Suspense fallback={null}>
        <EvidencePanel />
      </Suspense>
    ) : null;

  if (embed) {
    // Embedded in another page: the view alone, and a way back to the whole app.
    return (
      <div className="app app--embed">
        <main id="main" ref={mainRef} tabIndex={-1}>
          {content}
        </main>
        {evidencePanel}
        <footer className="embed-footer">
          <a href={linkTo({ embed: false })} target="_blank" rel="noopener noreferrer">
            {t('share.openFull')} ↗
          </a>
        </footer>
      </div>
    );
  }

  return (
    <div className={present ? 'app app--present' : 'app'}>
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      {present ? (
        <button type="button" className="present-exit secondary" onClick={togglePresent}>
          {t('app.exitPresent')}
        </button>
      ) : (
        <>
          <header className="app-header">
            <div className="app-header__brand">
              <a
                href="./"
                className="brand"
                onClick={(e) => {
                  e.preventDefault();
                  setView('overview');
                }}
              >
                <img src="favicon.svg" alt="" width="28" height="28" />
                <span>{t('app.name')}</span>
              </a>
              <span className="tagline">{t('app.tagline')}</span>
            </div>
            <div className="header-actions">
              {ready ? (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setLoader({ files: null })}
                  title={t('app.loadCorpusHint')}
                >
                  {t('app.loadCorpus')}
                </button>
              ) : null}
              <button
                type="button"
                className="secondary"
                onClick={togglePresent}
                title={t('app.presentHint')}
              >
                {t('app.present')}
              </button>
              <Preferences />
            </div>
            {ready ? <Navigation /> : null}
          </header>
          {ready ? (
            <div className="toolbar">
              {entry.showsModels ? <ModelPicker /> : null}
              <div className="share-slot">
                <Suspense
                  fallback={
                    <button type="button" className="secondary share-tools__button" disabled>
                      {t('app.shareLabel')}
                    </button>
                  }
                >
                  <ShareTools />
                </Suspense>
              </div>
            </div>
          ) : null}
        </>
      )}
      {present || !userCorpus ? null : (
        <Suspense fallback={null}>
          <CorpusBanner />
        </Suspense>
      )}
      <Notices />
      <StorageNotices />
      {/* Mounted once the page is idle (its code and the worker's download wait until then), and
          kept (hidden while presenting): an update found mid-lecture waits its turn. */}
      {idle ? (
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      ) : null}
      <main id="main" ref={mainRef} tabIndex={-1}>
        {content}
      </main>
      {ready && tour ? (
        <Suspense fallback={null}>
          <TourBar />
        </Suspense>
      ) : null}
      {evidencePanel}
      {loader ? (
        <Suspense fallback={null}>
          <CorpusLoader
            initialFiles={loader.files}
            onClose={closeLoader}
            onLoaded={() => {
              setLoader(null);
              mainRef.current?.focus();
            }}
          />
        </Suspense>
      ) : null}
      {dragging ? (
        <div className="page-drop-hint" aria-hidden="true">
          {t('app.dropHere')}
        </div>
      ) : null}
      {present ? null : (
        <footer className="app-footer">
          <p>{t('app.footerCode')}</p>
        </footer>
      )}
    </div>
  );
}
