import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { useActions } from '../../src/state/selectors';
import { createAppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/StoreProvider';

/** Shows how often its actions object changed: it should never, whatever the state does. */
function ActionsUser({ name }: { name: string }) {
  const actions = useActions();
  const seen = useRef(new Set<object>());
  seen.current.add(actions);
  return (
    <p data-testid={name}>
      {typeof actions.setView}:{seen.current.size}
    </p>
  );
}

describe('useActions', () => {
  it('gives each of several stores on one page its own stable actions (a printed tour has one per step)', () => {
    const a = createAppStore();
    const b = createAppStore();
    // Interleaved, as the steps of a printed tour are: a selector shared between the stores
    // would hand each a new object on every call, and React would loop ("maximum update depth").
    render(
      <>
        {[a, b, a, b].map((store, i) => (
          <StoreProvider key={i} store={store}>
            <ActionsUser name={`user-${i}`} />
          </StoreProvider>
        ))}
      </>,
    );
    act(() => {
      a.getState().setView('compare');
      b.getState().setView('sectors');
      a.getState().setFocus('italy');
    });
    for (let i = 0; i < 4; i++)
      expect(screen.getByTestId(`user-${i}`).textContent).toBe('function:1');
    expect(a.getState().view).toBe('compare');
  });
});
