import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Hierarchy } from '../../src/views/hierarchy/Hierarchy';
import { Sectors } from '../../src/views/sectors/Sectors';
import { StateRole } from '../../src/views/state-role/StateRole';
import { bundledCorpus } from '../support/corpus';
import { renderView } from './render-view';

// View containers read the store and hand their drawings props; these mount one container with a
// store and no shell, so a chart view is tested without the App, its URL sync or lazy loading.
describe('view containers, without the shell', () => {
  it('state role: names every mark, and shows the same numbers as a table on request', async () => {
    const user = userEvent.setup();
    renderView(StateRole, bundledCorpus());
    // The chart is drawn once its box has been measured.
    expect(
      await screen.findByRole('img', { name: /Where each state sits on the 1–5 scale/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Japan: state role 5 — director' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Italy: state role 2 — enabler' }),
    ).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Show as table' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const table = screen.getByRole('table', { name: 'Where each state sits on the 1–5 scale' });
    expect(
      within(table).getByRole('row', { name: /France 4 coordinator medium confidence/ }),
    ).toBeInTheDocument();
    // The instruments by type are a types × models table: "fiscal" heads a row of it.
    const matrix = screen.getByRole('table', { name: /Instruments by type/ });
    expect(within(matrix).getByRole('rowheader', { name: /fiscal/ })).toBeInTheDocument();
  });

  it('state role: sorts the rows by step, strongest first, and back to corpus order', async () => {
    const user = userEvent.setup();
    renderView(StateRole, bundledCorpus());
    await screen.findByRole('img', { name: /Where each state sits on the 1–5 scale/ });
    const byStep = screen.getByRole('button', { name: 'Sort by step' });
    const corpus = screen.getByRole('button', { name: 'Corpus order' });
    expect(byStep).toHaveAttribute('aria-pressed', 'true');
    expect(corpus).toHaveAttribute('aria-pressed', 'false');
    const markOrder = () =>
      screen
        .getAllByRole('button', { name: /: state role \d/ })
        .map((b) => b.getAttribute('aria-label')!.split(':')[0]);
    expect(markOrder()).toEqual(['Japan', 'France', 'United States', 'United Kingdom', 'Italy']);
    await user.click(corpus);
    expect(corpus).toHaveAttribute('aria-pressed', 'true');
    expect(byStep).toHaveAttribute('aria-pressed', 'false');
    expect(markOrder()).toEqual(['Italy', 'France', 'United Kingdom', 'United States', 'Japan']);
  });

  it('state role: instruments as a matrix of marks whose buttons open the evidence', async () => {
    const user = userEvent.setup();
    const { store } = renderView(StateRole, bundledCorpus());
    const matrix = screen.getByRole('table', { name: /Instruments by type/ });
    const headers = within(matrix)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers[0]).toBe('Type of instrument');
    expect(headers.slice(1).map((h) => h?.replace(/\d+ named$/, ''))).toEqual([
      'Italy',
      'France',
      'United Kingdom',
      'United States',
      'Japan',
    ]);
    expect(within(matrix).getAllByRole('rowheader')).toHaveLength(7);
    const usFiscal = within(matrix).getByRole('button', {
      name: 'United States: 2 fiscal instruments — Tax incentives; Early depreciation of fixed assets; open the evidence',
    });
    expect(usFiscal).toHaveTextContent('2');
    await user.click(usFiscal);
    expect(store.getState().evidence).toEqual({ model: 'united-states', key: 'instruments' });
    // A button for each model and type with instruments; every other cell says "none" in words.
    const bundle = bundledCorpus();
    const used = bundle.models.reduce(
      (n, m) => n + new Set(m.instruments.map((i) => i.type)).size,
      0,
    );
    expect(within(matrix).getAllByRole('button', { name: /open the evidence$/ })).toHaveLength(
      used,
    );
    expect(within(matrix).getAllByText('none named in the article')).toHaveLength(7 * 5 - used);
  });

  it('sectors: sorts the heat map by a family', async () => {
    const user = userEvent.setup();
    renderView(Sectors, bundledCorpus());
    const map = screen.getByRole('table', { name: 'Sector families per model (heat map)' });
    await user.click(
      within(map).getByRole('button', { name: /high-tech — sort models by their high-tech share/ }),
    );
    const rows = within(map)
      .getAllByRole('rowheader')
      .map((h) => h.textContent?.replace(/\(.*\)/, '').trim());
    expect(rows).toEqual(['United States', 'Japan', 'United Kingdom', 'France', 'Italy']);
    expect(
      within(map).getByRole('button', { name: /Japan, mixed: 55% — biomanufacturing/ }),
    ).toBeInTheDocument();
  });

  it('hierarchy: one diagram per selected model, each node named by keyboard', async () => {
    renderView(Hierarchy, bundledCorpus(), { selectedModels: ['japan', 'italy'] });
    expect(
      await screen.findByRole('img', { name: /Structure of the Japan model/ }),
    ).toHaveAccessibleName(expect.stringContaining('tiers: 3'));
    expect(screen.getByRole('img', { name: /Structure of the Italy model/ })).toHaveAccessibleName(
      expect.stringContaining('tiers: 1'),
    );
    expect(screen.queryByRole('img', { name: /Structure of the France model/ })).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Japan: Lead large company (large firm), tier 1' }),
    ).toBeInTheDocument();
  });
});
