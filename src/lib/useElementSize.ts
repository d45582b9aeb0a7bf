/**
 * Measures an element's content box and follows its changes. The ResizeObserver is injectable so
 * tests can drive sizes; where none exists (jsdom, very old browsers) the fallback size stands.
 * `measured` stays false until the first real measurement, so charts can wait for it instead of
 * drawing at the fallback width and then animating to the real one.
 */
import { useCallback, useEffect, useState } from 'react';

export interface Size {
  width: number;
  height: number;
}

export type ResizeObserverFactory = (
  onResize: (size: Size) => void,
) => { observe: (el: Element) => void; disconnect: () => void } | null;

/** An element's content box as a ResizeObserver reports it: border and padding off, rounded down. */
function contentSize(element: Element): Size {
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

export const browserResizeObserver: ResizeObserverFactory = (onResize) =>
  typeof ResizeObserver === 'undefined'
    ? null
    : new ResizeObserver((entries) => {
        const box = entries[0]?.contentRect;
        // Rounded down: a drawing laid out a fraction wider than its box would be scaled down to
        // fit (its viewBox), shrinking 24 px slide labels to 23.99 px.
        if (box) onResize({ width: Math.floor(box.width), height: Math.floor(box.height) });
      });

/**
 * `followHeight`: also report changes of height. Off by default, because a chart's own box grows
 * with the chart drawn in it; a slide's stage, whose height is the screen's, turns it on.
 */
export function useElementSize<T extends Element>(
  fallback: Size = { width: 720, height: 400 },
  factory: ResizeObserverFactory = browserResizeObserver,
  followHeight = false,
  /** Read the first size as soon as the element is in the page (see the ref below). Off where
   *  something is drawn at the fallback size anyway and need not wait: the overview's cards. */
  readAtOnce = true,
): [(el: T | null) => void, Size, boolean] {
  const [element, setElement] = useState<T | null>(null);
  const [measured, setMeasured] = useState<Size | null>(null);
  const [unobservable, setUnobservable] = useState(false);
  const ref = useCallback(
    (el: T | null) => {
      setElement(el);
      // The first size is read as soon as the element is in the page, before the browser paints:
      // waiting for the ResizeObserver's first report cost a whole frame (the empty box laid out
      // and painted, and shown) before a chart could be drawn. Read as the observer reads it (the
      // content box, rounded down), so its first report then changes nothing. Zero where nothing is
      // laid out (jsdom), which leaves it to the observer.
      const first = el && readAtOnce ? contentSize(el) : null;
      if (first && first.width > 0) setMeasured((prev) => prev ?? first);
    },
    [readAtOnce],
  );
  useEffect(() => {
    if (!element) return;
    const observer = factory((next) => {
      // Ignore zero sizes (hidden states) and sub-pixel jitter; both would only cost renders.
      setMeasured((prev) =>
        next.width > 0 &&
        (!prev ||
          Math.abs(prev.width - next.width) >= 1 ||
          (followHeight && Math.abs(prev.height - next.height) >= 1))
          ? next
          : prev,
      );
    });
    if (!observer) {
      const id = setTimeout(() => setUnobservable(true), 0);
      return () => clearTimeout(id);
    }
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, factory, followHeight]);
  return [ref, measured ?? fallback, measured !== null || unobservable];
}
