import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/charts/palette';
import { PRESENT_TYPE, SCREEN_TYPE } from '../../src/charts/type-scale';
import { deriveSectors } from '../../src/views/sectors/derive';
import { boxesOverlap } from '../../src/charts/text-width';
import { layoutSectorSlide, layoutSectors } from '../../src/views/sectors/layout';
import type { SectorSlideLayout, SectorSlideWords } from '../../src/views/sectors/layout';
import { buildChartModel, bundledCorpus } from '../support/corpus';

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

describe('sector heat map on a slide (fitHeight)', () => {
  const bundled = deriveSectors(bundledCorpus().models);
  const family = {
    traditional: 'traditional',
    industrial: 'industrial',
    'high-tech': 'high-tech',
    mixed: 'mixed',
  };
  const WORDS: SectorSlideWords = {
    family,
    initial: { traditional: 'T', industrial: 'I', 'high-tech': 'H', mixed: 'M' },
    confidence: { high: 'high confidence', medium: 'medium confidence', low: 'low confidence' },
    confidenceShort: { high: 'high conf.', medium: 'medium conf.', low: 'low conf.' },
  };
  const RU: SectorSlideWords = {
    family: {
      traditional: 'традиционные',
      industrial: 'промышленные',
      'high-tech': 'высокотехнологичные',
      mixed: 'смешанные',
    },
    initial: { traditional: 'Т', industrial: 'П', 'high-tech': 'В', mixed: 'С' },
    confidence: {
      high: 'высокая уверенность',
      medium: 'средняя уверенность',
      low: 'низкая уверенность',
    },
    confidenceShort: { high: 'выс. увер.', medium: 'сред. увер.', low: 'низк. увер.' },
  };

  const texts = (l: SectorSlideLayout) => [
    ...l.columns.map((c) => c.header.box),
    ...l.rows.flatMap((r) => [r.name.box, r.confidence.box, ...r.cells.map((c) => c.label.box)]),
  ];

  for (const width of [460, 560, 980, 1330, 1880]) {
    for (let height = 480; height <= 950; height += 47) {
      it(`fits the bundled corpus into ${width} × ${height} at 24 px, texts apart and inside`, () => {
        for (const words of [WORDS, RU])
          for (const set of [bundled, bundled.slice(0, 2)]) {
            const layout = layoutSectorSlide(set, width, PRESENT_TYPE, 'light', words, height);
            expect(layout.height).toBeLessThanOrEqual(height);
            expect(layout.fontSize).toBe(24);
            const boxes = texts(layout);
            boxes.forEach((a, i) =>
              boxes.slice(i + 1).forEach((b) => expect(boxesOverlap(a, b)).toBe(false)),
            );
            for (const b of boxes) {
              expect(b.x).toBeGreaterThanOrEqual(0);
              expect(b.x + b.width).toBeLessThanOrEqual(width);
              expect(b.y).toBeGreaterThanOrEqual(0);
              expect(b.y + b.height).toBeLessThanOrEqual(layout.height);
            }
            for (const r of layout.rows)
              for (const c of r.cells) {
                // Each share inside its cell, every cell inside the chart and clear of the names.
                expect(c.label.box.x).toBeGreaterThanOrEqual(c.x);
                expect(c.label.box.x + c.label.box.width).toBeLessThanOrEqual(c.x + c.width);
                expect(c.label.box.height).toBeLessThanOrEqual(c.height);
                expect(c.x + c.width).toBeLessThanOrEqual(width + 0.001);
                for (const other of layout.rows) {
                  expect(boxesOverlap(c, other.name.box)).toBe(false);
                  expect(boxesOverlap(c, other.confidence.box)).toBe(false);
                }
                for (const col of layout.columns)
                  expect(boxesOverlap(c, col.header.box)).toBe(false);
              }
          }
      });
    }
  }

  it('heads the columns with whole names where they fit, staggered or as initials where not', () => {
    expect(layoutSectorSlide(bundled, 1330, PRESENT_TYPE, 'light', WORDS).headers).toBe('one-line');
    expect(layoutSectorSlide(bundled, 460, PRESENT_TYPE, 'light', WORDS).headers).toBe('two-lines');
    expect(layoutSectorSlide(bundled, 460, PRESENT_TYPE, 'light', RU).headers).toBe('initials');
    const initials = layoutSectorSlide(bundled, 460, PRESENT_TYPE, 'light', RU);
    expect(initials.columns.map((c) => c.header.text)).toEqual(['Т', 'П', 'В', 'С']);
  });

  it('puts names above the rows on a narrow chart, beside them on a wide one', () => {
    const narrow = layoutSectorSlide(bundled, 460, PRESENT_TYPE, 'light', WORDS, 640);
    expect(narrow.narrow).toBe(true);
    for (const r of narrow.rows) expect(r.name.box.y + r.name.box.height).toBeLessThanOrEqual(r.y);
    const wide = layoutSectorSlide(bundled, 1330, PRESENT_TYPE, 'light', WORDS, 640);
    expect(wide.narrow).toBe(false);
    for (const r of wide.rows)
      expect(r.name.box.x + r.name.box.width).toBeLessThanOrEqual(r.cells[0]!.x);
  });

  it('spreads a few rows over a tall stage, cells growing, never past twice their step', () => {
    const natural = layoutSectorSlide(bundled.slice(0, 2), 980, PRESENT_TYPE, 'light', WORDS);
    const fitted = layoutSectorSlide(bundled.slice(0, 2), 980, PRESENT_TYPE, 'light', WORDS, 900);
    expect(fitted.height).toBeGreaterThan(natural.height);
    expect(fitted.height).toBeLessThanOrEqual(2 * natural.height);
    expect(fitted.rows[0]!.cells[0]!.height).toBeGreaterThan(natural.rows[0]!.cells[0]!.height);
  });

  it('shades and labels the cells as the page does, carrying rows and estimates through', () => {
    const page = layoutSectors(bundled, PRESENT_TYPE, 'dark');
    const slide = layoutSectorSlide(bundled, 980, PRESENT_TYPE, 'dark', WORDS, 700);
    expect(slide.rows.map((r) => r.row)).toEqual(bundled);
    slide.rows.forEach((r, i) =>
      r.cells.forEach((c, j) => {
        const p = page.rows[i]!.cells[j]!;
        expect([c.fill, c.text, c.shown, c.approximate]).toEqual([
          p.fill,
          p.text,
          p.shown,
          p.approximate,
        ]);
        expect(c.label.text).toBe(p.shown);
      }),
    );
  });
});
