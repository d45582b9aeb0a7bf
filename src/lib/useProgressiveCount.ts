/**
 * How many items of a long list to draw now. Up to `first` at once (a first screen's worth), then
 * `batch` more per animation frame, each batch a transition so React yields to a key or a click
 * between them. A short list is drawn whole at once and never waits. Printing draws what is left at
 * once, so paper always gets the whole list.
 *
 * Why: 200 model cards drawn in one commit kept the overview blank for over three seconds at 4×
 * CPU throttle; the first screen needs a dozen of them.
 */
import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * A chart's rows drawn at once and then per frame: a 1920×1080 screen shows about twenty rows of
 * the state-role plot, the governance bars or the heat map.
 */
export const ROWS_PER_SCREEN = 24;

/** A long chart drawn a screen of rows at a time (see useProgressiveCount). */
export function useProgressiveRows(total: number): number {
  return useProgressiveCount(total, ROWS_PER_SCREEN, ROWS_PER_SCREEN);
}

export function useProgressiveCount(total: number, first: number, batch: number): number {
  const [count, setCount] = useState(() => Math.min(total, first));
  const done = count >= total;
  useEffect(() => {
    if (done) return;
    const frame = requestAnimationFrame(() =>
      startTransition(() => setCount((c) => Math.min(total, c + batch))),
    );
    const print = () => flushSync(() => setCount(total));
    window.addEventListener('beforeprint', print);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('beforeprint', print);
    };
  }, [done, count, total, batch]);
  return Math.min(count, total);
}
