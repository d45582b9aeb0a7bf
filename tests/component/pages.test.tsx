import { screen, within } from '@testing-library/react';
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
    const table = screen.getByRole('table');
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
