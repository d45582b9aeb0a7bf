import { Suspense, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/react';
import type { AppState, CorpusStatus } from '../state/store';
import {
  useActions,
  useAppStore,
  useAppStoreApi,
  useCorpus,
  useEvidenceTarget,
  usePresent,
  useView,
} from '../state/selectors';
import { useUrlSync } from '../state/useUrlSync';
import { useLinkTo } from '../state/links';
import { VIEWS } from '../views/registry';
import { CorpusError } from './CorpusError';
import { ModelPicker } from './ModelPicker';
import { Navigation } from './Navigation';
import { Notices } from './Notices';
import { ViewBoundary } from './ErrorBoundary';
import { slidePartsOf } from '../corpus/vocabulary';
import { SettingsMenu } from './chrome/SettingsMenu';
import { LanguageSwitch } from './chrome/LanguageSwitch';
import { SearchLauncher } from './chrome/SearchLauncher';
import { LoadingLine } from '../views/shared/LoadingLine';
import { usePresentation } from './presentation';
import { lazyWithStrings } from './lazyWithStrings';
import { useHasStorageNotices } from './hooks/useHasStorageNotices';
import { useCorpusLoad } from './hooks/useCorpusLoad';
import { useDocumentTitle } from './hooks/useDocumentTitle';
import { useFocusOnViewChange } from './hooks/useFocusOnViewChange';
import { useIdleWithServiceWorker } from './hooks/useIdleWithServiceWorker';
import { useLanguageOnDocument } from './hooks/useLanguageOnDocument';
import { useContentLanguage } from './hooks/useContentLanguage';
import { usePageDrop } from './hooks/usePageDrop';
import { useThemeOnDocument } from './hooks/useThemeOnDocument';
import { useTourSync } from './hooks/useTourSync';
import { usePreloadNextTourStep } from './hooks/usePreloadNextTourStep';

// Loaded only when someone opens evidence, so it costs the first page nothing.
const EvidencePanel = lazyWithStrings(() =>
  import('../evidence/EvidencePanel').then((m) => m.default),
);
// A presented slide's frame and its evidence load with the first slide.
const SlideFrame = lazyWithStrings(() => import('./SlideFrame').then((m) => m.SlideFrame));
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
// Storage notices are rare (site data blocked, a damaged entry): their code loads when one exists.
const StorageNotices = lazyWithStrings(() =>
  import('./StorageNotices').then((m) => m.StorageNotices),
);
const ShareTools = lazyWithStrings(() => import('../export/ShareTools').then((m) => m.ShareTools));
/**
 * Starts loading the share menu's code, which the toolbar shows on every page: main.tsx does it
 * beside the corpus, so the first render draws the menu instead of asking for its code (and its
 * modules' preload links, 10 ms of a first render at 4× throttle) and drawing a stand-in.
 */
export const preloadShareTools = ShareTools.preload;

const selectEmbed = (s: { embed: boolean }) => s.embed;
const selectTour = (s: { tour: string | null }) => s.tour;
const selectUserCorpus = (s: AppState) => s.corpusOrigin.kind === 'user';

export interface AppProps {
  loadCorpus: () => Promise<CorpusStatus>;
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
  const appRef = useRef<HTMLDivElement>(null);
  // How long the exit button's word is ("Exit", "Chiqish"): a slide's title keeps clear of it.
  // Set through the style object, not a style attribute: the build's server-rendered first page
  // may carry no inline style under the CSP. Set only while presenting: an inherited property
  // set on .app makes the browser restyle every element under it, about 15 ms at 4× throttle on
  // the hydrating first page, for a value only a slide reads.
  const exitLetters = [...t('app.exitPresentShort')].length;
  useLayoutEffect(() => {
    if (present) appRef.current?.style.setProperty('--exit-letters', String(exitLetters));
  }, [exitLetters, embed, present]);
  const [loader, setLoader] = useState<{ files: File[] | null } | null>(null);
  const openLoaderWith = useCallback((files: File[]) => setLoader({ files }), []);
  const closeLoader = useCallback(() => setLoader(null), []);

  const hasStorageNotices = useHasStorageNotices();
  const load = useCorpusLoad(loadCorpus);
  useUrlSync(store, corpus.status === 'ready');
  useTourSync();
  usePreloadNextTourStep();
  useThemeOnDocument();
  useLanguageOnDocument();
  useContentLanguage();
  useDocumentTitle();
  useFocusOnViewChange(mainRef);
  const idle = useIdleWithServiceWorker();
  const dragging = usePageDrop(corpus.status === 'ready' && !embed && !present, openLoaderWith);

  const entry = VIEWS[view];
  const Body = entry.component;
  const ready = corpus.status === 'ready';
  // Presented, a view with slides shows one part as a slide that fits the screen; text pages
  // (concepts, sources…) stay pages in large type.
  const slideShown = present && ready && slidePartsOf(view).length > 0;
  const viewLoading = <LoadingLine />;
  const content =
    corpus.status === 'loading' ? (
      <p className="loading" role="status">
        {t('loading.corpus')}
      </p>
    ) : corpus.status === 'error' ? (
      <CorpusError error={corpus} onRetry={load} />
    ) : slideShown ? (
      <ViewBoundary view={view} onBack={() => setView('overview')}>
        <Suspense fallback={viewLoading}>
          <SlideFrame key={view} view={view} />
        </Suspense>
      </ViewBoundary>
    ) : (
      <ViewBoundary view={view} onBack={() => setView('overview')}>
        <Suspense fallback={viewLoading}>
          <Body />
        </Suspense>
      </ViewBoundary>
    );
  // On a slide the evidence is part of the slide (SlideFrame), not a panel over it.
  const evidencePanel =
    ready && evidence && !slideShown ? (
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
    <div
      className={slideShown ? 'app app--present app--slide' : present ? 'app app--present' : 'app'}
      ref={appRef}
    >
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      {present ? (
        <button
          type="button"
          className="present-exit secondary"
          onClick={togglePresent}
          aria-label={t('app.exitPresent')}
          title={t('app.exitPresent')}
          aria-keyshortcuts="P"
        >
          {t('app.exitPresentShort')}
        </button>
      ) : (
        <>
          <header className="app-header">
            <div className="app-header__brand">
              <a
                href="./"
                className="brand"
                title={t('app.tagline')}
                onClick={(e) => {
                  e.preventDefault();
                  setView('overview');
                }}
              >
                <img src="favicon.svg" alt="" width="28" height="28" />
                <span lang={t('app.nameLang')}>{t('app.name')}</span>
              </a>
            </div>
            {ready ? <Navigation /> : null}
            <div className="header-actions">
              <LanguageSwitch />
              <SettingsMenu
                onLoadCorpus={ready ? () => setLoader({ files: null }) : undefined}
                onPresent={togglePresent}
              />
            </div>
          </header>
          {ready ? (
            // The models shown, search and the way to share, on one line just above the view's
            // title: search sits here rather than in the header, whose row of views it crowded.
            <div className="toolbar">
              {entry.showsModels ? <ModelPicker /> : null}
              <div className="share-slot">
                <SearchLauncher />
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
      {hasStorageNotices ? (
        <Suspense fallback={null}>
          <StorageNotices />
        </Suspense>
      ) : null}
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
