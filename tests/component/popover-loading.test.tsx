import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

// Each test file gets its own modules, so here the popovers' content has not been loaded yet:
// a click straight on a button (no pointer over it, no focus first, so no preload) shows the
// one-line loading status until the content's code arrives.
describe('a popover whose content loads on first open', () => {
  it('the model picker says "Loading…" until its checkboxes arrive, then Esc closes it', async () => {
    const user = userEvent.setup();
    renderApp();
    const button = await screen.findByRole('button', { name: /^Models/ });
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const root = button.parentElement as HTMLElement;
    const loading = within(root).getByRole('status');
    expect(loading).toHaveTextContent('Loading…');
    expect(loading.parentElement).toHaveAttribute('id', button.getAttribute('aria-controls'));
    const picker = await screen.findByRole('group', { name: 'Models shown' });
    expect(within(picker).getAllByRole('checkbox')).toHaveLength(5);
    expect(within(root).queryByText('Loading…')).not.toBeInTheDocument();
    within(picker).getAllByRole('checkbox')[0]?.focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Models shown' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('the settings menu says "Loading…" until its content arrives', async () => {
    renderApp();
    const button = await screen.findByRole('button', { name: 'Settings' });
    fireEvent.click(button);
    const root = button.parentElement as HTMLElement;
    expect(within(root).getByRole('status')).toHaveTextContent('Loading…');
    const panel = await screen.findByRole('group', { name: 'Settings' });
    expect(within(panel).getByRole('combobox', { name: 'Theme' })).toBeInTheDocument();
    expect(within(root).queryByText('Loading…')).not.toBeInTheDocument();
  });
});
