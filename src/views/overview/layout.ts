/**
 * Places the marks of a card glyph in a box of the given width: four rows (state role, governance,
 * sectors, hierarchy), ordinal rows as five dots, share rows as a 100% bar. Pure: no DOM.
 */
import { GOVERNANCE_LEVELS, SECTOR_FAMILIES } from '../../corpus/derive';
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
  rows: GlyphRow[];
}

export const GLYPH_ROW_HEIGHT = 22;
export const GLYPH_LABEL_WIDTH = 78;
const MIN_LABELLED_WIDTH = 16;

function segments(
  order: readonly string[],
  shares: Record<string, number>,
  x0: number,
  x1: number,
): GlyphSegment[] {
  const x = (share: number) => x0 + share * (x1 - x0);
  let cumulative = 0;
  return order.flatMap((key, categoryIndex) => {
    const share = shares[key] ?? 0;
    const start = cumulative;
    cumulative += share;
    if (share <= 0) return [];
    const width = x(cumulative) - x(start);
    return [
      { key, categoryIndex, x: x(start), width, share, labelled: width >= MIN_LABELLED_WIDTH },
    ];
  });
}

export function layoutGlyph(data: CardGlyphData, width: number): GlyphLayout {
  const x0 = GLYPH_LABEL_WIDTH;
  const x1 = Math.max(x0 + 40, width - 4);
  const dots = (value: number): GlyphDot[] =>
    STEPS.map((step) => ({ step, x: dotX(step, x0 + 6, x1 - 6), filled: step <= value }));
  const y = (i: number) => i * GLYPH_ROW_HEIGHT + GLYPH_ROW_HEIGHT / 2;
  return {
    width,
    height: GLYPH_ROW_HEIGHT * 4,
    labelWidth: GLYPH_LABEL_WIDTH,
    rowHeight: GLYPH_ROW_HEIGHT,
    dotRadius: 5,
    rows: [
      { kind: 'ordinal', id: 'stateRole', y: y(0), dots: dots(data.stateRole) },
      {
        kind: 'shares',
        id: 'governanceLevel',
        y: y(1),
        segments: segments(GOVERNANCE_LEVELS, data.governance, x0, x1),
      },
      {
        kind: 'shares',
        id: 'sectorFocus',
        y: y(2),
        segments: segments(SECTOR_FAMILIES, data.sectors, x0, x1),
      },
      { kind: 'ordinal', id: 'firmHierarchy', y: y(3), dots: dots(data.hierarchy) },
    ],
  };
}
