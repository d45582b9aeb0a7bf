import { describe, expect, it } from 'vitest';
import { PRESENT_TYPE, SCREEN_TYPE } from '../../src/charts/type-scale';
import { modelIndex } from '../../src/corpus/derive';
import { deriveGovernance } from '../../src/views/governance/derive';
import { deriveHierarchy } from '../../src/views/hierarchy/derive';
import { layoutHierarchy } from '../../src/views/hierarchy/layout';
import { deriveSectors } from '../../src/views/sectors/derive';
import { layoutSectors } from '../../src/views/sectors/layout';
import { bundledCorpus } from '../support/corpus';

// A change of selection must hand unchanged models the same objects (their memoised panels are
// then skipped), and a change of what they depend on must not.
const bundle = bundledCorpus();
const all = bundle.models;
const indexOf = modelIndex(all);
const withoutSecond = all.filter((_, i) => i !== 1);

describe('governance rows kept across a change of selection', () => {
  it('gives each remaining model the row it had', () => {
    const before = deriveGovernance(all, indexOf);
    const after = deriveGovernance(withoutSecond, indexOf);
    expect(after).toHaveLength(all.length - 1);
    for (const row of after) expect(row).toBe(before.find((r) => r.id === row.id));
  });

  it('makes a new row when the model’s colour (its index) changes', () => {
    const before = deriveGovernance(all, indexOf);
    const shifted = new Map([...indexOf].map(([id, i]) => [id, i + 1]));
    const after = deriveGovernance(all, shifted);
    expect(after[0]).not.toBe(before[0]);
    expect(after[0]?.index).toBe((before[0]?.index ?? 0) + 1);
    expect(after[0]?.shown).toEqual(before[0]?.shown);
  });
});

describe('hierarchy panel layouts kept across a change of selection', () => {
  const graphsAll = deriveHierarchy(all, bundle.codebook, indexOf);
  // The widest diagram sets the columns: leave out the last model, not the widest.
  const graphsFewer = deriveHierarchy(all.slice(0, -1), bundle.codebook, indexOf);

  it('lays out again only what the width or the type changes', () => {
    const before = layoutHierarchy(graphsAll, 1000, SCREEN_TYPE);
    const after = layoutHierarchy(graphsFewer, 1000, SCREEN_TYPE);
    expect(after.panelWidth).toBe(before.panelWidth);
    for (const panel of after.panels)
      expect(panel).toBe(before.panels.find((p) => p.graph.id === panel.graph.id));

    const wider = layoutHierarchy(graphsFewer, 1400, SCREEN_TYPE);
    expect(wider.panelWidth).not.toBe(after.panelWidth);
    for (const panel of wider.panels) expect(panel.width).toBe(wider.panelWidth);

    const projected = layoutHierarchy(graphsFewer, 1000, PRESENT_TYPE);
    const first = projected.panels[0];
    expect(first).not.toBe(after.panels[0]);
    expect(first?.nodes[0]?.label.fontSize).toBeGreaterThan(
      after.panels[0]?.nodes[0]?.label.fontSize ?? Infinity,
    );
  });
});

describe('hierarchy panel needs kept per graph and type', () => {
  // Copies are new graph objects, so nothing is kept for them: the kept needs must lay out the
  // page exactly as needs measured afresh do, whatever order the types and widths come in.
  const fresh = () => structuredClone(deriveHierarchy(all, bundle.codebook, indexOf));
  const kept = deriveHierarchy(all, bundle.codebook, indexOf);
  const shape = (l: ReturnType<typeof layoutHierarchy>) => ({
    columns: l.columns,
    panelWidth: l.panelWidth,
    fonts: l.panels.map((p) => p.nodes.map((n) => n.label.fontSize)),
  });

  it('gives the columns, widths and type sizes a fresh measure gives', () => {
    for (const [width, type] of [
      [1000, SCREEN_TYPE],
      [360, PRESENT_TYPE],
      [1000, PRESENT_TYPE],
      [360, SCREEN_TYPE],
      [1920, PRESENT_TYPE],
    ] as const) {
      expect(shape(layoutHierarchy(kept, width, type))).toEqual(
        shape(layoutHierarchy(fresh(), width, type)),
      );
    }
  });
});

describe('sector rows and their shading kept across a change of selection', () => {
  it('gives each remaining model the row and shaded row it had, in any order', () => {
    const before = layoutSectors(deriveSectors(all, null, indexOf), SCREEN_TYPE, 'light');
    const rows = deriveSectors(withoutSecond, 'high-tech', indexOf);
    const after = layoutSectors(rows, SCREEN_TYPE, 'light');
    expect(after.rows).toHaveLength(all.length - 1);
    for (const shaded of after.rows)
      expect(shaded).toBe(before.rows.find((b) => b.row.id === shaded.row.id));
  });

  it('shades again for the other theme, and derives again for another colour', () => {
    const light = layoutSectors(deriveSectors(all, null, indexOf), SCREEN_TYPE, 'light');
    const dark = layoutSectors(deriveSectors(all, null, indexOf), SCREEN_TYPE, 'dark');
    expect(dark.rows[0]?.row).toBe(light.rows[0]?.row);
    expect(dark.rows[0]).not.toBe(light.rows[0]);
    expect(dark.rows[0]?.cells.map((c) => c.fill)).not.toEqual(
      light.rows[0]?.cells.map((c) => c.fill),
    );
    const shifted = new Map([...indexOf].map(([id, i]) => [id, i + 1]));
    const moved = deriveSectors(all, null, shifted);
    expect(moved[0]).not.toBe(light.rows[0]?.row);
    expect(moved[0]?.index).toBe((light.rows[0]?.row.index ?? 0) + 1);
  });
});
