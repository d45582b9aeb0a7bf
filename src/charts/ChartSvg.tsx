import { useId } from 'react';
import type { ReactNode } from 'react';

interface ChartSvgProps {
  title: string;
  description: string;
  width: number;
  height: number;
  /** False until the container is measured: keep the room, draw nothing (no jump, no animation). */
  measured?: boolean;
  className?: string;
  children: ReactNode;
}

/** The drawing of a chart: one image with a title and a full text description. */
export function ChartSvg({
  title,
  description,
  width,
  height,
  measured = true,
  className = '',
  children,
}: ChartSvgProps) {
  const titleId = useId();
  const descId = useId();
  if (!measured) return <div style={{ height }} />;
  // Whole pixels: a fractional height (414.17) is stored a hair different from the same number in
  // the viewBox, which then scales the drawing by 0.99996 and 24 px labels to 23.999 px.
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  return (
    <svg
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      width={w}
      height={h}
      // The viewBox lets print (and any narrower box) scale the whole drawing, text included, in
      // proportion — never CSS that resizes SVG text on its own.
      viewBox={`0 0 ${w} ${h}`}
      className={`chart-svg ${className}`.trim()}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {children}
    </svg>
  );
}
