/**
 * Places the marks of a card glyph in a box of the given width: four rows (state role, governance,
 * sectors, hierarchy), ordinal rows as five dots, share rows as a 100% bar. Type, marks and the
 * room for row names follow the medium's type scale. Pure: no DOM.
 */
import { GOVERNANCE_LEVELS, SECTOR_FAMILIES } from '../../corpus/derive';
import { textWidth } from '../../charts/text-width';
import type { TypeScale } from '../../charts/type-scale';
import type { CardGlyphData } from './derive';

/*
 * The card glyph is the only chart on the first page. Its positions are plain proportional maps
 * rather than d3-scale, because importing d3-scale pulls d3-interpolate, d3-color and d3-format
 * (with their module-level side effects) into the first page's JavaScript: about 6 KB gzip.
 * The comparison views, loaded on demand, use d3-scale.
 */
const STEPS = [1, 2, 3, 4, 5];
const dotX = (step: number, from: number, to: number) =>
  from + ((step - 1) / (STEPS.length - 1)) * (to - from);

export type GlyphRowId = 'stateRole' | 'governanceLevel' | 'sectorFocus' | 'firmHierarchy';

export interface GlyphDot {
  step: number;
  x: number;
  filled: boolean;
}

export interface GlyphSegment {
  key: string;
  categoryIndex: number;
  x: number;
  width: number;
  share: number;
  /** Whether the segment is wide enough to carry its initial letter. */
  labelled: boolean;
}

export type GlyphRow =
  | { kind: 'ordinal'; id: 'stateRole' | 'firmHierarchy'; y: number; dots: GlyphDot[] }
  | { kind: 'shares'; id: 'governanceLevel' | 'sectorFocus'; y: number; segments: GlyphSegment[] };

export interface GlyphLayout {
  width: number;
  height: number;
  labelWidth: number;
  rowHeight: number;
  dotRadius: number;
  barHeight: number;
  fontSize: number;
  stroke: number;
  rows: GlyphRow[];
}

/** The glyph's width on screen; other media scale it with their type. */
export const GLYPH_WIDTH = 280;

function segments(
  order: readonly string[],
  shares: Record<string, number>,
  x0: number,
  x1: number,
  minLabelled: number,
): GlyphSegment[] {
  const x = (share: number) => x0 + share * (x1 - x0);
  let cumulative = 0;
  return order.flatMap((key, categoryIndex) => {
    const share = shares[key] ?? 0;
    const start = cumulative;
    cumulative += share;
    if (share <= 0) return [];
    const width = x(cumulative) - x(start);
    return [{ key, categoryIndex, x: x(start), width, share, labelled: width >= minLabelled }];
  });
}

/** `rowNames` are the row labels in the reader's language: the layout makes room for the longest. */
export function layoutGlyph(
  data: CardGlyphData,
  width: number,
  type: TypeScale,
  rowNames: Record<GlyphRowId, string>,
): GlyphLayout {
  const { small: font, factor } = type;
  const labelWidth =
    Math.max(...Object.values(rowNames).map((n) => textWidth(n, font))) + 8 * factor;
  const x0 = labelWidth;
  const x1 = Math.max(x0 + 40 * factor, width - 4 * factor);
  const dotRadius = 5 * factor;
  const dots = (value: number): GlyphDot[] =>
    STEPS.map((step) => ({
      step,
      x: dotX(step, x0 + dotRadius + 1, x1 - dotRadius - 1),
      filled: step <= value,
    }));
  // Each row is also a button laid over the glyph: at least 26 px tall, above the 24 px target.
  const rowHeight = Math.max(26 * factor, font + 12 * factor);
  const y = (i: number) => i * rowHeight + rowHeight / 2;
  // A segment carries its letter when the letter and a little air fit inside it.
  const minLabelled = textWidth('M', font) + 4 * factor;
  return {
    width: Math.max(width, x1 + 4 * factor),
    height: rowHeight * 4,
    labelWidth,
    rowHeight,
    dotRadius,
    barHeight: Math.max(14 * factor, font + 2),
    fontSize: font,
    stroke: type.stroke,
    rows: [
      { kind: 'ordinal', id: 'stateRole', y: y(0), dots: dots(data.stateRole) },
      {
        kind: 'shares',
        id: 'governanceLevel',
        y: y(1),
        segments: segments(GOVERNANCE_LEVELS, data.governance, x0, x1, minLabelled),
      },
      {
        kind: 'shares',
        id: 'sectorFocus',
        y: y(2),
        segments: segments(SECTOR_FAMILIES, data.sectors, x0, x1, minLabelled),
      },
      { kind: 'ordinal', id: 'firmHierarchy', y: y(3), dots: dots(data.hierarchy) },
    ],
  };
}
