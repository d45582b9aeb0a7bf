import { describe, expect, it } from 'vitest';
import { PRESENT_TYPE, SCREEN_TYPE } from '../../src/charts/type-scale';
import { textWidth } from '../../src/charts/text-width';
import { deriveCard } from '../../src/views/overview/derive';
import { GLYPH_WIDTH, layoutGlyph } from '../../src/views/overview/layout';
import { buildChartModel, codebook } from '../support/corpus';

const ROWS = {
  stateRole: 'State role',
  governanceLevel: 'Governance',
  sectorFocus: 'Sectors',
  firmHierarchy: 'Hierarchy',
};
const card = deriveCard(
  buildChartModel('g', {
    stateRole: 4,
    governance: { national: 0.6, regional: 0.3, local: 0.1 },
  }),
  codebook(),
);

describe('card glyph layout per medium', () => {
  for (const type of [SCREEN_TYPE, PRESENT_TYPE]) {
    it(`keeps row names clear of the marks and everything inside the box at ${type.small} px`, () => {
      const layout = layoutGlyph(card.glyph, GLYPH_WIDTH * type.factor, type, ROWS);
      const longest = Math.max(...Object.values(ROWS).map((n) => textWidth(n, type.small)));
      expect(layout.labelWidth).toBeGreaterThanOrEqual(longest);
      expect(layout.fontSize).toBe(type.small);
      for (const row of layout.rows) {
        expect(row.y - layout.rowHeight / 2).toBeGreaterThanOrEqual(0);
        expect(row.y + layout.rowHeight / 2).toBeLessThanOrEqual(layout.height);
        if (row.kind === 'ordinal') {
          for (const d of row.dots) {
            expect(d.x - layout.dotRadius).toBeGreaterThan(layout.labelWidth);
            expect(d.x + layout.dotRadius).toBeLessThanOrEqual(layout.width);
          }
        } else {
          for (const s of row.segments) {
            expect(s.x).toBeGreaterThanOrEqual(layout.labelWidth);
            expect(s.x + s.width).toBeLessThanOrEqual(layout.width);
          }
        }
      }
      expect(layout.rowHeight).toBeGreaterThan(layout.fontSize);
      expect(layout.barHeight).toBeLessThan(layout.rowHeight);
    });
  }

  it('gives the projector bigger type, dots and rows', () => {
    const screen = layoutGlyph(card.glyph, GLYPH_WIDTH, SCREEN_TYPE, ROWS);
    const present = layoutGlyph(card.glyph, GLYPH_WIDTH * PRESENT_TYPE.factor, PRESENT_TYPE, ROWS);
    expect(present.fontSize).toBe(24);
    expect(screen.fontSize).toBe(12);
    expect(present.dotRadius).toBeGreaterThan(screen.dotRadius);
    expect(present.rowHeight).toBeGreaterThan(screen.rowHeight);
    expect(present.stroke).toBeGreaterThan(screen.stroke);
  });

  it('makes room for longer row names (another language) instead of overlapping them', () => {
    const long = { ...ROWS, governanceLevel: 'Управление кластерами' };
    const layout = layoutGlyph(card.glyph, GLYPH_WIDTH, SCREEN_TYPE, long);
    expect(layout.labelWidth).toBeGreaterThanOrEqual(textWidth(long.governanceLevel, 12));
    const row = layout.rows[0]!;
    if (row.kind !== 'ordinal') throw new Error('expected dots');
    expect(row.dots[0]!.x).toBeGreaterThan(layout.labelWidth);
    expect(row.dots.map((d) => d.filled)).toEqual([true, true, true, true, false]);
  });

  it('gives each row room for the button laid over it: never under a 24 px tap target', () => {
    for (const width of [200, GLYPH_WIDTH, 360]) {
      const layout = layoutGlyph(card.glyph, width, SCREEN_TYPE, ROWS);
      expect(layout.rowHeight).toBeGreaterThanOrEqual(24);
      expect(layout.height).toBe(layout.rowHeight * layout.rows.length);
      // Laid out at the card's width, the glyph is drawn at that width (never scaled down).
      expect(layout.width).toBe(width);
    }
  });
});
