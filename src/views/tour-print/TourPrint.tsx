/**
 * A tour on paper (`?tour=<id>&print=tour`, opened by "Print tour"): page 1 names the tour, its
 * steps and its sources; then one A4 landscape page per step, the step's slide as the projector
 * shows it with the talking points under it as notes (a lecturer's upload to a learning
 * platform); then, if chosen, the handout of the models the tour shows. On screen, a short bar
 * (Print, Back to the tour) over previews of the pages at their printed size.
 *
 * It replaces the app for this address (main.tsx), after the corpus and the lecturer's own tours
 * are in the store, so a tour made in this browser prints like a bundled one.
 */
import { useEffect, useMemo, useState } from 'react';
import type { CSSProperties } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Tour } from '../../corpus/schema';
import { switchLanguage } from '../../i18n';
import { useAppStore, useAppStoreApi, useCorpus, useLang, useTours } from '../../state/selectors';
import { StoreContext } from '../../state/StoreProvider';
import type { AppState } from '../../state/store';
import { absoluteUrl, hrefFor } from '../../state/url';
import { urlContextOf } from '../../state/useUrlSync';
import { Handout } from '../handout/Handout';
import { minSlideHeight, sheetBox, tourModels } from './paper';
import { handoutStore, stepStore } from './step-stores';
import { StepSheet } from './StepSheet';
import { TitleSheet } from './TitleSheet';

const selectTour = (s: AppState) => s.tour;

/** The box every sheet is drawn in, on screen as on paper (see paper.ts). */
const SHEET = sheetBox();
const SHEET_STYLE = {
  '--sheet-width': `${SHEET.width}px`,
  '--sheet-height': `${SHEET.height}px`,
  '--slide-min-height': `${minSlideHeight(SHEET)}px`,
} as CSSProperties;

/** The page's language (as the app sets it) and a white page whatever the theme: it is paper. */
function usePaperDocument(title: string | null): void {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  useEffect(() => {
    void switchLanguage(i18n, lang).then(() => {
      document.documentElement.lang = i18n.language;
    });
  }, [lang, i18n]);
  useEffect(() => {
    document.documentElement.dataset.theme = 'light';
  }, []);
  useEffect(() => {
    document.title = `${title ? t('tourPrint.docTitle', { tour: title }) : t('tourPrint.notFoundTitle')} — ${t('app.name')}`;
  }, [t, title]);
}

/**
 * The footer of every printed page names the tour and this document's address: a page-margin box
 * reads it from this custom property (as the handout's does).
 */
function usePrintFooter(text: string): void {
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--tour-print-footer', JSON.stringify(text));
    return () => {
      root.removeProperty('--tour-print-footer');
    };
  }, [text]);
}

export function TourPrint() {
  const corpus = useCorpus();
  const tourId = useAppStore(selectTour);
  const tours = useTours();
  const tour = corpus.status === 'ready' ? tours.find((x) => x.id === tourId) : undefined;
  usePaperDocument(tour?.title ?? null);
  return tour ? <TourDocument tour={tour} /> : <TourNotFound />;
}

function TourNotFound() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <main id="main" className="tour-print tour-print--missing">
      <h1>{t('tourPrint.notFoundTitle')}</h1>
      <p>{t('tourPrint.notFound')}</p>
      <p>
        <a href={hrefFor({ view: 'tours', lang })}>{t('tourPrint.toTours')}</a>
      </p>
    </main>
  );
}

function TourDocument({ tour }: { tour: Tour }) {
  const { t } = useTranslation();
  const api = useAppStoreApi();
  const [withHandout, setWithHandout] = useState(true);

  // The stores are made once per tour: what a sheet shows never follows the app's own store.
  const { steps, handout, bundle, links } = useMemo(() => {
    const base = api.getState();
    if (base.corpus.status !== 'ready') throw new Error('TourPrint rendered before the corpus.');
    const ctx = urlContextOf(base);
    const ids = base.corpus.bundle.models.map((m) => m.id);
    const models = tourModels(tour, ids);
    const link = (change: Parameters<typeof hrefFor>[0]) =>
      absoluteUrl(hrefFor({ lang: base.lang, ...change }, ctx));
    return {
      bundle: base.corpus.bundle,
      steps: tour.steps.map((_, i) => stepStore(base, tour.id, i + 1)),
      handout: { store: handoutStore(base, models), models },
      links: {
        back: hrefFor({ tour: tour.id, step: 1, lang: base.lang }, ctx),
        self: link({ tour: tour.id, step: 1, print: 'tour' }),
        app: link({}),
        handout: link({ view: 'handout', models }),
        steps: tour.steps.map((_, i) => link({ tour: tour.id, step: i + 1, present: true })),
      },
    };
  }, [api, tour]);
  usePrintFooter(`${tour.title} · ${links.self}`);

  const modelNames = bundle.models
    .filter((m) => handout.models === null || handout.models.includes(m.id))
    .map((m) => m.name);

  return (
    <div className="tour-print-page">
      <header className="tour-print__bar">
        <button type="button" onClick={() => window.print()}>
          {t('tourPrint.print')}
        </button>
        <a href={links.back}>{t('tourPrint.back')}</a>
        <label className="tour-print__toggle">
          <input
            type="checkbox"
            checked={withHandout}
            onChange={(e) => setWithHandout(e.target.checked)}
          />{' '}
          {t('tourPrint.withHandout')}
        </label>
        <p>{t('tourPrint.hint', { count: tour.steps.length })}</p>
      </header>
      <main id="main" className="tour-print" style={SHEET_STYLE}>
        <TitleSheet
          tour={tour}
          modelNames={modelNames}
          handoutHref={links.handout}
          handoutAppended={withHandout}
          appHref={links.app}
          selfHref={links.self}
        />
        {steps.map((store, i) => (
          <StepSheet
            key={i}
            tour={tour}
            index={i}
            store={store}
            live={links.steps[i] ?? links.self}
          />
        ))}
        {withHandout ? (
          <section className="tour-print__handout" aria-label={t('tourPrint.handoutTitle')}>
            <StoreContext.Provider value={handout.store}>
              <Handout />
            </StoreContext.Provider>
          </section>
        ) : null}
      </main>
    </div>
  );
}
