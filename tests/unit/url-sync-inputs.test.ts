/**
 * useUrlSync writes the address only when something it is written from changed
 * (addressInputsChanged): the check must never skip a change that would write another address.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import type { AppState } from '../../src/state/store';
import { serializeUrlState } from '../../src/state/url';
import { addressInputsChanged, urlContextOf, urlStateOf } from '../../src/state/useUrlSync';
import { bundledCorpus } from '../support/corpus';

const address = (s: AppState) => serializeUrlState(urlStateOf(s), urlContextOf(s));

describe('what the address is written from', () => {
  it('is unchanged by a hover, a notice or a fit option, and changed by a view, a model or focus', () => {
    const store = createAppStore({ corpus: { status: 'ready', bundle: bundledCorpus() } });
    const [first, second] = bundledCorpus().models;
    const steps: [string, (s: AppState) => void, boolean][] = [
      ['highlight a model', (s) => s.setHighlight(first!.id), false],
      ['release it', (s) => s.setHighlight(null), false],
      [
        'add a notice',
        (s) => s.addNotices([{ param: 'view', value: 'x', reason: 'unknown' }]),
        false,
      ],
      ['set a fit option', (s) => s.setFitOptions({ target: second!.id }), false],
      ['open a view', (s) => s.setView('governance'), true],
      ['select two models', (s) => s.setSelectedModels([first!.id, second!.id]), true],
      ['focus a model', (s) => s.setFocus(second!.id), true],
    ];
    for (const [what, act, changes] of steps) {
      const prev = store.getState();
      act(prev);
      const next = store.getState();
      expect(addressInputsChanged(next, prev), what).toBe(changes);
      // Never a skip that hides a new address.
      if (!addressInputsChanged(next, prev)) expect(address(next), what).toBe(address(prev));
      else expect(address(next), what).not.toBe(address(prev));
    }
  });
});
