import { describe, expect, it } from 'vitest';
import { boxesOverlap } from '../../src/charts/text-width';
import { PRESENT_TYPE, SCREEN_TYPE } from '../../src/charts/type-scale';
import { layoutRanking } from '../../src/views/fit/RankingChartLayout';

const ranking = [
  { id: 'near', name: 'United Kingdom', distance: 0.1, index: 2 },
  { id: 'mid', name: 'France', distance: 0.45, index: 1 },
  { id: 'far', name: 'Japan', distance: 1, index: 4 },
];

describe('policy-fit ranking layout', () => {
  for (const type of [SCREEN_TYPE, PRESENT_TYPE]) {
    for (const width of [320, 390, 800, 1280]) {
      it(`keeps names, bars and percentages apart and inside ${width} px at ${type.label} px`, () => {
        const layout = layoutRanking(ranking, width, type);
        const boxes = layout.rows.flatMap((r) => [r.name.box, r.value.box]);
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b) => expect(boxesOverlap(a, b)).toBe(false)),
        );
        for (const b of boxes) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width).toBeLessThanOrEqual(width);
        }
        for (const r of layout.rows) {
          const nameBeside = r.name.box.x + r.name.box.width <= r.bar.x;
          const nameAbove = r.name.box.y + r.name.box.height <= r.y;
          expect(nameBeside || nameAbove).toBe(true);
          expect(r.value.box.x).toBeGreaterThanOrEqual(r.bar.x + r.bar.width);
          expect(r.y + r.bar.height).toBeLessThanOrEqual(layout.height);
        }
      });
    }
  }

  it('ranks in the given order with bars by similarity, models carried through', () => {
    const layout = layoutRanking(ranking, 800, SCREEN_TYPE);
    expect(layout.rows.map((r) => r.model)).toEqual(ranking);
    expect(layout.rows.map((r) => [r.rank, r.similarity])).toEqual([
      [1, 90],
      [2, 55],
      [3, 0],
    ]);
    const [near, mid] = layout.rows;
    expect(near!.bar.width / mid!.bar.width).toBeCloseTo(0.9 / 0.55);
    expect(near!.y).toBeLessThan(mid!.y);
  });

  it('writes at the type scale’s size and grows bars for the projector', () => {
    const screen = layoutRanking(ranking, 1280, SCREEN_TYPE);
    const present = layoutRanking(ranking, 1280, PRESENT_TYPE);
    expect([screen.fontSize, present.fontSize]).toEqual([14, 24]);
    expect(present.rows[0]!.bar.height).toBeGreaterThan(screen.rows[0]!.bar.height);
  });
});
