import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useActions } from '../../src/state/selectors';
import { createAppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/StoreProvider';

/** Records every actions object it was given: it should be one, whatever the state does. */
function ActionsUser({ name, seen }: { name: string; seen: Set<object> }) {
  const actions = useActions();
  useEffect(() => {
    seen.add(actions);
  });
  return <p data-testid={name}>{typeof actions.setView}</p>;
}

describe('useActions', () => {
  it('gives each of several stores on one page its own stable actions (a printed tour has one per step)', () => {
    const a = createAppStore();
    const b = createAppStore();
    const seen = [a, b, a, b].map(() => new Set<object>());
    // Interleaved, as the steps of a printed tour are: a selector shared between the stores
    // would hand each a new object on every call, and React would loop ("maximum update depth").
    render(
      <>
        {[a, b, a, b].map((store, i) => (
          <StoreProvider key={i} store={store}>
            <ActionsUser name={`user-${i}`} seen={seen[i]!} />
          </StoreProvider>
        ))}
      </>,
    );
    act(() => {
      a.getState().setView('compare');
      b.getState().setView('sectors');
      a.getState().setFocus('italy');
    });
    for (let i = 0; i < 4; i++) {
      expect(screen.getByTestId(`user-${i}`).textContent).toBe('function');
      expect(seen[i]?.size).toBe(1);
    }
    expect(a.getState().view).toBe('compare');
  });

  it('hands out actions without following the store (no check on every change of state)', () => {
    function Highlighter() {
      const { setHighlight } = useActions();
      return (
        <button type="button" onClick={() => setHighlight('italy')}>
          highlight
        </button>
      );
    }
    /** How often the store was subscribed to with these children mounted. */
    const subscriptions = (children: ReactNode) => {
      const store = createAppStore();
      const subscribe = vi.spyOn(store, 'subscribe');
      const { unmount } = render(<StoreProvider store={store}>{children}</StoreProvider>);
      const count = subscribe.mock.calls.length;
      unmount();
      return count;
    };
    const three = (
      <>
        <Highlighter />
        <Highlighter />
        <Highlighter />
      </>
    );
    // The provider's own subscription only: three components asking for actions add none.
    expect(subscriptions(three)).toBe(subscriptions(<p>nothing</p>));

    const store = createAppStore();
    render(
      <StoreProvider store={store}>
        <Highlighter />
      </StoreProvider>,
    );
    act(() => screen.getByRole('button').click());
    expect(store.getState().highlight).toBe('italy');
  });
});
