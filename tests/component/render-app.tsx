import { render } from '@testing-library/react';
import { I18nProvider } from '../../src/i18n/react';
import { initI18n } from '../../src/i18n';
import en from '../../src/i18n/locales/en.json';
import type { CorpusStatus } from '../../src/state/store';
import { createAppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/StoreProvider';
import { App } from '../../src/ui/App';
import { bundledCorpus } from '../support/corpus';

/** Mounts the whole app at a URL, with a fresh store and a corpus source the test controls. */
export function renderApp(search = '', load?: () => Promise<CorpusStatus>) {
  window.history.replaceState(null, '', `/${search}`);
  const store = createAppStore();
  const loadCorpus =
    load ?? (() => Promise.resolve<CorpusStatus>({ status: 'ready', bundle: bundledCorpus() }));
  const utils = render(
    <I18nProvider i18n={initI18n(en)}>
      <StoreProvider store={store}>
        <App loadCorpus={loadCorpus} />
      </StoreProvider>
    </I18nProvider>,
  );
  return { ...utils, store };
}
