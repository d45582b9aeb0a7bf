/**
 * The evidence panel of a coded value: with several coders, the codings side by side (the one the
 * charts draw marked), what the reconciled value took from each, and what review 1 changed; with
 * one coder, the panel as it always was.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Bundle as Corpus } from '../../src/corpus/schema';
import type { CorpusStatus } from '../../src/state/store';
import { bundledCorpus } from '../support/corpus';
import { renderApp } from './render-app';

/** The bundled corpus as a user's corpus without coders would be: one coding per value. */
function withoutCodings(bundle: Corpus): Corpus {
  return {
    ...bundle,
    sources: bundle.sources.map(({ coders: _, ...s }) => s),
    reviews: [],
    models: bundle.models.map((m) => ({
      ...m,
      codes: Object.fromEntries(
        Object.entries(m.codes).map(([k, { codings: _, ...code }]) => [k, code]),
      ) as typeof m.codes,
    })),
  };
}

const ready = (bundle: Corpus) => () => Promise.resolve<CorpusStatus>({ status: 'ready', bundle });

async function panel(search: string, bundle: Corpus = bundledCorpus()) {
  renderApp(search, ready(bundle));
  return within(await screen.findByRole('dialog', { name: 'United States: State role' }));
}

describe('the evidence panel under several coders', () => {
  it('shows each written-out coding with its value, the agreeing coder once, and the change', async () => {
    const dialog = await panel('?view=state-role&evidence=united-states.stateRole');
    const first = within(dialog.getByRole('article', { name: 'First coding' }));
    const reconciled = within(dialog.getByRole('article', { name: 'Reconciled after review 1' }));
    expect(first.getByText('3 of 5', { exact: false })).toBeInTheDocument();
    expect(reconciled.getByText('4 of 5', { exact: false })).toBeInTheDocument();
    // Each coder's step is a codebook term with its definition one focus away.
    expect(first.getByRole('button', { name: 'partner' })).toHaveAccessibleDescription(
      'The state co-finances and supports clusters that business and research lead.',
    );
    expect(reconciled.getByRole('button', { name: 'coordinator' })).toHaveAccessibleDescription(
      /^National programmes, agencies and contracts/,
    );
    // The reviewer agrees with the reconciled coding: named, not repeated in a column.
    expect(dialog.queryByRole('article', { name: 'External review 1' })).toBeNull();
    expect(dialog.getAllByText(/agrees with the reconciled coding/).length).toBeGreaterThan(0);
    expect(reconciled.getByText('Drawn in the charts now')).toBeInTheDocument();
    expect(first.queryByText('Drawn in the charts now')).toBeNull();
    expect(
      dialog.getByRole('heading', { name: 'What the reconciled value took from each' }),
    ).toBeInTheDocument();
    expect(dialog.getByText(/the reconciled value is/).closest('li')).toHaveTextContent(
      /^First coding — 3 of 5; the reconciled value is 4 of 5\. The reconciled coding keeps \d+ of the \d+ quotes this coding cites\.$/,
    );
    const revised = within(dialog.getByRole('region', { name: 'Revised after review 1' }));
    expect(revised.getByText('3 of 5', { exact: false }).closest('dd')).toHaveTextContent(
      '3 of 5 — partner → 4 of 5 — coordinator',
    );
    // The finding about this very code reads as its model and dimension; the id stays as the title.
    expect(revised.getByTitle('united-states.stateRole')).toHaveTextContent(
      'United States: State role',
    );
  });

  it('lists each quote once, with the codings that cite it', async () => {
    const dialog = await panel('?view=state-role&evidence=united-states.stateRole');
    const figures = dialog.getAllByRole('figure');
    const ids = figures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      figures.some((f) =>
        f.textContent?.includes('Cited by: First coding, Reconciled after review 1'),
      ),
    ).toBe(true);
  });

  it('follows the coder the charts draw (coding=)', async () => {
    const dialog = await panel(
      '?view=state-role&evidence=united-states.stateRole&coding=first-coding',
    );
    const first = within(dialog.getByRole('article', { name: 'First coding' }));
    expect(first.getByText('Drawn in the charts now')).toBeInTheDocument();
    const reconciled = within(dialog.getByRole('article', { name: 'Reconciled after review 1' }));
    expect(reconciled.queryByText('Drawn in the charts now')).toBeNull();
  });

  it('shows nothing of review 1 in the panel of a value it did not change', async () => {
    renderApp('?view=state-role&evidence=united-states.universityIndustry');
    const dialog = await screen.findByRole('dialog', {
      name: 'United States: University–industry links',
    });
    expect(
      within(dialog).getByRole('heading', { name: "Each coder's coding" }),
    ).toBeInTheDocument();
    expect(within(dialog).queryByText(/Revised after review/)).toBeNull();
  });
});

describe('the evidence panel with one coder', () => {
  it('looks as it always did: value, step, confidence, rationale, quotes', async () => {
    const dialog = await panel(
      '?view=state-role&evidence=united-states.stateRole',
      withoutCodings(bundledCorpus()),
    );
    expect(dialog.getByText('What the step means')).toBeInTheDocument();
    expect(dialog.getByRole('heading', { name: 'Why we coded it so' })).toBeInTheDocument();
    expect(dialog.queryByRole('article')).toBeNull();
    expect(dialog.queryByText("Each coder's coding")).toBeNull();
    expect(dialog.queryByText(/Revised after review/)).toBeNull();
    expect(dialog.queryByText(/Cited by/)).toBeNull();
  });
});
