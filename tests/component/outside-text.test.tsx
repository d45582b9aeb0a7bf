/**
 * Text from outside the app shown back to the user — a link's rejected parameter in a notice, a
 * file's name in the corpus banner — is capped, cleaned of bidi controls and isolated in <bdi>.
 */
import { act, render, screen } from '@testing-library/react';
import { I18nProvider } from '../../src/i18n/react';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n';
import en from '../../src/i18n/locales/en.json';
import { createAppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/StoreProvider';
import { Notices } from '../../src/ui/Notices';
import { CorpusBanner } from '../../src/user-corpus/CorpusBanner';
import { bundledCorpus } from '../support/corpus';

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

function mount(node: React.ReactNode) {
  const store = createAppStore();
  const utils = render(
    <I18nProvider i18n={initI18n(en)}>
      <StoreProvider store={store}>{node}</StoreProvider>
    </I18nProvider>,
  );
  return { ...utils, store };
}

describe('text from outside, shown back', () => {
  it('a notice repeats at most 80 characters of a rejected parameter, without bidi overrides, in a <bdi>', async () => {
    const { store } = mount(<Notices />);
    // The adversarial test's parameter: 10,363 characters opening with RIGHT-TO-LEFT OVERRIDE.
    const value = `\u202Eatlantis,${'x'.repeat(10_353)}`;
    expect(value).toHaveLength(10_363);
    act(() => store.getState().addNotices([{ param: 'models', value, reason: 'unknownModels' }]));
    const notice = await screen.findByRole('status');
    const shown = notice.querySelector('p bdi');
    expect(shown).not.toBeNull();
    expect(Array.from(shown!.textContent!)).toHaveLength(80);
    expect(shown!.textContent).toMatch(/^atlantis,x+…$/);
    expect(notice.textContent).not.toMatch(BIDI);
    expect(notice).toHaveTextContent(/^The link’s “models” value “atlantis,x+…” is not valid/);
    expect(notice.textContent!.length).toBeLessThan(250);
  });

  it('the corpus banner shows a file name with bidi controls as written, isolated', () => {
    const { store } = mount(<CorpusBanner />);
    const bundle = bundledCorpus();
    // Shown raw, "report‮nosj.exe" reads as "reportexe.json".
    act(() => store.getState().showUserCorpus(bundle, 'report\u202Enosj.exe'));
    const banner = screen.getByRole('region', { name: /Your corpus/ });
    expect(banner.querySelector('bdi')?.textContent).toBe('reportnosj.exe');
    expect(banner.textContent).not.toMatch(BIDI);
    expect(banner.getAttribute('aria-label')).toBe(
      `Your corpus: reportnosj.exe — ${bundle.models.length} models`,
    );
  });

  it('the corpus banner caps a very long file name', () => {
    const { store } = mount(<CorpusBanner />);
    act(() => store.getState().showUserCorpus(bundledCorpus(), `${'n'.repeat(5000)}.json`));
    const name = screen.getByRole('region', { name: /Your corpus/ }).querySelector('bdi');
    expect(name?.textContent).toBe(`${'n'.repeat(79)}…`);
  });
});
