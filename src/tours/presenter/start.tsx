/**
 * Entry of the presenter window (`?presenter=1`), loaded on demand by main.tsx so the audience's
 * window never carries its code.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../../i18n/react';
import type { I18n } from '../../i18n/strings';
import { loadCorpus } from '../../corpus/load';
import { ensureFullCatalogue, switchLanguage } from '../../i18n';
import type { Lang } from '../../corpus/vocabulary';
import { DEFAULT_LANG, isLang } from '../../corpus/vocabulary';
import type { Tour } from '../../corpus/schema';
import { currentAddress, parseUrlState, readLaunchParams } from '../../state/url';
import { urlContextOfBundle } from '../../state/useUrlSync';
import { presentableOwnTours } from '../own-tours';
import { PresenterApp } from './PresenterApp';

/** Starts the presenter app in the language main.tsx read from the address. */
export async function startPresenter(
  container: HTMLElement,
  i18n: I18n,
  lang: Lang,
): Promise<void> {
  const [corpus] = await Promise.all([
    loadCorpus(),
    lang !== DEFAULT_LANG ? switchLanguage(i18n, lang) : ensureFullCatalogue(),
  ]);
  document.documentElement.lang = i18n.language;
  const root = createRoot(container);
  if (corpus.status !== 'ready') {
    const detail = corpus.status === 'error' ? corpus.detail : '';
    root.render(
      <main className="presenter" id="main">
        <h1>{i18n.t('presenter.title')}</h1>
        <p role="alert">{i18n.t('presenter.error', { detail })}</p>
      </main>,
    );
    return;
  }
  // The tours in a language: the corpus's translated where it has a translation (titles and
  // talking points), then the lecturer's own as written.
  const bundle = corpus.bundle;
  const own = presentableOwnTours(bundle);
  const toursIn = async (l: Lang): Promise<Tour[]> => {
    if (l === DEFAULT_LANG) return [...bundle.tours, ...own];
    const { loadContentTranslation } = await import('../../corpus/content-translations');
    const result = await loadContentTranslation(bundle, l);
    return [...(result.ok ? result.translated.bundle.tours : bundle.tours), ...own];
  };
  // The tour and step to start at, read against the corpus's tours and the lecturer's own.
  const tours = await toursIn(isLang(i18n.language) ? i18n.language : DEFAULT_LANG);
  const { models } = corpus.bundle;
  const { state } = parseUrlState(currentAddress().search, urlContextOfBundle({ models, tours }));
  root.render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <PresenterApp
          tours={tours}
          initial={{ tour: state.tour, step: state.step }}
          presentation={readLaunchParams(currentAddress().search).presentation}
          changeLanguage={async (l) => {
            const [, next] = await Promise.all([switchLanguage(i18n, l), toursIn(l)]);
            document.documentElement.lang = i18n.language;
            return next;
          }}
        />
      </I18nProvider>
    </StrictMode>,
  );
}
