import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * Whether a sideways-scrolling strip has more to show at its start or its end, as data attributes
 * for the stylesheet to fade that edge: a strip cut off with no sign that it scrolls hides its
 * last items from anyone who does not think to swipe (the phone's navigation row).
 */
export function useScrollEdges(ref: RefObject<HTMLElement | null>) {
  const [edges, setEdges] = useState({ start: false, end: false });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      // One pixel of slack: zoomed pages report fractional scroll positions.
      const start = el.scrollLeft > 1;
      const end = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      setEdges((prev) => (prev.start === start && prev.end === end ? prev : { start, end }));
    };
    el.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    // The observer reports the strip's first size once the browser has laid the page out anyway;
    // reading its widths here, at mount, forced that first layout in the middle of the app's
    // start (a third of a second of the overview's hydration at 4× throttle, by the profiler).
    if (observer) observer.observe(el);
    else measure();
    return () => {
      el.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, [ref]);
  return {
    'data-more-start': edges.start ? '' : undefined,
    'data-more-end': edges.end ? '' : undefined,
  };
}
