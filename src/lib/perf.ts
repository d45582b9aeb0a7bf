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
    if (performance.getEntriesByName(STATE_CHANGE_MARK, 'mark').length === 0) return;
    try {
      performance.measure(`${kind}:${view}`, STATE_CHANGE_MARK);
    } catch {
      // A missing mark only loses one figure of the benchmark; never the render.
    }
  }, [view, deps]);
}

/**
 * For a view whose chart is drawn only once its box has been measured, a commit after the view's
 * first: records `render:<view>` again when the chart is first drawn, so that the benchmark's first
 * render (it reads the latest such entry) runs to the drawn chart, not to the empty box before it.
 */
export function useMeasureDrawn(view: string, drawn: boolean): void {
  const recorded = useRef(false);
  useLayoutEffect(() => {
    if (!drawn || recorded.current) return;
    recorded.current = true;
    if (performance.getEntriesByName(STATE_CHANGE_MARK, 'mark').length === 0) return;
    try {
      performance.measure(`render:${view}`, STATE_CHANGE_MARK);
    } catch {
      // As above: a lost figure, never a lost render.
    }
  }, [view, drawn]);
}
