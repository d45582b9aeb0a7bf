import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

/** The app with the model picker opened from the keyboard. */
async function openPicker(search = '') {
  const user = userEvent.setup();
  const utils = renderApp(search);
  await screen.findByRole('navigation', { name: 'Views' });
  screen.getByRole('button', { name: /^Models/ }).focus();
  await user.keyboard('{Enter}');
  const picker = await screen.findByRole('group', { name: 'Models shown' });
  return { user, picker: within(picker), ...utils };
}

describe('the model picker’s shortcuts', () => {
  it('each model has "only" and "compare with…", named with the model', async () => {
    const { picker } = await openPicker();
    for (const model of ['Italy', 'France', 'United Kingdom', 'United States', 'Japan']) {
      expect(picker.getByRole('button', { name: `Show only ${model}` })).toBeVisible();
      const compare = picker.getByRole('button', { name: `Compare ${model} with…` });
      expect(compare).toHaveAttribute('aria-expanded', 'false');
    }
  });

  it('"only" by keyboard keeps just that model; it cannot leave none', async () => {
    const { user, picker } = await openPicker();
    picker.getByRole('button', { name: 'Show only France' }).focus();
    await user.keyboard('{Enter}');
    expect(window.location.search).toBe('?models=france');
    // The last model's checkbox cannot be cleared: one always stays selected.
    await user.click(picker.getByRole('checkbox', { name: /^France/ }));
    expect(picker.getByRole('checkbox', { name: /^France/ })).toBeChecked();
    expect(picker.getByText('At least one model stays selected.')).toBeVisible();
  });

  it('"compare with…" lists the other models as links to Compare with just the two', async () => {
    const { user, picker, store } = await openPicker();
    const compare = picker.getByRole('button', { name: 'Compare Japan with…' });
    compare.focus();
    await user.keyboard('{Enter}');
    expect(compare).toHaveAttribute('aria-expanded', 'true');
    const pairs = picker.getByRole('list', { name: 'Compare Japan with…' });
    expect(compare).toHaveAttribute('aria-controls', pairs.id);
    const links = within(pairs).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('aria-label'))).toEqual([
      'Compare Japan with Italy',
      'Compare Japan with France',
      'Compare Japan with United Kingdom',
      'Compare Japan with United States',
    ]);
    const italy = within(pairs).getByRole('link', { name: 'Compare Japan with Italy' });
    expect(italy).toHaveAttribute('href', '?view=compare&models=japan,italy');

    // Followed in the page, as one history entry.
    const before = window.history.length;
    italy.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.search).toBe('?view=compare&models=japan,italy'));
    expect(window.history.length).toBe(before + 1);
    expect(store.getState().view).toBe('compare');
    expect(screen.getByRole('button', { name: /^Models/ })).toHaveAccessibleName('Models: 2 of 5');
  });

  it('opens one "compare with…" list at a time, and the same button closes it', async () => {
    const { user, picker } = await openPicker();
    await user.click(picker.getByRole('button', { name: 'Compare Italy with…' }));
    await user.click(picker.getByRole('button', { name: 'Compare France with…' }));
    expect(picker.queryByRole('list', { name: 'Compare Italy with…' })).toBeNull();
    expect(picker.getByRole('list', { name: 'Compare France with…' })).toBeVisible();
    await user.click(picker.getByRole('button', { name: 'Compare France with…' }));
    expect(picker.queryByRole('list', { name: 'Compare France with…' })).toBeNull();
  });
});
