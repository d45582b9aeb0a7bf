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
  /** Reads the first size as soon as the element is in the page (see the ref below): for what
   *  waits for its size to be drawn (lib/content-size's contentSize). Without it, the observer's
   *  first report: for what is drawn at the fallback size meanwhile (the overview's cards). */
  readFirst?: (element: Element) => Size,
): [(el: T | null) => void, Size, boolean] {
  const [element, setElement] = useState<T | null>(null);
  const [measured, setMeasured] = useState<Size | null>(null);
  const [unobservable, setUnobservable] = useState(false);
  const ref = useCallback(
    (el: T | null) => {
      setElement(el);
      // The first size is read as soon as the element is in the page, before the browser paints:
      // waiting for the ResizeObserver's first report cost a whole frame (the empty box laid out
      // and painted, and shown) before a chart could be drawn. Zero where nothing is laid out
      // (jsdom), which leaves it to the observer.
      const first = el && readFirst ? readFirst(el) : null;
      if (first && first.width > 0) setMeasured((prev) => prev ?? first);
    },
    [readFirst],
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
