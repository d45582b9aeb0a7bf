import { act, render, screen, waitFor, within } from '@testing-library/react';
import { I18nProvider } from '../../src/i18n/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n';
import en from '../../src/i18n/locales/en.json';
import type { CorpusStatus } from '../../src/state/store';
import { createAppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/StoreProvider';
import { applyOpeningAddress } from '../../src/state/useUrlSync';
import { App } from '../../src/ui/App';
import { bundledCorpus } from '../support/corpus';
import { renderApp } from './render-app';

const cardNames = () =>
  within(screen.getByRole('list', { name: 'Country models' }))
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);

describe('app shell', () => {
  it('shows a loading state, then one card per model in article order', async () => {
    let resolve: (s: CorpusStatus) => void = () => undefined;
    const { store } = renderApp('', () => new Promise((r) => (resolve = r)));
    expect(screen.getByRole('status')).toHaveTextContent('Loading the corpus…');
    const { bundledCorpus } = await import('../support/corpus');
    await act(async () => resolve({ status: 'ready', bundle: bundledCorpus() }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Five ways to build a regional cluster',
      }),
    ).toBeInTheDocument();
    expect(cardNames()).toEqual(['Italy', 'France', 'United Kingdom', 'United States', 'Japan']);
    expect(store.getState().corpus.status).toBe('ready');
  });

  it('gives each card a glyph with a text alternative and three headline facts', async () => {
    renderApp();
    const japan = await screen.findByRole('article', { name: 'Japan' });
    const glyph = within(japan).getByRole('img', { name: /Japan on the four card dimensions/ });
    expect(glyph).toHaveAccessibleName(expect.stringContaining('State role 5 of 5 (director)'));
    expect(within(japan).getByText('5 — director')).toBeInTheDocument();
    expect(within(japan).getByText('national level (50%)')).toBeInTheDocument();
    expect(within(japan).getByText('mixed (55%)')).toBeInTheDocument();
  });

  it('has landmarks, one h1 and a skip link to the main content', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute(
      'href',
      '#main',
    );
  });

  it('navigates by keyboard, writes the view to the URL and moves focus to the new page', async () => {
    const user = userEvent.setup();
    renderApp();
    const nav = await screen.findByRole('navigation', { name: 'Views' });
    // Concepts is one of the pages under "More" (issue #12's one-row navigation).
    within(nav).getByRole('button', { name: 'More' }).focus();
    await user.keyboard('{Enter}');
    within(nav).getByRole('link', { name: 'Concepts' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: /Concepts/ })).toBeInTheDocument();
    expect(window.location.search).toBe('?view=concepts');
    expect(screen.getByRole('main')).toHaveFocus();
    await user.click(within(nav).getByRole('button', { name: 'More' }));
    expect(within(nav).getByRole('link', { name: 'Concepts' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('restores the previous view on Back', async () => {
    const user = userEvent.setup();
    renderApp();
    const nav = await screen.findByRole('navigation', { name: 'Views' });
    await user.click(within(nav).getByRole('button', { name: 'More' }));
    await user.click(within(nav).getByRole('link', { name: 'Sources & method' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sources & method' }),
    ).toBeInTheDocument();
    await act(async () => {
      window.history.back();
      await new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Five ways to build a regional cluster',
      }),
    ).toBeInTheDocument();
  });

  it('narrows the models shown, keeps at least one, and writes the choice to the URL', async () => {
    const user = userEvent.setup();
    renderApp();
    // The checkboxes sit behind the one-line "Models: 5 of 5" button.
    await user.click(await screen.findByRole('button', { name: /^Models/ }));
    const picker = await screen.findByRole('group', { name: /Models shown/ });
    for (const name of ['Italy', 'France', 'United Kingdom', 'United States']) {
      await user.click(within(picker).getByRole('checkbox', { name: new RegExp(`^${name}`) }));
    }
    expect(cardNames()).toEqual(['Japan']);
    expect(window.location.search).toBe('?models=japan');
    await user.click(within(picker).getByRole('checkbox', { name: /^Japan/ }));
    expect(within(picker).getByRole('checkbox', { name: /^Japan/ })).toBeChecked();
    expect(within(picker).getByRole('status')).toHaveTextContent(
      'At least one model stays selected.',
    );
    await user.click(within(picker).getByRole('button', { name: 'Show all' }));
    expect(cardNames()).toHaveLength(5);
    expect(window.location.search).toBe('');
  });

  it('opens the state a link describes, and notices an invalid parameter, dismissably', async () => {
    const user = userEvent.setup();
    renderApp('?models=japan,italy,atlantis&view=concepts');
    expect(await screen.findByRole('heading', { level: 1, name: /Concepts/ })).toBeInTheDocument();
    // The rejected value sits in its own <bdi>, so the sentence is matched on the whole status.
    const notice = await within(screen.getByRole('region', { name: 'Notices' })).findByRole(
      'status',
    );
    expect(notice).toHaveTextContent('“models” value “japan,italy,atlantis” is not valid');
    expect(notice).toHaveTextContent('showing all models instead');
    expect(window.location.search).toBe('?view=concepts');
    await user.click(screen.getByRole('button', { name: 'Dismiss notice' }));
    expect(screen.queryByText(/is not valid/)).not.toBeInTheDocument();
  });

  it('explains a corpus that failed validation, lists every problem and offers a retry', async () => {
    const user = userEvent.setup();
    let calls = 0;
    renderApp('', () => {
      calls += 1;
      return Promise.resolve({
        status: 'error',
        kind: 'invalid',
        detail: 'corpus.json',
        problems: [
          'models[0].codes.stateRole.value: value 7 is off the scale (expected at most 5)',
        ],
      });
    });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1 })).toHaveTextContent(
      'The corpus could not be loaded',
    );
    expect(alert).toHaveTextContent(
      'models[0].codes.stateRole.value: value 7 is off the scale (expected at most 5)',
    );
    expect(alert).toHaveTextContent('npm run corpus:check');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(calls).toBe(2);
  });

  it('switches theme and language, and <html lang> follows the language', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('heading', { level: 1 });
    // Theme and language live in the ⚙ Settings menu.
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Theme' }), 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(window.localStorage.getItem('cluster-atlas:theme')).toBe('dark');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ru');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Пять способов создать региональный кластер',
      }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.lang).toBe('ru'));
    expect(window.location.search).toBe('?lang=ru');
  });
});

describe('links made from the state', () => {
  it('links to the method page in the language and with the models shown', async () => {
    renderApp('?models=japan,italy&lang=ru');
    const line = await waitFor(() => {
      const found = document.querySelector('.source-line a');
      expect(found).not.toBeNull();
      return found as HTMLAnchorElement;
    });
    expect(line.getAttribute('href')).toBe('?view=sources&models=japan,italy&lang=ru');
  });

  it('an embedded view links back to the whole app at the same state', async () => {
    renderApp('?view=governance&models=japan,france&embed=1');
    const back = await screen.findByRole('link', { name: /Open in Cluster Atlas/ });
    expect(back).toHaveAttribute('href', '?view=governance&models=japan,france');
  });

  it('reads the address it was opened with once: the entry point reads it, the mount does not', async () => {
    window.history.replaceState(null, '', '/?view=concepts&lang=xx');
    const store = createAppStore({ corpus: { status: 'ready', bundle: bundledCorpus() } });
    applyOpeningAddress(store);
    expect(store.getState().view).toBe('concepts');
    expect(store.getState().notices.map((n) => n.notice.param)).toEqual(['lang']);
    render(
      <I18nProvider i18n={initI18n(en)}>
        <StoreProvider store={store}>
          <App loadCorpus={() => Promise.resolve({ status: 'ready', bundle: bundledCorpus() })} />
        </StoreProvider>
      </I18nProvider>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: /Concepts/ })).toBeInTheDocument();
    // Mounting wrote back the canonical address but raised no second notice.
    await waitFor(() => expect(window.location.search).toBe('?view=concepts'));
    expect(store.getState().notices).toHaveLength(1);
  });
});
