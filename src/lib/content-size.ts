/**
 * An element's content box read at once, as a ResizeObserver would report it, for useElementSize's
 * first size. Apart from useElementSize, which the first page carries: only what waits for its box
 * to be drawn (the views' charts, slides) reads it.
 */
import type { Size } from './useElementSize';

/** Border and padding off, rounded down, as the observer reports it: its first report then changes
 *  nothing. */
export function contentSize(element: Element): Size {
  const box = element.getBoundingClientRect();
  // A scaled element's box on screen is not its layout box, which the observer reports: left to it.
  const scaled = element instanceof HTMLElement && Math.abs(box.width - element.offsetWidth) > 1;
  if (box.width === 0 || scaled) return { width: 0, height: 0 };
  const style = getComputedStyle(element);
  const edge = (a: string, b: string) =>
    parseFloat(style.getPropertyValue(a)) + parseFloat(style.getPropertyValue(b)) || 0;
  return {
    width: Math.floor(
      box.width -
        edge('padding-left', 'padding-right') -
        edge('border-left-width', 'border-right-width'),
    ),
    height: Math.floor(
      box.height -
        edge('padding-top', 'padding-bottom') -
        edge('border-top-width', 'border-bottom-width'),
    ),
  };
}
