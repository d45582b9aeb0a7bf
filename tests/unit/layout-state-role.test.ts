import { describe, expect, it } from 'vitest';
import { boxesOverlap } from '../../src/charts/text-width';
import { PRESENT_TYPE, SCREEN_TYPE } from '../../src/charts/type-scale';
import { deriveStateRole } from '../../src/views/state-role/derive';
import { layoutStateRole, NARROW_WIDTH } from '../../src/views/state-role/layout';
import type { StateRoleLayout } from '../../src/views/state-role/layout';
import { buildChartModel, codebook } from '../support/corpus';

const models = [
  buildChartModel('a', { name: 'United Kingdom', stateRole: 3 }),
  buildChartModel('b', { name: 'United States', stateRole: 3 }),
  buildChartModel('c', { name: 'Japan', stateRole: 5 }),
  buildChartModel('d', { name: 'Italy', stateRole: 1 }),
];
const data = deriveStateRole(models, codebook());

const allLabels = (l: StateRoleLayout) => [
  ...l.rows.map((r) => r.label.box),
  ...l.ticks.flatMap((t) => (t.label ? [t.label.box] : [])),
];

describe('state-role layout', () => {
  for (const type of [SCREEN_TYPE, PRESENT_TYPE]) {
    for (const width of [320, 390, 800, 1280]) {
      it(`keeps labels apart and inside ${width} px at ${type.label} px type`, () => {
        const layout = layoutStateRole(data, width, type);
        const boxes = allLabels(layout);
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b) => expect(boxesOverlap(a, b)).toBe(false)),
        );
        for (const b of boxes) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width).toBeLessThanOrEqual(width);
          expect(b.y + b.height).toBeLessThanOrEqual(layout.height);
        }
        for (const r of layout.rows) {
          expect(r.hit.x).toBeGreaterThanOrEqual(0);
          expect(r.hit.x + r.hit.width).toBeLessThanOrEqual(width);
          expect(r.hit.width).toBeGreaterThanOrEqual(24);
        }
        expect(layout.narrow).toBe(width < NARROW_WIDTH);
      });
    }
  }

  it('carries each model through, one row each, ties on one x and never on one y', () => {
    const layout = layoutStateRole(data, 800, SCREEN_TYPE);
    expect(layout.rows.map((r) => r.model)).toEqual(data.models);
    const [uk, us, japan, italy] = layout.rows;
    expect(uk!.x).toBe(us!.x);
    expect(new Set(layout.rows.map((r) => r.y)).size).toBe(4);
    expect(italy!.x).toBeLessThan(uk!.x);
    expect(uk!.x).toBeLessThan(japan!.x);
    expect(layout.ticks.map((t) => t.step.value)).toEqual([1, 2, 3, 4, 5]);
  });

  it('sizes type and marks from the type scale', () => {
    const screen = layoutStateRole(data, 1280, SCREEN_TYPE);
    const present = layoutStateRole(data, 1280, PRESENT_TYPE);
    expect(screen.fontSize).toBe(14);
    expect(present.fontSize).toBe(24);
    expect(present.markSize).toBeGreaterThan(screen.markSize);
    expect(present.height).toBeGreaterThan(screen.height);
    expect(present.stroke.axis).toBeGreaterThan(screen.stroke.axis);
  });

  it('names the steps under the axis where there is room, and leaves them out where not', () => {
    expect(layoutStateRole(data, 1280, SCREEN_TYPE).ticks.every((t) => t.label)).toBe(true);
    expect(layoutStateRole(data, 390, SCREEN_TYPE).ticks.every((t) => !t.label)).toBe(true);
  });
});
