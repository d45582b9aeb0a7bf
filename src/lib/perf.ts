/**
 * Performance marks for the benchmark (npm run bench). Whoever changes what a view shows (boot,
 * navigation, the model picker, column moves) calls markStateChange() first; the view then records
 * the time from that mark to its commit as a `performance.measure` entry: `render:<view>` for its
 * first render, `update:<view>` for later ones.
 */
import { useLayoutEffect, useRef } from 'react';

export const STATE_CHANGE_MARK = 'state-change';

export function markStateChange(): void {
  performance.mark(STATE_CHANGE_MARK);
}

export function useMeasureRender(view: string, deps: unknown): void {
  const first = useRef(true);
  // A layout effect runs right after React has updated the DOM, before the browser paints.
  useLayoutEffect(() => {
    const kind = first.current ? 'render' : 'update';
    first.current = false;
    measureSinceStateChange(`${kind}:${view}`);
  }, [view, deps]);
}

/** Records `name` from the last change of state to now, if there was one. */
export function measureSinceStateChange(name: string): void {
  if (performance.getEntriesByName(STATE_CHANGE_MARK, 'mark').length === 0) return;
  try {
    performance.measure(name, STATE_CHANGE_MARK);
  } catch {
    // A missing mark only loses one figure of the benchmark; never the render.
  }
}
