/**
 * False in a view's first render, true from the render React does right after it has committed
 * that one. A view draws what its first screen does not show (closed disclosures, sections below
 * a chart, the brief at the end) only once this is true, so what the reader sees first is
 * committed sooner and the rest follows a frame or two later, below the fold. React runs that
 * second render at a lower priority, so input is answered before it.
 */
import { useDeferredValue } from 'react';

export function useFirstScreenDrawn(): boolean {
  return useDeferredValue(true, false);
}
