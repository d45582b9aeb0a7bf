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
]);

describe('sector heat-map layout', () => {
  it('carries rows and cells through in order, with whole percentages', () => {
    const layout = layoutSectors(rows, SCREEN_TYPE, 'light');
    expect(layout.rows.map((r) => r.row)).toEqual(rows);
    expect(layout.rows[0]!.cells.map((c) => c.cell)).toEqual(rows[0]!.cells);
    expect(layout.rows[1]!.cells.map((c) => c.percent)).toEqual([0, 10, 60, 30]);
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
