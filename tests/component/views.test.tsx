import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { syntheticBundle } from '../../src/cli/synthetic';
import { bundledCorpus } from '../support/corpus';
import { renderApp } from './render-app';

describe('compare view', () => {
  it('opens the evidence for a cell, closes on Esc and returns focus to the cell', async () => {
    const user = userEvent.setup();
    renderApp('?view=compare');
    const cell = await screen.findByRole('button', {
      name: /^Japan, Firm hierarchy: 5 — strict hierarchy/,
    });
    await user.click(cell);
    const dialog = await screen.findByRole('dialog', { name: 'Japan: Firm hierarchy' });
    expect(dialog).toHaveTextContent('5 of 5 — strict hierarchy headed by a lead large company');
    expect(dialog).toHaveTextContent('[p30]');
    expect(dialog).toHaveTextContent('there is a strict hierarchy in the network');
    // Clicking also focuses the cell, and with it Japan; the evidence is what matters here.
    expect(new URLSearchParams(window.location.search).get('evidence')).toBe('japan.firmHierarchy');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(cell).toHaveFocus();
    // The returned focus highlights Japan in every view, but a highlight never reaches the URL.
    expect(window.location.search).toBe('?view=compare');
  });

  it('hides the rows where all selected models agree', async () => {
    const user = userEvent.setup();
    renderApp('?view=compare&models=france,united-states');
    const table = await screen.findByRole('table', { name: 'Models compared on every dimension' });
    expect(within(table).getByRole('rowheader', { name: 'State role' })).toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: 'Show only differences' }));
    expect(within(table).queryByRole('rowheader', { name: 'State role' })).not.toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Firm hierarchy' })).toBeInTheDocument();
    expect(
      screen.getByText(/\d+ rows? where all models agree (is|are) hidden/),
    ).toBeInTheDocument();
  });

  it('moves a column by keyboard and writes the order to the URL', async () => {
    const user = userEvent.setup();
    renderApp('?view=compare&models=italy,france,japan');
    const moveLeft = await screen.findByRole('button', { name: 'Move Japan left' });
    moveLeft.focus();
    await user.keyboard('{Enter}');
    const heads = within(screen.getByRole('table'))
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.replace(/[◀▶]/g, ''));
    expect(heads).toEqual(['Italy', 'Japan', 'France']);
    expect(window.location.search).toBe('?view=compare&models=italy,japan,france');
    expect(screen.getByText('Japan moved to column 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Move Italy left' })).toBeDisabled();
  });
});

describe('chart views', () => {
  it('linked highlight: focusing a mark highlights its model and shows a tooltip that Esc hides', async () => {
    const user = userEvent.setup();
    const { store } = renderApp('?view=governance');
    const segment = await screen.findByRole('button', {
      name: 'Japan: national level 50%, the leading level',
    });
    act(() => segment.focus());
    expect(store.getState().highlight).toBe('japan');
    expect(store.getState().focus).toBeNull();
    expect(screen.getByRole('tooltip')).toHaveTextContent('The Japanese state');
    const bar = (id: string) => document.querySelector(`svg .row[data-model="${id}"]`);
    await waitFor(() => expect(bar('japan')).toHaveClass('is-focused'));
    expect(bar('italy')).toHaveClass('is-dimmed');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    act(() => segment.blur());
    expect(store.getState().highlight).toBeNull();
    await waitFor(() => expect(bar('italy')).toHaveClass('is-plain'));
  });

  it('state role: a hover dims and lights the rows and the matrix heads as it moves from mark to mark', async () => {
    const user = userEvent.setup();
    const { container } = renderApp('?view=state-role');
    const mark = async (name: string) =>
      screen.findByRole('button', { name: new RegExp(`^${name}: state role \\d`) });
    const markOf = (id: string) =>
      container.querySelector(`svg [data-model="${id}"] .model-mark`)!.getAttribute('class');
    const heads = async () =>
      (await screen.findAllByRole('columnheader'))
        .filter((h) => h.closest('.instrument-matrix'))
        .slice(1)
        .map((h) => `${h.textContent?.replace(/\d.*$/, '')} ${h.className}`);
    await user.hover(await mark('Japan'));
    expect(markOf('japan')).toContain('is-focused');
    expect(markOf('italy')).toContain('is-dimmed');
    await user.hover(await mark('Italy'));
    expect(markOf('japan')).toContain('is-dimmed');
    expect(markOf('italy')).toContain('is-focused');
    expect(markOf('france')).toContain('is-dimmed');
    expect(await heads()).toContain('Italy is-focused');
    expect(await heads()).toContain('Japan is-dimmed');
    await user.unhover(await mark('Italy'));
    for (const id of ['japan', 'italy', 'france']) expect(markOf(id)).toContain('is-plain');
    expect((await heads()).every((h) => h.endsWith('is-plain'))).toBe(true);
  });

  it('hovering marks adds no history entry and leaves the URL alone', async () => {
    const user = userEvent.setup();
    renderApp('?view=state-role');
    await screen.findByRole('button', { name: 'Japan: state role 5 — director' });
    const pushState = vi.spyOn(window.history, 'pushState');
    const replaceState = vi.spyOn(window.history, 'replaceState');
    try {
      const marks = ['Japan', 'Italy', 'France', 'United Kingdom', 'United States'].map((name) =>
        screen.getByRole('button', { name: new RegExp(`^${name}: state role \\d`) }),
      );
      for (const mark of marks) {
        await user.hover(mark);
        await user.unhover(mark);
      }
      expect(pushState).not.toHaveBeenCalled();
      expect(replaceState).not.toHaveBeenCalled();
      expect(window.location.search).toBe('?view=state-role');
    } finally {
      pushState.mockRestore();
      replaceState.mockRestore();
    }
  });

  it('opens the evidence panel from the URL', async () => {
    renderApp('?view=state-role&evidence=france.stateRole');
    const dialog = await screen.findByRole('dialog', { name: 'France: State role' });
    expect(dialog).toHaveTextContent('4 of 5 — coordinator');
    expect(dialog).toHaveTextContent('medium confidence');
  });

  // The corpus itself (names, step labels, rationales, quotes) is English data; the words the
  // app builds around it must follow the language.
  it('words the evidence values in Russian with ?lang=ru: no English "of", shares named in Russian', async () => {
    renderApp('?view=state-role&evidence=france.stateRole&lang=ru');
    const dialog = await screen.findByRole('dialog', { name: 'France: State role' });
    // The step's name is not translated here, so it carries lang="en" in an element of its own.
    const value = await within(dialog).findByText(
      (_, el) => el?.className === 'value-words' && el.textContent === '4 из 5 — coordinator',
    );
    expect(value.textContent).not.toMatch(/\bof\b/);
    act(() => {
      window.history.pushState(
        null,
        '',
        '?view=governance&evidence=united-kingdom.governanceLevel&lang=ru',
      );
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    const shares = await screen.findByRole('dialog', { name: 'United Kingdom: Governance level' });
    expect(
      within(shares).getByText(/^национальный \d+%, региональный \d+%, местный \d+% \(ведущий\)$/),
    ).toBeInTheDocument();
  });

  it('words the handout values in Russian with ?lang=ru', async () => {
    renderApp('?view=handout&models=france&lang=ru');
    const evidence = await screen.findByRole(
      'region',
      { name: 'Обоснование каждой оценки' },
      { timeout: 10_000 },
    );
    const headings = within(evidence).getAllByRole('heading', { level: 4 });
    expect(headings.map((h) => h.textContent)).toContain('State role: 4 из 5 — coordinator');
    for (const h of headings) expect(h.textContent).not.toMatch(/\bof\b/);
  });
});

describe('model picker with a large corpus', () => {
  it('offers search, select all and select none (which keeps one)', async () => {
    const user = userEvent.setup();
    const bundle = syntheticBundle(50, bundledCorpus().codebook);
    renderApp('', () => Promise.resolve({ status: 'ready', bundle }));
    // The picker's panel and the whole catalogue load on first use, compiled on demand here:
    // on a busy two-core machine that alone has taken over ten seconds.
    const loading = { timeout: 45_000 };
    await user.click(await screen.findByRole('button', { name: /^Models/ }, loading));
    const picker = await screen.findByRole('group', { name: /Models shown/ }, loading);
    expect(within(picker).getAllByRole('checkbox')).toHaveLength(50);
    await user.type(within(picker).getByRole('searchbox', { name: 'Find a model' }), 'region 1');
    expect(within(picker).getAllByRole('checkbox')).toHaveLength(10);
    await user.clear(within(picker).getByRole('searchbox'));
    await user.click(within(picker).getByRole('button', { name: 'Select none' }));
    expect(within(picker).getByText(/(1 of 50 models shown)/)).toBeInTheDocument();
    expect(within(picker).getByText(/Synthetic region 01 is kept/)).toBeInTheDocument();
    await user.click(within(picker).getByRole('button', { name: 'Select all' }));
    expect(within(picker).getByText(/(50 of 50 models shown)/)).toBeInTheDocument();
  }, 90_000);
});
