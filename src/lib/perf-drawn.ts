/**
 * The benchmark's first render for a view whose chart waits for its box (perf.ts says how the
 * figures are taken). Apart from perf.ts, which the first page carries: only such views use it.
 */
import { useLayoutEffect, useRef } from 'react';
import { measureSinceStateChange } from './perf';

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
    measureSinceStateChange(`render:${view}`);
  }, [view, drawn]);
}
