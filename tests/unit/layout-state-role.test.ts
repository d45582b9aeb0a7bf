import { describe, expect, it } from 'vitest';
import { boxesOverlap } from '../../src/charts/text-width';
import { PRESENT_TYPE, SCREEN_TYPE } from '../../src/charts/type-scale';
import {
  deriveStateRole,
  instrumentMatrix,
  sortPlacedModels,
} from '../../src/views/state-role/derive';
import { layoutStateRole, NARROW_WIDTH } from '../../src/views/state-role/layout';
import type { StateRoleLayout } from '../../src/views/state-role/layout';
import { buildChartModel, codebook, modelsWithInstruments } from '../support/corpus';

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

describe('state-role row order', () => {
  it('sorts by step, strongest first, ties in corpus order', () => {
    const sorted = sortPlacedModels(data.models, 'value');
    expect(sorted.map((m) => m.name)).toEqual([
      'Japan',
      'United Kingdom',
      'United States',
      'Italy',
    ]);
    // Corpus order puts the tie back by corpus position, whatever order it was given in.
    expect(sortPlacedModels([...sorted].reverse(), 'corpus').map((m) => m.id)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(data.models.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lays the sorted rows out top to bottom in that order', () => {
    const layout = layoutStateRole(
      { ...data, models: sortPlacedModels(data.models, 'value') },
      800,
      SCREEN_TYPE,
    );
    const ys = layout.rows.map((r) => r.y);
    expect(layout.rows[0]!.model.name).toBe('Japan');
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('ends each stem at the edge of its mark, never past the mark or before the axis start', () => {
    const layout = layoutStateRole(data, 800, SCREEN_TYPE);
    const radius = Math.sqrt(layout.markSize / Math.PI);
    for (const r of layout.rows) {
      expect(r.stemEnd).toBeGreaterThanOrEqual(layout.plotLeft);
      expect(r.stemEnd).toBeLessThanOrEqual(r.x);
      if (r.model.value > 1) expect(r.stemEnd).toBeCloseTo(r.x - radius, 5);
    }
    expect(layout.stroke.rule).toBeGreaterThanOrEqual(2 * layout.stroke.grid);
  });
});

describe('instruments as a types × models matrix', () => {
  const withInstruments = modelsWithInstruments();
  const matrix = instrumentMatrix(deriveStateRole(withInstruments, codebook()));

  it('has a row per type in the codebook order and a column per model', () => {
    expect(matrix.rows.map((r) => r.type)).toEqual([
      'fiscal',
      'financial',
      'infrastructure',
      'legal',
      'institutional',
      'advisory',
      'procurement',
    ]);
    expect(matrix.columns.map((c) => [c.name, c.total])).toEqual([
      ['Pland', 3],
      ['Qland', 0],
    ]);
    for (const row of matrix.rows) expect(row.cells.map((c) => c.modelId)).toEqual(['p', 'q']);
  });

  it('counts each cell and keeps the names for on-demand reading', () => {
    const fiscal = matrix.rows.find((r) => r.type === 'fiscal')!;
    expect(fiscal.total).toBe(2);
    expect(fiscal.cells.map((c) => c.count)).toEqual([2, 0]);
    expect(fiscal.cells[0]!.instruments.map((i) => i.label)).toEqual([
      'Tax credit',
      'Depreciation',
    ]);
    // The cell's accessible name reads this one string (the cell is memoised on plain values).
    expect(fiscal.cells.map((c) => c.names)).toEqual(['Tax credit; Depreciation', '']);
    expect(matrix.rows.find((r) => r.type === 'legal')!.cells[0]!.count).toBe(1);
    expect(matrix.rows.find((r) => r.type === 'advisory')!.total).toBe(0);
    expect(matrix.maxCount).toBe(2);
  });
});
