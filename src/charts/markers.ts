/**
 * Marker shapes: the second cue (besides colour) that tells models apart in every chart.
 * d3-shape computes the paths; components only draw them.
 */
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from 'd3-shape';
import type { SymbolType } from 'd3-shape';

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

const SYMBOLS: Record<MarkerShape, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  star: symbolStar,
  cross: symbolCross,
  wye: symbolWye,
};

export const markerShape = (index: number): MarkerShape =>
  MARKER_SHAPES[index % MARKER_SHAPES.length] ?? 'circle';

/** SVG path of a marker centred on (0, 0) whose area is `size` square pixels. */
export function markerPath(shape: MarkerShape, size: number): string {
  return symbol(SYMBOLS[shape], size)() ?? '';
}
