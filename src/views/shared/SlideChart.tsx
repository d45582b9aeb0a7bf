import type { ReactNode } from 'react';
import { useElementSize } from '../../lib/useElementSize';
import { contentSize } from '../../lib/content-size';
import type { Size } from '../../lib/useElementSize';

/**
 * The chart's share of a slide: whatever height the slide's other parts (a legend, a key) leave.
 * It is measured, width and height, and hands that box to the chart's layout; its own size never
 * follows its content (flex basis 0), so a chart laid out for the box cannot make the box grow.
 */
export function SlideChart({ children }: { children: (box: Size) => ReactNode }) {
  const [ref, box, measured] = useElementSize<HTMLDivElement>(
    undefined,
    undefined,
    true,
    contentSize,
  );
  return (
    <div className="slide-chart chart" ref={ref}>
      {measured ? children(box) : null}
    </div>
  );
}
