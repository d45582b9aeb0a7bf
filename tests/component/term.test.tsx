import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Concepts } from '../../src/views/concepts/Concepts';
import { StateRole } from '../../src/views/state-role/StateRole';
import { TermPopover } from '../../src/charts/TermPopover';
import { bundledCorpus } from '../support/corpus';
import { renderView } from './render-view';

const DEFINITION = 'National programmes, agencies and contracts give clusters their shape.';

function renderTerm() {
  render(
    <p>
      The state is a <TermPopover term="coordinator" definition={DEFINITION} /> here.
    </p>,
  );
  return screen.getByRole('button', { name: 'coordinator' });
}

const popover = () => document.querySelector<HTMLElement>('.term__popover')!;

describe('TermPopover', () => {
  it('is a button named by the term and described by its definition', () => {
    const term = renderTerm();
    expect(term).toHaveAttribute('type', 'button');
    expect(term).toHaveAccessibleDescription(DEFINITION);
    expect(term).toHaveAttribute('aria-expanded', 'false');
    expect(popover()).not.toBeVisible();
  });

  it('opens on keyboard focus and closes on Escape, focus staying on the term', async () => {
    const user = userEvent.setup();
    const term = renderTerm();
    await user.tab();
    expect(term).toHaveFocus();
    expect(term).toHaveAttribute('aria-expanded', 'true');
    expect(popover()).toBeVisible();
    expect(popover()).toHaveTextContent(`coordinator ${DEFINITION}`);
    await user.keyboard('{Escape}');
    expect(term).toHaveAttribute('aria-expanded', 'false');
    expect(popover()).not.toBeVisible();
    expect(term).toHaveFocus();
    // Enter opens it again, and closes it.
    await user.keyboard('{Enter}');
    expect(popover()).toBeVisible();
    await user.keyboard('{Enter}');
    expect(popover()).not.toBeVisible();
  });

  it('toggles on a tap or click, and closes on a click elsewhere', async () => {
    const user = userEvent.setup();
    const term = renderTerm();
    await user.pointer({ keys: '[TouchA]', target: term });
    expect(term).toHaveAttribute('aria-expanded', 'true');
    await user.pointer({ keys: '[TouchA]', target: term });
    expect(term).toHaveAttribute('aria-expanded', 'false');
    await user.click(term);
    expect(term).toHaveAttribute('aria-expanded', 'true');
    // A click elsewhere moves the pointer away and the focus with it.
    await user.click(document.body);
    expect(term).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens while a mouse rests on it', () => {
    const term = renderTerm();
    fireEvent.pointerEnter(term.parentElement!, { pointerType: 'mouse' });
    expect(term).toHaveAttribute('aria-expanded', 'true');
    fireEvent.pointerLeave(term.parentElement!, { pointerType: 'mouse' });
    expect(term).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('TermPopover, where it is drawn', () => {
  it('draws the popover outside the text (no table cell can paint over it), still describing the term', () => {
    render(
      <table>
        <tbody>
          <tr>
            <th scope="row">
              <TermPopover term="coordinator" definition={DEFINITION} />
            </th>
          </tr>
        </tbody>
      </table>,
    );
    const term = screen.getByRole('button', { name: 'coordinator' });
    expect(popover().parentElement).toBe(document.body);
    expect(term).toHaveAccessibleDescription(DEFINITION);
    expect(term).toHaveAttribute('aria-controls', popover().id);
  });

  it('keeps the popover inside the dialog the term sits in', () => {
    render(
      <div role="dialog" aria-modal="true" aria-label="Evidence">
        <TermPopover term="coordinator" definition={DEFINITION} />
      </div>,
    );
    expect(popover().closest('[role="dialog"]')).not.toBeNull();
  });

  it('where the stylesheet prints the definition beside it, claims no expanded state', async () => {
    const style = document.createElement('style');
    style.textContent = '.legend .term-wrap { --term-definition: beside; }';
    document.head.append(style);
    try {
      render(
        <p className="legend">
          <TermPopover term="coordinator" definition={DEFINITION} mayBeBeside />
          <TermPopover term="director" definition={DEFINITION} />
        </p>,
      );
      // A term whose caller does not say the stylesheet may print its definition beside it keeps
      // its popover (its computed style is never read).
      expect(screen.getByRole('button', { name: 'director' })).toHaveAttribute(
        'aria-expanded',
        'false',
      );
      const term = screen.getByRole('button', { name: 'coordinator' });
      expect(term).not.toHaveAttribute('aria-expanded');
      expect(term).not.toHaveAttribute('aria-controls');
      expect(term).toHaveAccessibleDescription(DEFINITION);
      await userEvent.setup().click(term);
      expect(popover()).not.toBeVisible();
    } finally {
      style.remove();
    }
  });
});

describe('terms in the views', () => {
  it('names each state-role step and instrument type as a term with its definition', () => {
    renderView(StateRole, bundledCorpus());
    const step = screen.getByRole('button', { name: 'coordinator' });
    expect(step).toHaveAccessibleDescription(/^National programmes, agencies and contracts/);
    const type = screen.getByRole('button', { name: 'fiscal' });
    expect(type).toHaveAccessibleDescription(/^Tax relief/);
  });

  it('lists every codebook term in the glossary, with its id', () => {
    renderView(Concepts, bundledCorpus());
    expect(screen.getByRole('heading', { name: 'Glossary' })).toBeInTheDocument();
    expect(document.querySelectorAll('.glossary__entry')).toHaveLength(50);
    expect(document.getElementById('glossary-state-role-step-4')).toHaveTextContent(
      '4 — coordinator',
    );
    expect(document.getElementById('glossary-link-kind-finance')).toHaveTextContent(/Money flows/);
  });
});
