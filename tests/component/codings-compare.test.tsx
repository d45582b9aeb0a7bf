import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Bundle, Model, Source } from '../../src/corpus/schema';
import { Compare } from '../../src/views/compare/Compare';
import { buildCoder, buildSource, withStateRole } from '../support/codings';
import { buildBundle, buildModel, codebook } from '../support/corpus';
import { renderView } from './render-view';

const source: Source = buildSource([
  buildCoder('first-coding', 'original', 'First coding'),
  buildCoder('review-1', 'reviewer', 'External review 1'),
  buildCoder('reconciled', 'reconciled', 'Reconciled after review 1'),
]);

/** A model whose state role is 4 as reconciled, and `first` in the first coding. */
const model = (id: string, name: string, first?: number): Model =>
  withStateRole(buildModel({ id, name }), 4, { 'first-coding': first }, 'medium');

const bundle = (sources: Source[] = [source]): Bundle =>
  buildBundle({
    codebook: codebook(),
    models: [model('us', 'United States', 3), model('uk', 'United Kingdom')],
    sources,
  });

describe('compare: cells whose coders disagree', () => {
  it('names every coder’s value in a disagreeing cell, and leaves agreeing cells as they were', () => {
    renderView(Compare, bundle());
    const us = screen.getByRole('button', { name: /^United States, State role/ });
    expect(us).toHaveAccessibleName(
      'United States, State role: 4 — coordinator, medium confidence; coders disagree: ' +
        'First coding: 3; External review 1: 4; Reconciled after review 1: 4 — open the evidence',
    );
    expect(us).toHaveAttribute(
      'title',
      'coders disagree: First coding: 3; External review 1: 4; Reconciled after review 1: 4',
    );
    // The split glyph: one band per value, lettered with its coders (F alone; E and A together).
    const bands = us.querySelectorAll('.split-glyph__coders');
    expect([...bands].map((b) => b.textContent)).toEqual(['F', 'EA']);
    const uk = screen.getByRole('button', { name: /^United Kingdom, State role/ });
    expect(uk).toHaveAccessibleName(
      'United Kingdom, State role: 4 — coordinator, medium confidence — open the evidence',
    );
    expect(uk).not.toHaveAttribute('title');
    expect(uk.querySelector('.split-glyph')).toBeNull();
    const legend = screen.getByRole('list', { name: 'Coders and their letters' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'F First coding',
      'E External review 1',
      'A Reconciled after review 1 (the words in the cells follow it)',
    ]);
  });

  it('opens the evidence for the disagreeing cell’s model and dimension', async () => {
    const user = userEvent.setup();
    const { store } = renderView(Compare, bundle());
    await user.click(screen.getByRole('button', { name: /^United States, State role/ }));
    expect(store.getState().evidence).toEqual({ model: 'us', key: 'stateRole' });
  });

  it('shows only the rows where coders disagree, and says so when the filters leave none', async () => {
    const user = userEvent.setup();
    renderView(Compare, bundle());
    const table = screen.getByRole('table');
    await user.click(screen.getByRole('switch', { name: 'Show only disagreements' }));
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['State role']);
    expect(screen.getByText(/rows where the coders agree are hidden/)).toBeInTheDocument();
    // Both models are at 4 as reconciled: no row both differs and has a disagreement.
    await user.click(screen.getByRole('switch', { name: 'Show only differences' }));
    expect(within(table).queryAllByRole('rowheader')).toEqual([]);
    expect(
      screen.getByText(
        'No row both differs between the selected models and has coders who disagree.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Coders and their letters' })).toBeNull();
  });

  it('offers no disagreement filter or legend for a corpus with one coder', () => {
    renderView(Compare, bundle([{ ...source, coders: undefined }]));
    expect(screen.queryByRole('switch', { name: 'Show only disagreements' })).toBeNull();
    expect(screen.queryByRole('list', { name: 'Coders and their letters' })).toBeNull();
    expect(screen.getByRole('button', { name: /^United States, State role/ })).not.toHaveAttribute(
      'title',
    );
  });
});
