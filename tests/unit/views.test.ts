import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { syntheticBundle } from '../../src/cli/synthetic';
import { contrastRatio } from '../../src/charts/palette';
import { SCREEN_TYPE } from '../../src/charts/type-scale';
import { deriveEvidenceView } from '../../src/evidence/derive';
import { validateBundle } from '../../src/corpus/validate';
import { deriveCompare, dropColumn, moveColumn } from '../../src/views/compare/derive';
import { deriveGovernance } from '../../src/views/governance/derive';
import { layoutGovernance } from '../../src/views/governance/layout';
import { deriveHierarchy } from '../../src/views/hierarchy/derive';
import { layoutHierarchy } from '../../src/views/hierarchy/layout';
import { deriveSectors } from '../../src/views/sectors/derive';
import { heatCellStyle } from '../../src/charts/sector-colours';
import { deriveStateRole } from '../../src/views/state-role/derive';
import { layoutStateRole } from '../../src/views/state-role/layout';
import { buildModel, bundledCorpus } from '../support/corpus';

const corpus = bundledCorpus();
const { codebook, models } = corpus;
const byId = (id: string) => models.find((m) => m.id === id)!;

describe('state role', () => {
  const data = deriveStateRole(models, codebook);

  it('places each model on its step, named from the codebook', () => {
    expect(data.models.map((m) => [m.id, m.value, m.stepLabel])).toEqual([
      ['italy', 2, 'enabler'],
      ['france', 4, 'coordinator'],
      ['united-kingdom', 3, 'partner'],
      ['united-states', 4, 'coordinator'],
      ['japan', 5, 'director'],
    ]);
  });

  it('groups every instrument under its type, none lost', () => {
    expect(data.panels.map((p) => p.type)).toEqual([
      'fiscal',
      'financial',
      'infrastructure',
      'legal',
      'institutional',
      'advisory',
      'procurement',
    ]);
    const total = data.panels.reduce((n, p) => n + p.total, 0);
    expect(total).toBe(models.reduce((n, m) => n + m.instruments.length, 0));
    const us = data.panels
      .find((p) => p.type === 'fiscal')!
      .rows.find((r) => r.modelId === 'united-states')!;
    expect(us.instruments.map((i) => i.label)).toEqual([
      'Tax incentives',
      'Early depreciation of fixed assets',
    ]);
  });

  it('lays ties out without overlap and keeps every mark inside the width', () => {
    for (const width of [320, 390, 800, 1920]) {
      const layout = layoutStateRole(data, width, SCREEN_TYPE);
      const ys = layout.rows.map((r) => r.y);
      expect(new Set(ys).size).toBe(ys.length);
      for (const r of layout.rows) {
        expect(r.x).toBeGreaterThanOrEqual(0);
        expect(r.x).toBeLessThanOrEqual(width);
      }
      // France and the United States share step 4 (after review 1).
      const france = layout.rows.find((r) => r.model.id === 'france')!;
      const us = layout.rows.find((r) => r.model.id === 'united-states')!;
      expect(france.x).toBe(us.x);
      expect(layout.narrow).toBe(width < 560);
    }
  });
});

describe('governance', () => {
  it('lists the public actors at each level', () => {
    const france = deriveGovernance([byId('france')])[0]!;
    expect(france.lead).toBe('national');
    expect(france.actorsByLevel.regional).toEqual([
      'Regional branches of the Ministry of Economy, Finance and Industry',
    ]);
    expect(france.actorsByLevel.local).toEqual(['Local authorities']);
  });

  it('draws aligned 100% bars: segments end to end, widths proportional, the lead marked', () => {
    const rows = deriveGovernance(models);
    const layout = layoutGovernance(rows, 900, SCREEN_TYPE, {
      initial: { national: 'N', regional: 'R', local: 'L' },
      lead: 'lead',
      confidence: { high: 'high', medium: 'medium', low: 'low' },
    });
    for (const bar of layout.bars) {
      const first = bar.segments[0]!;
      const last = bar.segments[bar.segments.length - 1]!;
      expect(first.x).toBeCloseTo(layout.plotLeft);
      expect(last.x + last.width).toBeCloseTo(layout.plotRight);
      expect(bar.segments.filter((s) => s.isLead)).toHaveLength(1);
    }
    const japan = layout.bars.find((b) => b.row.id === 'japan')!;
    expect(japan.segments[0]!.width / japan.segments[2]!.width).toBeCloseTo(0.5 / 0.15);
  });
});

describe('sectors', () => {
  it('lists the named sectors in their family cell', () => {
    const japan = deriveSectors([byId('japan')])[0]!;
    expect(japan.cells.find((c) => c.family === 'mixed')!.sectors).toEqual([
      'biomanufacturing',
      'environmental industries',
      'bioinformatics',
    ]);
  });

  it('sorts by any family, largest first, keeping the article order for ties', () => {
    expect(deriveSectors(models, 'traditional').map((r) => r.id)).toEqual([
      'italy',
      'france',
      'united-kingdom',
      'united-states',
      'japan',
    ]);
    expect(deriveSectors(models, 'high-tech').map((r) => r.id)).toEqual([
      'united-states',
      'japan',
      'united-kingdom',
      'france',
      'italy',
    ]);
    expect(deriveSectors(models, null).map((r) => r.id)).toEqual(models.map((m) => m.id));
  });

  it('keeps cell text at ≥ 4.5:1 on every shade, in both themes (1000 runs)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000),
        fc.constantFrom('light' as const, 'dark' as const),
        (share, theme) => {
          const { fill, text } = heatCellStyle(share, theme);
          expect(contrastRatio(fill, text)).toBeGreaterThanOrEqual(4.5);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('hierarchy', () => {
  const graphs = deriveHierarchy(models, codebook);
  const layout = layoutHierarchy(graphs, 1200, SCREEN_TYPE);

  it("shows Japan's strict hierarchy on three tiers and Italy's flat network on one", () => {
    const depth = (id: string) =>
      new Set(layout.panels.find((p) => p.graph.id === id)!.nodes.map((n) => n.y)).size;
    expect(depth('japan')).toBe(3);
    expect(depth('italy')).toBe(1);
  });

  it('keeps every glyph and label inside its panel', () => {
    for (const panel of layout.panels) {
      for (const n of panel.nodes) {
        for (const box of [n.glyph, n.label.box]) {
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(panel.width);
          expect(box.y + box.height).toBeLessThanOrEqual(panel.height);
        }
      }
    }
  });

  it('draws nodes one size with a count badge, and wraps panels to the width', () => {
    const italy = layout.panels.find((p) => p.graph.id === 'italy')!;
    const [firms, institutions] = italy.nodes;
    expect(firms!.glyph.width).toBe(institutions!.glyph.width);
    expect(firms!.badge?.text).toBe('×20');
    expect(layoutHierarchy(graphs, 320, SCREEN_TYPE).columns).toBe(1);
    expect(layoutHierarchy(graphs, 1200, SCREEN_TYPE).columns).toBe(3);
  });

  it('draws a loop for a link from a node to itself, a line between neighbours and lines across tiers', () => {
    const italy = layout.panels.find((p) => p.graph.id === 'italy')!;
    const [loop, shared] = italy.links;
    expect(loop!.d).toMatch(/^M[\d.,-]+ C/);
    expect(shared!.d).toMatch(/^M[\d.,-]+ L[\d.,-]+$/);
    const japan = layout.panels.find((p) => p.graph.id === 'japan')!;
    for (const l of japan.links) expect(l.d).toMatch(/^M[\d.,-]+( L[\d.,-]+)+$/);
  });
});

describe('compare', () => {
  it('has a row per dimension plus actors, instruments and lessons, with one cell per model', () => {
    const rows = deriveCompare(models, codebook);
    expect(rows.map((r) => r.key)).toEqual([
      ...codebook.dimensions.map((d) => d.id),
      'actors',
      'instruments',
      'lessons',
    ]);
    for (const row of rows)
      expect(row.cells.map((c) => c.modelId)).toEqual(models.map((m) => m.id));
  });

  it('marks rows where the models differ, and only those', () => {
    // France and the United States are both coordinators (4), with hierarchies 3 and 4.
    const rows = deriveCompare([byId('france'), byId('united-states')], codebook);
    const differs = Object.fromEntries(rows.map((r) => [r.key, r.differs]));
    expect(differs.stateRole).toBe(false);
    expect(differs.firmHierarchy).toBe(true);
    const same = deriveCompare([buildModel({ id: 'a' }), buildModel({ id: 'b' })], codebook);
    expect(same.every((r) => !r.differs)).toBe(true);
  });

  it('returns numbers, keys and corpus text only: the view says them in words', () => {
    const italy = buildModel({
      id: 'italy',
      lessons: [{ kind: 'challenge', text: 'slow', evidence: ['e1'] }],
    });
    const rows = deriveCompare([italy], codebook);
    const cell = (key: string) => rows.find((r) => r.key === key)!.cells[0]!.value;
    expect(cell('stateRole')).toEqual({ kind: 'ordinal', value: 3, stepLabel: 'partner' });
    expect(cell('governanceLevel')).toEqual({
      kind: 'lead',
      lead: 'national',
      shares: [
        { key: 'national', share: 0.5 },
        { key: 'regional', share: 0.3 },
        { key: 'local', share: 0.2 },
      ],
    });
    expect(cell('sectorFocus')).toEqual({
      kind: 'top-family',
      top: { key: 'traditional', share: 0.25 },
      sectors: [],
    });
    expect(cell('lessons')).toEqual({
      kind: 'lessons',
      items: [{ kind: 'challenge', text: 'slow' }],
    });
    expect(rows.find((r) => r.key === 'actors')!.dimensionLabel).toBeNull();
    expect(rows.find((r) => r.key === 'stateRole')!.dimensionLabel).toBe(
      codebook.dimensions.find((d) => d.id === 'stateRole')!.label,
    );
  });

  it('shows at most five columns', () => {
    const many = syntheticBundle(8, codebook).models;
    expect(deriveCompare(many, codebook)[0]!.cells).toHaveLength(5);
  });

  it('moves columns left and right, and by drop, without losing any', () => {
    const order = ['a', 'b', 'c', 'd'];
    expect(moveColumn(order, 'c', -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveColumn(order, 'a', -1)).toEqual(order);
    expect(moveColumn(order, 'd', 1)).toEqual(order);
    expect(dropColumn(order, 'a', 'c')).toEqual(['b', 'c', 'a', 'd']);
    expect(dropColumn(order, 'd', 'b')).toEqual(['a', 'd', 'b', 'c']);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.nat(),
        (ids, i, j) => {
          const moved = dropColumn(ids, ids[i % ids.length]!, ids[j % ids.length]!);
          expect([...moved].sort()).toEqual([...ids].sort());
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('evidence panel content', () => {
  it('gives a coded value with its step, confidence, rationale and quotes', () => {
    const view = deriveEvidenceView(byId('japan'), 'firmHierarchy', codebook);
    if (view.kind !== 'code') throw new Error('expected a code');
    // Numbers, not words: the panel says "5 of 5" (or "5 из 5") from the catalogue.
    expect(view.score).toEqual({ value: 5, of: 5 });
    expect(view.parts).toEqual([]);
    expect(view.step?.label).toBe('strict hierarchy headed by a lead large company');
    expect(view.confidence).toBe('high');
    expect(view.quotes.map((q) => q.locator)).toEqual(['p30', 'p30']);
  });

  it('gives shares with the lead level for a share dimension', () => {
    const view = deriveEvidenceView(byId('united-kingdom'), 'governanceLevel', codebook);
    if (view.kind !== 'code') throw new Error('expected a code');
    expect(view.score).toBeNull();
    expect(view.parts.map((p) => p.key)).toEqual(['national', 'regional', 'local']);
    expect(view.parts.find((p) => p.lead)?.key).toBe('local');
  });

  it('gives each listed instrument with its own quotes', () => {
    const view = deriveEvidenceView(byId('united-states'), 'instruments', codebook);
    if (view.kind !== 'list') throw new Error('expected a list');
    expect(view.key).toBe('instruments');
    expect(view.items).toHaveLength(10);
    expect(view.items.every((i) => i.quotes.length > 0)).toBe(true);
  });
});

describe('synthetic corpus', () => {
  it('builds 50 valid models, the same for the same seed', () => {
    const a = syntheticBundle(50, codebook, 7);
    expect(validateBundle(JSON.parse(JSON.stringify(a))).ok).toBe(true);
    expect(syntheticBundle(50, codebook, 7)).toEqual(a);
    expect(new Set(a.models.map((m) => m.id)).size).toBe(50);
  });
});
