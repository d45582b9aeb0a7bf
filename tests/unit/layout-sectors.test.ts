import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/charts/palette';
import { PRESENT_TYPE, SCREEN_TYPE } from '../../src/charts/type-scale';
import { deriveSectors } from '../../src/views/sectors/derive';
import { layoutSectors } from '../../src/views/sectors/layout';
import { buildChartModel } from '../support/corpus';

const rows = deriveSectors([
  buildChartModel('old', {
    sectors: { traditional: 0.8, industrial: 0.2, 'high-tech': 0, mixed: 0 },
  }),
  buildChartModel('new', {
    sectors: { traditional: 0, industrial: 0.1, 'high-tech': 0.6, mixed: 0.3 },
  }),
  buildChartModel('guess', {
    sectors: { traditional: 0.34, industrial: 0.16, 'high-tech': 0.5, mixed: 0 },
    confidence: 'low',
  }),
]);

describe('sector heat-map layout', () => {
  it('carries rows and cells through in order, with whole percentages', () => {
    const layout = layoutSectors(rows, SCREEN_TYPE, 'light');
    expect(layout.rows.map((r) => r.row)).toEqual(rows);
    expect(layout.rows[0]!.cells.map((c) => c.cell)).toEqual(rows[0]!.cells);
    expect(layout.rows[1]!.cells.map((c) => c.shown)).toEqual(['0%', '10%', '60%', '30%']);
    expect(layout.rows[1]!.cells.every((c) => !c.approximate)).toBe(true);
  });

  it('rounds a low-confidence row to 10% and marks it "≈"', () => {
    const guess = layoutSectors(rows, SCREEN_TYPE, 'light').rows[2]!;
    expect(guess.cells.map((c) => c.shown)).toEqual(['≈30%', '≈20%', '≈50%', '≈0%']);
    expect(guess.cells.every((c) => c.approximate)).toBe(true);
  });

  it('gives the legend a shade scale from 0% to 100%, darkening on light and lightening on dark', () => {
    for (const theme of ['light', 'dark'] as const) {
      const { scale } = layoutSectors(rows, SCREEN_TYPE, theme);
      expect(scale.map((s) => s.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
      const bg = theme === 'light' ? '#ffffff' : '#14171c';
      const contrasts = scale.map((s) => contrastRatio(s.fill, bg));
      contrasts.slice(1).forEach((c, i) => expect(c).toBeGreaterThan(contrasts[i]!));
      for (const s of scale) expect(contrastRatio(s.fill, s.text)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('shades a larger share darker on light and lighter on dark, text legible on every cell', () => {
    for (const theme of ['light', 'dark'] as const) {
      const [old] = layoutSectors(rows, SCREEN_TYPE, theme).rows;
      const [traditional, industrial] = old!.cells;
      const bg = theme === 'light' ? '#ffffff' : '#14171c';
      expect(contrastRatio(traditional!.fill, bg)).toBeGreaterThan(
        contrastRatio(industrial!.fill, bg),
      );
      for (const c of old!.cells) expect(contrastRatio(c.fill, c.text)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('sizes the model markers for the medium', () => {
    expect(layoutSectors(rows, SCREEN_TYPE, 'light').markerSize).toBe(14);
    expect(layoutSectors(rows, PRESENT_TYPE, 'light').markerSize).toBe(24);
  });
});
