import { render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { I18nProvider } from '../../src/i18n/react';
import type { Bundle } from '../../src/corpus/schema';
import { initI18n } from '../../src/i18n';
import en from '../../src/i18n/locales/en.json';
import { createAppStore } from '../../src/state/store';
import type { AppState } from '../../src/state/store';
import { StoreProvider } from '../../src/state/StoreProvider';

/**
 * Mounts one view's container with a fresh store holding `bundle` and the state a test sets, and
 * nothing of the shell: no App, no URL sync, no on-demand loading. What a view draws from the
 * store is tested here; the shell's own behaviour (URL, history, panels) in shell/views tests.
 */
export function renderView(
  View: ComponentType,
  bundle: Bundle,
  state: Partial<Pick<AppState, 'selectedModels' | 'focus' | 'present'>> = {},
) {
  const store = createAppStore({ corpus: { status: 'ready', bundle } });
  store.setState(state);
  const utils = render(
    <I18nProvider i18n={initI18n(en)}>
      <StoreProvider store={store}>
        <View />
      </StoreProvider>
    </I18nProvider>,
  );
  return { ...utils, store };
}
