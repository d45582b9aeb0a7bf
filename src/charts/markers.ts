/**
 * Marker shapes: the second cue (besides colour) that tells models apart in every chart.
 * Each shape is a polygon of unit proportions scaled to a given area, so every marker weighs the
 * same to the eye. (Written here rather than taken from d3-shape: d3-shape ships as one file the
 * bundler cannot trim, and these seven polygons cost the first page a fraction of it.)
 */
import { remembered } from '../lib/remembered';

export const MARKER_SHAPES = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'star',
  'cross',
  'wye',
] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

export const markerShape = (index: number): MarkerShape =>
  MARKER_SHAPES[index % MARKER_SHAPES.length] ?? 'circle';

type Point = readonly [number, number];

const polar = (radius: number, degrees: number): Point => {
  const a = (degrees * Math.PI) / 180;
  return [radius * Math.cos(a), radius * Math.sin(a)];
};

/** A plus sign whose arms are as wide as its centre. */
const CROSS: Point[] = [
  [-1, -3],
  [1, -3],
  [1, -1],
  [3, -1],
  [3, 1],
  [1, 1],
  [1, 3],
  [-1, 3],
  [-1, 1],
  [-3, 1],
  [-3, -1],
  [-1, -1],
];

/** A Y: three arms of width 2 and length 3 at -90°, 30° and 150°, joined at the centre. */
function wye(): Point[] {
  const points: Point[] = [];
  for (const angle of [-90, 30, 150]) {
    const [ex, ey] = polar(3, angle);
    const [px, py] = polar(1, angle + 90);
    points.push([ex - px, ey - py], [ex + px, ey + py]);
    // The inner corner where this arm's edge meets the next arm's edge.
    points.push(polar(2 / Math.sqrt(3), angle + 60));
  }
  return points;
}

/** Unit outlines; `markerPath` scales them to the wanted area. */
const OUTLINES: Record<Exclude<MarkerShape, 'circle'>, Point[]> = {
  square: [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ],
  triangle: [polar(1, -90), polar(1, 30), polar(1, 150)],
  diamond: [
    [0, -1.6],
    [1, 0],
    [0, 1.6],
    [-1, 0],
  ],
  star: Array.from({ length: 10 }, (_, i) => polar(i % 2 ? 0.42 : 1, -90 + i * 36)),
  cross: CROSS,
  wye: wye(),
};

/** Area of a simple polygon (shoelace formula). */
export function polygonArea(points: readonly Point[]): number {
  let twice = 0;
  points.forEach(([x, y], i) => {
    const [nx, ny] = points[(i + 1) % points.length] ?? [x, y];
    twice += x * ny - nx * y;
  });
  return Math.abs(twice) / 2;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** The corner points of a polygon marker centred on (0, 0) whose area is `size` square pixels. */
export function markerOutline(shape: Exclude<MarkerShape, 'circle'>, size: number): Point[] {
  const outline = OUTLINES[shape];
  const k = Math.sqrt(size / polygonArea(outline));
  return outline.map(([x, y]) => [x * k, y * k]);
}

/**
 * SVG path of a marker centred on (0, 0) whose area is `size` square pixels. Kept by shape and
 * size: a view draws the same few sizes of seven shapes, a marker per model in every row and
 * legend, and redraws them all on a change of selection.
 */
export const markerPath = remembered(
  (shape: MarkerShape, size: number) => `${shape}|${size}`,
  writePath,
  // Sizes come from layouts (a few per medium); the bound keeps odd ones from piling up.
  2000,
);

function writePath(shape: MarkerShape, size: number): string {
  if (shape === 'circle') {
    const r = round(Math.sqrt(size / Math.PI));
    return `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0Z`;
  }
  return `M${markerOutline(shape, size)
    .map(([x, y]) => `${round(x)},${round(y)}`)
    .join('L')}Z`;
}
