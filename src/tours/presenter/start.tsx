/**
 * Entry of the presenter window (`?presenter=1`), loaded on demand by main.tsx so the audience's
 * window never carries its code.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { loadCorpus } from '../../corpus/load';
import { ensureFullCatalogue, switchLanguage } from '../../i18n';
import type { Lang } from '../../corpus/vocabulary';
import { DEFAULT_LANG } from '../../corpus/vocabulary';
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
  // The tour and step to start at, read against the corpus's tours and the lecturer's own.
  const tours = [...corpus.bundle.tours, ...presentableOwnTours(corpus.bundle)];
  const { models } = corpus.bundle;
  const { state } = parseUrlState(currentAddress().search, urlContextOfBundle({ models, tours }));
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <PresenterApp
          tours={tours}
          initial={{ tour: state.tour, step: state.step }}
          presentation={readLaunchParams(currentAddress().search).presentation}
        />
      </I18nextProvider>
    </StrictMode>,
  );
}
