import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../src/i18n/react';
import { describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/i18n';
import en from '../../src/i18n/locales/en.json';
import { searchDocuments } from '../../src/search/documents';
import { buildSearchIndex } from '../../src/search/search-index';
import { SearchBox } from '../../src/search/SearchBox';
import type { IndexState } from '../../src/search/useSearchIndex';
import { buildModel, bundledCorpus } from '../support/corpus';
import { renderApp } from './render-app';

const index = buildSearchIndex(searchDocuments(bundledCorpus()), 'en');
const READY: IndexState = { status: 'ready', index };

function renderBox(state: IndexState = READY) {
  const onChoose = vi.fn();
  render(
    <I18nProvider i18n={initI18n(en)}>
      <SearchBox state={state} lang="en" onChoose={onChoose} label="Search the atlas" />
    </I18nProvider>,
  );
  return { onChoose, input: screen.getByRole('combobox', { name: 'Search the atlas' }) };
}

const activeOption = (input: HTMLElement) => {
  const id = input.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

describe('the search combobox', () => {
  it('follows the ARIA 1.2 combobox pattern: a listbox of grouped options, the active one named', async () => {
    const user = userEvent.setup();
    const { input, onChoose } = renderBox();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    const list = document.getElementById(input.getAttribute('aria-controls')!)!;
    expect(list).toHaveAttribute('role', 'listbox');
    expect(screen.getByRole('status')).toHaveTextContent(/Search names, summaries, actors/);

    await user.type(input, 'science parks');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(/^\d+ results\.$/);
    const listbox = screen.getByRole('listbox', { name: 'Search results' });
    const actors = within(listbox).getByRole('group', { name: 'Actors' });
    expect(within(actors).getAllByRole('option')[0]).toHaveTextContent(
      /^Science parksUnited Kingdom/,
    );
    // Matched words are marked.
    expect(listbox.querySelector('mark')).toHaveTextContent(/science/i);
    const options = within(listbox).getAllByRole('option');
    // The best match is active at once, so Enter opens it.
    expect(activeOption(input)).toBe(options[0]);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{ArrowDown}');
    expect(activeOption(input)).toBe(options[1]);
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{End}');
    expect(activeOption(input)).toBe(options[options.length - 1]);
    await user.keyboard('{ArrowDown}');
    expect(activeOption(input)).toBe(options[0]);
    await user.keyboard('{ArrowUp}');
    expect(activeOption(input)).toBe(options[options.length - 1]);
    await user.keyboard('{Home}');
    expect(activeOption(input)).toBe(options[0]);
    expect(input).toHaveFocus();

    await user.keyboard('{ArrowDown}{Enter}');
    expect(onChoose).toHaveBeenCalledTimes(1);
    expect(onChoose.mock.calls[0]?.[0]).toMatchObject({
      id: expect.stringMatching(/science-parks$/),
    });
  });

  it('opens a result on a click, and Escape clears the field', async () => {
    const user = userEvent.setup();
    const { input, onChoose } = renderBox();
    await user.type(input, 'Japan');
    const option = within(screen.getByRole('group', { name: 'Models' })).getByRole('option');
    await user.click(option);
    expect(onChoose.mock.calls[0]?.[0]).toMatchObject({ id: 'model:japan' });
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('says when nothing matches, and what to try', async () => {
    const user = userEvent.setup();
    const { input } = renderBox();
    await user.type(input, 'zzqqxx');
    expect(screen.getByRole('status')).toHaveTextContent(
      'No results for “zzqqxx”. Try fewer words, another spelling',
    );
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).not.toHaveAttribute('aria-activedescendant');
  });

  it('says the search is being prepared while its index builds', async () => {
    const user = userEvent.setup();
    const { input } = renderBox({ status: 'loading' });
    await user.type(input, 'park');
    expect(screen.getByRole('status')).toHaveTextContent('Preparing the search…');
  });
});

describe('search in the app', () => {
  it('"/" opens it, Escape on the empty field closes it and gives focus back to the button', async () => {
    const user = userEvent.setup();
    renderApp();
    const button = await screen.findByRole('button', { name: /^Search/ });
    await user.keyboard('/');
    const input = await screen.findByRole('combobox');
    // The dialog's content loads on first use; focus moves once it is drawn, on a busy machine
    // a moment after the field appears.
    await waitFor(() => expect(input).toHaveFocus());
    expect(screen.getByRole('dialog', { name: 'Search the atlas' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Search the atlas' })).not.toBeInTheDocument(),
    );
    expect(button).toHaveFocus();
  });

  it('Ctrl+K opens it too, but neither shortcut acts while typing in a field', async () => {
    renderApp('?view=editor');
    await screen.findByRole('button', { name: /^Search/ });
    const field = (await screen.findAllByRole('textbox'))[0]!;
    act(() => field.focus());
    fireEvent.keyDown(field, { key: '/' });
    fireEvent.keyDown(field, { key: 'k', ctrlKey: true });
    expect(screen.queryByRole('dialog', { name: 'Search the atlas' })).not.toBeInTheDocument();
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    expect(await screen.findByRole('combobox', { name: /^Search models/ })).toHaveFocus();
  });

  it('Enter opens the chosen result’s model page', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    await user.click(await screen.findByRole('button', { name: /^Search/ }));
    const input = await screen.findByRole('combobox');
    await user.type(input, 'science parks');
    const actors = await screen.findByRole('group', { name: 'Actors' });
    const target = within(actors).getAllByRole('option')[0]!;
    while (input.getAttribute('aria-activedescendant') !== target.id)
      await user.keyboard('{ArrowDown}');
    await user.keyboard('{Enter}');
    expect(store.getState()).toMatchObject({ view: 'model', pageModel: 'united-kingdom' });
    expect(screen.queryByRole('dialog', { name: 'Search the atlas' })).not.toBeInTheDocument();
  });

  it('is built again from a corpus the user loads', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    const button = await screen.findByRole('button', { name: /^Search/ });
    const modelsFound = async (words: string) => {
      await user.click(button);
      const input = await screen.findByRole('combobox', { name: /^Search models/ });
      await user.type(input, words);
      const dialog = screen.getByRole('dialog', { name: 'Search the atlas' });
      const status = within(dialog).getByRole('status');
      await waitFor(() => expect(status).toHaveTextContent(/results?[.;]|No results/));
      const group = screen.queryByRole('group', { name: 'Models' });
      const names = group
        ? within(group)
            .getAllByRole('option')
            .map((o) => o.textContent)
        : [];
      await user.keyboard('{Escape}{Escape}');
      return names;
    };
    expect((await modelsFound('Japan'))[0]).toMatch(/^Japan/);
    const mine = { ...bundledCorpus(), models: [buildModel({ id: 'atlantis', name: 'Atlantis' })] };
    act(() => store.getState().showUserCorpus(mine, 'mine.json'));
    expect(await modelsFound('Japan')).toEqual([]);
    expect((await modelsFound('Atlantis'))[0]).toMatch(/^Atlantis/);
  });
});
