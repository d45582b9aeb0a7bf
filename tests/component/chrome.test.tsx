import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

/** The shell's three disclosures: "More" views, ⚙ Settings and the model picker. */
async function shell() {
  const user = userEvent.setup();
  const utils = renderApp();
  const nav = await screen.findByRole('navigation', { name: 'Views' });
  return { user, nav, ...utils };
}

describe('the chrome keeps to one row of views', () => {
  it('shows the eight primary views and keeps the other four under "More"', async () => {
    const { nav } = await shell();
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Overview',
      'Compare',
      'State role',
      'Governance',
      'Sectors',
      'Firm hierarchy',
      'Policy fit',
      'Tours',
    ]);
    expect(within(nav).getByRole('button', { name: 'More' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('opens "More" with Enter, closes it with Esc and gives focus back to its button', async () => {
    const { user, nav } = await shell();
    const more = within(nav).getByRole('button', { name: 'More' });
    more.focus();
    await user.keyboard('{Enter}');
    expect(more).toHaveAttribute('aria-expanded', 'true');
    const menu = document.getElementById(more.getAttribute('aria-controls') ?? '');
    expect(menu).not.toBeNull();
    expect(
      within(menu!)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Model pages',
      'Article',
      'Concepts',
      'Sources & method',
      'Handout',
      'Model editor',
    ]);
    // Tab moves into the list; Esc from inside it closes the list and returns to the button.
    await user.tab();
    expect(within(menu!).getByRole('link', { name: 'Model pages' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(within(nav).queryByRole('link', { name: 'Handout' })).not.toBeInTheDocument();
    expect(more).toHaveFocus();
  });

  it('opens "More" with Space, follows a link in it, closes it and marks the button current', async () => {
    const { user, nav } = await shell();
    const more = within(nav).getByRole('button', { name: 'More' });
    more.focus();
    await user.keyboard(' ');
    expect(more).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(nav).getByRole('link', { name: 'Concepts' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Concepts/ })).toBeInTheDocument();
    expect(window.location.search).toBe('?view=concepts');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(more).toHaveClass('main-nav__more-button--current');
  });

  it('closes an open menu when the pointer presses elsewhere, without taking focus', async () => {
    const { user, nav } = await shell();
    const more = within(nav).getByRole('button', { name: 'More' });
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('heading', { level: 1 }));
    expect(more).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('the settings menu', () => {
  it('holds theme, language, "Your corpus…" and "Present", and Esc closes it back to ⚙', async () => {
    const { user } = await shell();
    const settings = screen.getByRole('button', { name: 'Settings' });
    expect(screen.queryByRole('combobox', { name: 'Theme' })).not.toBeInTheDocument();
    settings.focus();
    await user.keyboard('{Enter}');
    const panel = await screen.findByRole('group', { name: 'Settings' });
    expect(within(panel).getByRole('combobox', { name: 'Theme' })).toBeInTheDocument();
    expect(within(panel).getByRole('combobox', { name: 'Language' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Your corpus…' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Present' })).toBeInTheDocument();
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Theme' }), 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    // Esc while a select inside has focus still closes the menu and returns to its button.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Settings' })).not.toBeInTheDocument();
    expect(settings).toHaveFocus();
  });

  it('"Your corpus…" closes the menu and opens its dialog', async () => {
    const { user } = await shell();
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await user.click(await screen.findByRole('button', { name: 'Your corpus…' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Settings' })).not.toBeInTheDocument();
  });
});

describe('the model picker', () => {
  it('says "Models: 5 of 5" in one button and opens the checkboxes with Enter', async () => {
    const { user } = await shell();
    const button = screen.getByRole('button', { name: /^Models/ });
    expect(button).toHaveAccessibleName('Models: 5 of 5');
    button.focus();
    await user.keyboard('{Enter}');
    const picker = await screen.findByRole('group', { name: 'Models shown' });
    expect(within(picker).getAllByRole('checkbox')).toHaveLength(5);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Models shown' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('"only" shows that model alone, and "Show all" brings the rest back', async () => {
    const { user } = await shell();
    await user.click(screen.getByRole('button', { name: /^Models/ }));
    const picker = await screen.findByRole('group', { name: 'Models shown' });
    await user.click(within(picker).getByRole('button', { name: 'Show only Japan' }));
    expect(window.location.search).toBe('?models=japan');
    expect(screen.getByRole('button', { name: /^Models/ })).toHaveAccessibleName('Models: 1 of 5');
    expect(
      within(picker)
        .getAllByRole('checkbox', { checked: true })
        .map((c) => c.closest('label')?.textContent),
    ).toEqual([expect.stringMatching(/^Japan/)]);
    await user.click(within(picker).getByRole('button', { name: 'Show all' }));
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  it('links each language to this page as it is when the reader comes to the link', async () => {
    const { user } = await shell();
    const switcher = screen.getByRole('navigation', { name: 'Language' });
    const russian = within(switcher).getByRole('link', { name: /Русский/ });
    expect(russian.getAttribute('href')).toBe('?lang=ru');
    const showOnly = async (name: string) => {
      await user.click(screen.getByRole('button', { name: /^Models/ }));
      const picker = await screen.findByRole('group', { name: 'Models shown' });
      await user.click(within(picker).getByRole('button', { name }));
      await user.keyboard('{Escape}');
    };
    // Written again as the pointer comes to the link, and as it takes focus.
    await showOnly('Show only Japan');
    await user.hover(russian);
    expect(russian.getAttribute('href')).toBe('?models=japan&lang=ru');
    await showOnly('Show all');
    await waitFor(() => expect(window.location.search).toBe(''));
    russian.focus();
    expect(russian.getAttribute('href')).toBe('?lang=ru');
  });
});
