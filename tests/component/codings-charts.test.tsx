/**
 * Every chart under any coder, and all coders at once: the chart tools' coding control, the line
 * that says whose coding is drawn, and the state-role and governance charts' coder marks.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Governance } from '../../src/views/governance/Governance';
import { StateRole } from '../../src/views/state-role/StateRole';
import { buildBundle, buildChartModel, bundledCorpus } from '../support/corpus';
import { renderView } from './render-view';

const CHART = /Where each state sits on the 1–5 scale/;

describe('the coding control in the chart tools', () => {
  it('lists the coders, the reconciled one first, and draws the chart under the one chosen', async () => {
    const user = userEvent.setup();
    const { store } = renderView(StateRole, bundledCorpus());
    await screen.findByRole('img', { name: CHART });
    const select = screen.getByRole('combobox', { name: 'Coding' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Reconciled after review 1', 'First coding', 'External review 1']);
    expect(screen.getByRole('button', { name: 'United States: state role 4 — coordinator' }));
    expect(screen.queryByText(/Drawn under the coding/)).toBeNull();

    await user.selectOptions(select, 'First coding');
    expect(store.getState().coding).toBe('first-coding');
    expect(
      await screen.findByRole('button', { name: 'United States: state role 3 — partner' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Drawn under the coding “First coding”/)).toHaveTextContent(
      '“Reconciled after review 1” by default',
    );

    // Back to the reconciled coder: no coding= at all, not coding=reconciled.
    await user.selectOptions(select, 'Reconciled after review 1');
    expect(store.getState().coding).toBeNull();
    expect(screen.queryByText(/Drawn under the coding/)).toBeNull();
  });

  it('is not offered where the corpus has one coder', async () => {
    renderView(
      StateRole,
      buildBundle({ models: [buildChartModel('a', { name: 'Alpha', stateRole: 2 })] }),
    );
    await screen.findByRole('img', { name: CHART });
    expect(screen.queryByRole('combobox', { name: 'Coding' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'All coders' })).toBeNull();
  });
});

describe('all coders at once', () => {
  it('state role: a mark per place a coder puts a model, a ring where all agree, linked', async () => {
    const user = userEvent.setup();
    renderView(StateRole, bundledCorpus());
    await screen.findByRole('img', { name: CHART });
    await user.click(screen.getByRole('button', { name: 'All coders' }));
    const first = await screen.findByRole('button', {
      name: 'United States: First coding — 3 — partner, medium confidence',
    });
    const others = screen.getByRole('button', {
      name: 'United States: External review 1 and Reconciled after review 1 — 4 — coordinator, medium confidence',
    });
    expect(
      screen.getByRole('button', { name: /^Japan: all coders agree — 5 — director/ }),
    ).toBeInTheDocument();
    // The model's own mark gives way to the coders'.
    expect(screen.queryByRole('button', { name: /United States: state role/ })).toBeNull();
    const legend = screen.getByRole('list', { name: 'Coders and their letters' });
    expect(legend).toHaveTextContent('First coding');
    expect(legend).toHaveTextContent('all coders agree');

    // Following the first coding: its marks stand out in every row, the others fade.
    const marks = () => [...document.querySelectorAll<SVGGElement>('svg[role="img"] g.coder-mark')];
    const state = (text: string) =>
      marks()
        .find((g) => g.textContent === text)
        ?.getAttribute('class');
    fireEvent.mouseEnter(first);
    expect(screen.getByRole('tooltip')).toHaveTextContent('F · First coding: 3 — partner');
    expect(state('F')).toContain('is-active');
    expect(state('E A')).toContain('is-faded');
    // A ring holds every coder, the first coding too.
    expect(
      marks()
        .filter((g) => g.textContent === '=')
        .every((g) => g.classList.contains('is-active')),
    ).toBe(true);
    fireEvent.mouseLeave(first);
    expect(marks().some((g) => g.classList.contains('is-faded'))).toBe(false);
    fireEvent.focus(others);
    expect(state('F')).toContain('is-faded');

    // The table lists each coder's step.
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: CHART });
    expect(
      within(table).getByRole('columnheader', { name: 'External review 1' }),
    ).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /^United States/ })).toHaveTextContent(
      '3 — partner, medium confidence',
    );
  });

  it('governance: each coder’s national share under the bar, with its shares and lead named', async () => {
    const user = userEvent.setup();
    renderView(Governance, bundledCorpus());
    await screen.findByRole('img', { name: /National, regional and local shares/ });
    await user.click(screen.getByRole('button', { name: 'All coders' }));
    expect(
      await screen.findByRole('button', {
        name: /^Italy: First coding — national ≈30%, regional ≈20%, local ≈50%, led at the local level/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^United Kingdom: all coders agree — national 30%/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/a coder’s mark sits at its national share/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: /National, regional and local shares/ });
    expect(within(table).getByRole('row', { name: /^Italy/ })).toHaveTextContent(
      'led at the local level',
    );
  });
});
