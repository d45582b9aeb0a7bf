import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

describe('concepts page', () => {
  it('lists every concept with its verbatim quotes and paragraph locators', async () => {
    renderApp('?view=concepts');
    const section = await screen.findByRole('region', {
      name: 'Four directions of cluster policy',
    });
    expect(within(section).getAllByRole('figure')).toHaveLength(5);
    expect(section).toHaveTextContent('[p40]');
    expect(section).toHaveTextContent('cites [7]');
    const contents = screen.getByRole('navigation', { name: 'On this page' });
    expect(within(contents).getAllByRole('link').length).toBeGreaterThanOrEqual(10);
  });
});

describe('sources page', () => {
  it('describes the article, its markers, the method, confidence and links the schema', async () => {
    renderApp('?view=sources');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sources & method' }),
    ).toBeInTheDocument();
    // The article's reference markers come first; the agreement page's tables follow.
    const table = screen.getAllByRole('table')[0]!;
    expect(within(table).getAllByRole('row')).toHaveLength(8);
    expect(within(table).getByRole('rowheader', { name: '[5]' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What confidence means' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'State role', level: 3 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'corpus.schema.json (JSON Schema)' })).toHaveAttribute(
      'href',
      'corpus.schema.json',
    );
  });
});

describe('agreement among the coders', () => {
  it('shows alpha per dimension for the pair chosen, first coding against review 1 at first', async () => {
    const user = userEvent.setup();
    renderApp('?view=sources');
    const heading = await screen.findByRole('heading', { name: 'How far the coders agree' });
    expect(heading).toHaveAttribute('id', 'agreement');
    const table = screen.getByRole('table', {
      name: 'Agreement per dimension: First coding and External review 1',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'State role',
      'Governance level',
      'Sector focus',
      'Firm hierarchy',
      'University–industry links',
    ]);
    for (const row of rows) expect(row).toHaveTextContent(/\d\.\d\d (ordinal|interval)/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Compare' }), [
      'review-1+reconciled',
    ]);
    expect(
      screen.getByRole('table', {
        name: 'Agreement per dimension: External review 1 and Reconciled after review 1',
      }),
    ).toBeInTheDocument();
  });

  it('keeps the change log of review 1: every changed value with its findings', async () => {
    renderApp('?view=sources');
    const log = await screen.findByRole('table', {
      name: 'Coded values the review changed, before and after',
    });
    expect(within(log).getAllByRole('row').length).toBeGreaterThan(1);
    expect(screen.getByText(/findings answered — accepted: \d+/)).toBeInTheDocument();
  });
});
