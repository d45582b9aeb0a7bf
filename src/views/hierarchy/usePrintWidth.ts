/**
 * The width the diagrams are laid out for: the measured one on screen, the page's on paper. The
 * layout is the only owner of pixels, so printing re-runs it at the A4 text width instead of
 * shrinking a screen-wide drawing (and its text) to fit. Print is seen both ways it can start:
 * `beforeprint` (the browser's Print, flushed at once so the page is laid out before it is
 * paginated) and the print media query (emulated print, and browsers that switch it).
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** A4 portrait less 12 mm margins is about 703 CSS px; the chart frame's padding comes off it. */
export const PRINT_CHART_WIDTH = 660;

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(
    () => typeof matchMedia === 'function' && matchMedia('print').matches,
  );
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('print');
    const onChange = () => setPrinting(query.matches);
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(query.matches);
    query.addEventListener('change', onChange);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      query.removeEventListener('change', onChange);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

export function usePrintWidth(screenWidth: number): number {
  return usePrinting() ? Math.min(screenWidth, PRINT_CHART_WIDTH) : screenWidth;
}
