import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../../src/i18n';
import en from '../../../src/i18n/locales/en.json';
import { I18nProvider } from '../../../src/i18n/react';
import { createAppStore } from '../../../src/state/store';
import { StoreProvider } from '../../../src/state/StoreProvider';
import { deriveStateRole } from '../../../src/views/state-role/derive';
import { InstrumentMatrixTable } from '../../../src/views/state-role/InstrumentMatrix';
import { buildBundle, codebook, modelsWithInstruments } from '../../support/corpus';

const models = modelsWithInstruments();

function draw() {
  // The type names are terms: their definitions come from the store's corpus.
  const store = createAppStore({ corpus: { status: 'ready', bundle: buildBundle({ models }) } });
  // The model held across the views (the table reads it from the store, as the charts do).
  store.getState().setHighlight('q');
  const utils = render(
    <I18nProvider i18n={initI18n(en)}>
      <StoreProvider store={store}>
        <InstrumentMatrixTable data={deriveStateRole(models, codebook())} />
      </StoreProvider>
    </I18nProvider>,
  );
  return { ...utils, store };
}

describe('InstrumentMatrixTable (cells memoised on plain values)', () => {
  it('names each filled cell by model, count, type and the instruments, and opens their evidence', () => {
    const { store } = draw();
    const fiscal = screen.getByRole('button', {
      name: /^Pland: 2 \S+ instruments — Tax credit; Depreciation; open the evidence$/i,
    });
    expect(
      screen.getByRole('button', { name: /^Pland: 1 \S+ instrument — Cluster law;/i }),
    ).toBeInTheDocument();
    expect(fiscal).toHaveTextContent('2');
    fireEvent.click(fiscal);
    expect(store.getState().evidence).toEqual({ model: 'p', key: 'instruments' });
  });

  it('says so where a model named none, and heads each column with its total and focus', () => {
    draw();
    // Seven types in the codebook: Qland named none, Pland none of five of them.
    expect(screen.getAllByText('none named in the article')).toHaveLength(7 + 5);
    const heads = screen.getAllByRole('columnheader').slice(1);
    expect(heads.map((h) => h.textContent)).toEqual(['Pland3 named', 'Qland0 named']);
    expect(heads.map((h) => h.className)).toEqual(['is-dimmed', 'is-focused']);
  });
});
