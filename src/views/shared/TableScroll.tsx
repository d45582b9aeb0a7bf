import { useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

/**
 * A frame a wide table scrolls sideways in (a long name in a narrow window), never the page. While
 * it scrolls it is a named region in the tab order, so a keyboard can scroll it too (WCAG 2.1.1;
 * axe's scrollable-region-focusable); when everything fits it is a plain box, with no tab stop.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const frame = ref.current;
    // Without ResizeObserver (an old browser, a test's DOM) the frame stays a plain box.
    if (!frame || typeof ResizeObserver === 'undefined') return;
    // Measured in the observer's first answer, which comes after the browser's own layout: measuring
    // here would force a layout of the whole page inside React's commit (15 s at 4× throttle for a
    // 200-model policy fit).
    const measure = () => setScrolls(frame.scrollWidth > frame.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(frame);
    if (frame.firstElementChild) observer.observe(frame.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="table-scroll"
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
    >
      {children}
    </div>
  );
}
