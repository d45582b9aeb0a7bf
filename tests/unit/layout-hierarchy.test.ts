import { describe, expect, it } from 'vitest';
import { boxesOverlap } from '../../src/charts/text-width';
import type { Box } from '../../src/charts/text-width';
import { PRESENT_TYPE, SCREEN_TYPE } from '../../src/charts/type-scale';
import type { TypeScale } from '../../src/charts/type-scale';
import { deriveHierarchy } from '../../src/views/hierarchy/derive';
import type { HierarchyGraph } from '../../src/views/hierarchy/derive';
import {
  layoutHierarchy,
  layoutHierarchyGrid,
  layoutHierarchyPanels,
} from '../../src/views/hierarchy/layout';
import type { PanelLayout, Point } from '../../src/views/hierarchy/layout';
import { countCrossings, initialOrder, orderTiers } from '../../src/views/hierarchy/order';
import type { TierOrder } from '../../src/views/hierarchy/order';
import { fitInOrder, straighten } from '../../src/views/hierarchy/straighten';
import { layoutOutline } from '../../src/views/hierarchy/outline';
import type { OutlineLayout } from '../../src/views/hierarchy/outline';
import { layoutHierarchySlide } from '../../src/views/hierarchy/slide-layout';
import type { HierarchySlideLayout } from '../../src/views/hierarchy/slide-layout';
import { wrapIndented, wrapLabel } from '../../src/views/hierarchy/wrap';
import { buildChartModel, bundledCorpus, codebook } from '../support/corpus';

const flat = buildChartModel('flat', {
  hierarchy: {
    nodes: [
      { id: 'firms', type: 'sme', label: 'small firms', tier: 0, count: 40 },
      { id: 'inst', type: 'collective-institution', label: 'consortium', tier: 0, count: 1 },
    ],
    links: [
      { source: 'firms', target: 'firms', kind: 'cooperation' },
      { source: 'firms', target: 'inst', kind: 'shared-services' },
    ],
  },
});
const deep = buildChartModel('deep', {
  hierarchy: {
    nodes: [
      { id: 'lead', type: 'large-firm', label: 'lead firm', tier: 0, count: 1 },
      { id: 't1', type: 'sme', label: 'first tier', tier: 1, count: 10 },
      { id: 'lab', type: 'research-centre', label: 'lab', tier: 1, count: 2 },
      { id: 't2', type: 'sme', label: 'second tier', tier: 2, count: 30 },
    ],
    links: [
      { source: 'lead', target: 't1', kind: 'subcontracting' },
      { source: 'lead', target: 'lab', kind: 'research' },
      { source: 't1', target: 't2', kind: 'subcontracting' },
    ],
  },
});
/** Listed so that the corpus order crosses: a→y, b→x with x before y below. */
const crossed = buildChartModel('crossed', {
  hierarchy: {
    nodes: [
      { id: 'a', type: 'large-firm', label: 'alpha', tier: 0, count: 1 },
      { id: 'b', type: 'university', label: 'beta', tier: 0, count: 1 },
      { id: 'c', type: 'agency', label: 'gamma', tier: 0, count: 1 },
      { id: 'x', type: 'sme', label: 'ex', tier: 1, count: 3 },
      { id: 'y', type: 'sme', label: 'why', tier: 1, count: 3 },
      { id: 'z', type: 'sme', label: 'zed', tier: 2, count: 3 },
    ],
    links: [
      { source: 'a', target: 'y', kind: 'subcontracting' },
      { source: 'b', target: 'x', kind: 'research' },
      { source: 'c', target: 'x', kind: 'advice' },
      { source: 'a', target: 'z', kind: 'contract' },
      { source: 'c', target: 'a', kind: 'cooperation' },
    ],
  },
});
const built = deriveHierarchy([flat, deep, crossed], codebook());
const bundled = deriveHierarchy(bundledCorpus().models, bundledCorpus().codebook);

/** Every box of text in a panel: labels (one per node) and count badges. */
function textBoxes(panel: PanelLayout): { name: string; box: Box }[] {
  return panel.nodes.flatMap((n) => [
    { name: `label of ${n.node.id}`, box: n.label.box },
    ...(n.badge ? [{ name: `badge of ${n.node.id}`, box: n.badge.box }] : []),
  ]);
}

/** Whether a straight segment passes through the inside of a box (Liang–Barsky clipping). */
function segmentHitsBox([a, b]: [Point, Point], box: Box): boolean {
  const inset = 0.5;
  const [x0, y0] = a;
  const dx = b[0] - x0;
  const dy = b[1] - y0;
  let lo = 0;
  let hi = 1;
  const edges: [number, number][] = [
    [-dx, x0 - (box.x + inset)],
    [dx, box.x + box.width - inset - x0],
    [-dy, y0 - (box.y + inset)],
    [dy, box.y + box.height - inset - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) lo = Math.max(lo, r);
      else hi = Math.min(hi, r);
    }
  }
  return lo < hi;
}

/** The fewest crossings any order of the tiers can have, by trying every one (small graphs). */
function minimumCrossings(order: TierOrder): number {
  const permutations = <T>(xs: T[]): T[][] =>
    xs.length <= 1
      ? [xs]
      : xs.flatMap((x, i) =>
          permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]),
        );
  let best = Infinity;
  const walk = (t: number, tiers: TierOrder['tiers']) => {
    if (t === order.tiers.length) {
      best = Math.min(best, countCrossings({ tiers, segments: order.segments }));
      return;
    }
    for (const p of permutations(order.tiers[t]!)) walk(t + 1, [...tiers, p]);
  };
  walk(0, []);
  return best;
}

function checkPanel(panel: PanelLayout) {
  const texts = textBoxes(panel);
  const svg: Box = { x: 0, y: 0, width: panel.width, height: panel.height };
  for (const { name, box } of texts) {
    expect(box.x, `${name} left`).toBeGreaterThanOrEqual(0);
    expect(box.y, `${name} top`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${name} right`).toBeLessThanOrEqual(svg.width);
    expect(box.y + box.height, `${name} bottom`).toBeLessThanOrEqual(svg.height);
    for (const n of panel.nodes) {
      // A badge sits on its own glyph's corner by design, but never on the letter in its middle.
      const own = name === `badge of ${n.node.id}`;
      const letter = { x: n.x - n.glyph.width * 0.3, y: n.y - n.glyph.height * 0.3 };
      const target = own
        ? { ...letter, width: n.glyph.width * 0.6, height: n.glyph.height * 0.6 }
        : n.glyph;
      expect(boxesOverlap(box, target), `${name} on glyph of ${n.node.id}`).toBe(false);
    }
  }
  texts.forEach((a, i) =>
    texts
      .slice(i + 1)
      .forEach((b) => expect(boxesOverlap(a.box, b.box), `${a.name} / ${b.name}`).toBe(false)),
  );
  for (const link of panel.links) {
    for (const seg of link.segments)
      for (const { name, box } of texts)
        expect(segmentHitsBox(seg, box), `${link.key} through ${name}`).toBe(false);
    if (link.curve)
      for (const { name, box } of texts)
        expect(boxesOverlap(link.curve, box), `${link.key} curve on ${name}`).toBe(false);
  }
  panel.nodes.forEach((a, i) =>
    panel.nodes
      .slice(i + 1)
      .forEach((b) => expect(boxesOverlap(a.hit, b.hit), `${a.node.id}/${b.node.id}`).toBe(false)),
  );
}

describe('hierarchy tier order', () => {
  it('counts crossings between adjacent tiers, and none for links sharing an end', () => {
    const order = initialOrder(crossed.codes.firmHierarchy.structure);
    // a→y and a→z (through its waypoint, listed after x and y) each cross b→x and c→x; b→x and
    // c→x share x; c→a is within a tier and is not counted.
    expect(countCrossings(order)).toBe(4);
    expect(order.tiers[1]!.map((e) => e.waypoint)).toEqual([false, false, true]);
  });

  it('orders tiers to the fewest crossings possible on built graphs, never more than before', () => {
    for (const g of built) {
      const before = countCrossings(initialOrder(g));
      const after = orderTiers(g);
      expect(countCrossings(after), g.id).toBeLessThanOrEqual(before);
      expect(countCrossings(after), g.id).toBe(minimumCrossings(after));
    }
    expect(countCrossings(orderTiers(built[2]!))).toBe(0);
  });

  it('reaches the minimum on every bundled model', () => {
    const report = bundled.map((g) => {
      const before = countCrossings(initialOrder(g));
      const after = orderTiers(g);
      expect(countCrossings(after), g.id).toBe(minimumCrossings(after));
      return `${g.id} ${before}→${countCrossings(after)}`;
    });
    expect(report).toHaveLength(5);
    console.info(`hierarchy crossings (corpus order → ordered): ${report.join(', ')}`);
  });
});

describe('hierarchy positions within a tier', () => {
  const e = (id: string, half = 10) => ({ id, left: half, right: half });
  it('puts entries where they are wanted when they fit, and spreads a crowd evenly about its mean', () => {
    expect(fitInOrder([e('a'), e('b')], [50, 150], { lo: 0, hi: 300 })).toEqual([50, 150]);
    // Both want 100 but need 20 between them: 90 and 110.
    expect(fitInOrder([e('a'), e('b')], [100, 100], { lo: 0, hi: 300 })).toEqual([90, 110]);
    // Kept in order and in bounds: the second cannot pass the first, nor leave the panel.
    expect(fitInOrder([e('a'), e('b')], [200, 0], { lo: 0, hi: 300 })).toEqual([90, 110]);
    expect(fitInOrder([e('a'), e('b')], [295, 300], { lo: 0, hi: 300 })).toEqual([270, 290]);
    expect(fitInOrder([e('a', 200)], [10], { lo: 0, hi: 300 })).toBeNull();
  });

  it('draws a lone child under its parent', () => {
    const x = straighten(
      [[e('p'), e('q')], [e('c')]],
      [['p', 'c']],
      new Map([
        ['p', 50],
        ['q', 250],
        ['c', 150],
      ]),
      { lo: 0, hi: 300 },
    );
    expect(x.get('c')).toBe(x.get('p'));
  });
});

describe('hierarchy label wrapping', () => {
  it('wraps at spaces and after hyphens, never inside a word', () => {
    expect(wrapLabel('Small and medium-sized businesses', 90, 12)).toEqual([
      'Small and',
      'medium-sized',
      'businesses',
    ]);
    expect(wrapLabel('Corporations-contractors', 100, 12)).toEqual([
      'Corporations-',
      'contractors',
    ]);
    expect(wrapLabel('lab', 100, 12)).toEqual(['lab']);
  });
});

describe('hierarchy layout', () => {
  const cases: [string, TypeScale, number][] = [
    ['screen', SCREEN_TYPE, 350],
    ['screen', SCREEN_TYPE, 660],
    ['screen', SCREEN_TYPE, 960],
    ['screen', SCREEN_TYPE, 1200],
    ['projector', PRESENT_TYPE, 1200],
    ['projector', PRESENT_TYPE, 1850],
  ];
  for (const [medium, type, width] of cases) {
    it(`keeps labels apart, inside the svg and clear of links and loops (${medium}, ${width} px)`, () => {
      for (const graphs of [built, bundled]) {
        const layout = layoutHierarchy(graphs, width, type);
        expect(layout.columns * layout.panelWidth).toBeLessThanOrEqual(width);
        layout.panels.forEach(checkPanel);
      }
    });
  }

  it('lays out the first panels alone as it lays them out among all (a long grid, a screen at a time)', () => {
    for (const width of [390, 1200]) {
      const whole = layoutHierarchy(bundled, width, SCREEN_TYPE);
      const grid = layoutHierarchyGrid(bundled, width, SCREEN_TYPE);
      expect(grid).toMatchObject({
        columns: whole.columns,
        panelWidth: whole.panelWidth,
        glyph: whole.glyph,
        stroke: whole.stroke,
      });
      for (const shown of [1, 3, bundled.length])
        expect(layoutHierarchyPanels(bundled.slice(0, shown), grid)).toEqual(
          whole.panels.slice(0, shown),
        );
    }
  });

  it('reports the crossings of each panel and draws the ordered tiers', () => {
    const layout = layoutHierarchy(built, 1200, SCREEN_TYPE);
    const panel = layout.panels[2]!;
    expect(panel.crossings).toEqual({ before: 4, after: 0 });
    const x = (id: string) => panel.nodes.find((n) => n.node.id === id)!.x;
    // b and c lead to x, a to y: so b and c sit on x's side of a, and x left of y or the mirror.
    expect(Math.sign(x('x') - x('y'))).toBe(Math.sign(x('c') - x('a')));
  });

  it('gives every node one size, whatever its count, and badges counts above one', () => {
    const japan = layoutHierarchy(bundled, 1200, SCREEN_TYPE).panels.find(
      (p) => p.graph.id === 'japan',
    )!;
    const lead = japan.nodes.find((n) => n.node.id === 'lead-company')!;
    const small = japan.nodes.find((n) => n.node.id === 'smes')!;
    expect(lead.glyph.width).toBe(small.glyph.width);
    expect(lead.badge).toBeNull();
    expect(small.badge?.text).toBe('×10');
  });

  it("draws Italy's cooperation loop beside its node, level with the glyph, not over text", () => {
    const italy = layoutHierarchy(bundled, 1200, SCREEN_TYPE).panels.find(
      (p) => p.graph.id === 'italy',
    )!;
    const loop = italy.links.find((l) => l.link.source === l.link.target)!;
    const craft = italy.nodes.find((n) => n.node.id === 'craft-firms')!;
    expect(loop.curve).not.toBeNull();
    expect(loop.curve!.x + loop.curve!.width).toBeLessThanOrEqual(craft.glyph.x);
    expect(loop.curve!.y).toBeGreaterThanOrEqual(craft.glyph.y);
    expect(loop.curve!.y + loop.curve!.height).toBeLessThanOrEqual(
      craft.glyph.y + craft.glyph.height,
    );
    expect(loop.curve!.x).toBeGreaterThanOrEqual(0);
  });

  it('routes a link that skips a tier through a lane of its own', () => {
    const japan = layoutHierarchy(bundled, 1200, SCREEN_TYPE).panels.find(
      (p) => p.graph.id === 'japan',
    )!;
    // The cooperative research centres (tier 0) reach the medium and small firms (tier 2).
    const skip = japan.links.find(
      (l) => l.link.source === 'coop-centres' && l.link.target === 'smes',
    )!;
    const other = japan.nodes.find((n) => n.node.id === 'large-firms')!;
    const passing = skip.segments.filter(
      ([a, b]) => a[0] === b[0] && a[1] <= other.glyph.y && b[1] >= other.label.box.y,
    );
    expect(passing).toHaveLength(1);
    expect(Math.abs(passing[0]![0][0] - other.x)).toBeGreaterThan(other.label.box.width / 2);
  });

  it('sizes each panel by its own tiers and sets two or three panels across at wide widths', () => {
    const layout = layoutHierarchy(bundled, 1200, SCREEN_TYPE);
    const height = (id: string) => layout.panels.find((p) => p.graph.id === id)!.height;
    expect(height('italy')).toBeLessThan(height('france'));
    expect(height('france')).toBeLessThan(height('japan'));
    expect(layout.columns).toBe(3);
    expect(layoutHierarchy(bundled, 960, SCREEN_TYPE).columns).toBeGreaterThanOrEqual(2);
    // France's diagram is four nodes wide (its largest companies apart from its local groups).
    expect(layoutHierarchy(bundled, 760, SCREEN_TYPE).columns).toBe(2);
    expect(layoutHierarchy(bundled, 660, SCREEN_TYPE).columns).toBe(1);
    expect(layoutHierarchy(bundled, 350, SCREEN_TYPE).columns).toBe(1);
  });

  it('grows glyphs, labels and strokes for the projector', () => {
    const screen = layoutHierarchy(built, 1280, SCREEN_TYPE);
    const present = layoutHierarchy(built, 1280, PRESENT_TYPE);
    expect(present.glyph.size).toBeGreaterThan(screen.glyph.size);
    expect(present.panels[1]!.nodes[0]!.label.fontSize).toBe(24);
    expect(present.panels[0]!.height).toBeGreaterThan(screen.panels[0]!.height);
    expect(present.stroke.link).toBeGreaterThan(screen.stroke.link);
  });

  it("shrinks the projector's type on a phone-wide panel until its words fit, never under 12 px", () => {
    const phone = layoutHierarchy(bundled, 350, PRESENT_TYPE);
    expect(phone.columns).toBe(1);
    const sizes = phone.panels.flatMap((p) => p.nodes.map((n) => n.label.fontSize));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    expect(Math.max(...sizes)).toBeLessThan(24);
    phone.panels.forEach(checkPanel);
    expect(layoutHierarchy(bundled, 1850, PRESENT_TYPE).panels[0]!.nodes[0]!.label.fontSize).toBe(
      24,
    );
  });

  it('carries graphs, nodes and links through and puts tiers top to bottom', () => {
    const layout = layoutHierarchy(built, 1200, SCREEN_TYPE);
    expect(layout.panels.map((p) => p.graph)).toEqual(built as HierarchyGraph[]);
    const deepPanel = layout.panels[1]!;
    expect(deepPanel.nodes.map((n) => n.node)).toEqual(built[1]!.nodes);
    expect(deepPanel.links.map((l) => l.link)).toEqual(built[1]!.links);
    const y = (id: string) => deepPanel.nodes.find((n) => n.node.id === id)!.y;
    expect(y('lead')).toBeLessThan(y('t1'));
    expect(y('t1')).toBe(y('lab'));
    expect(y('t1')).toBeLessThan(y('t2'));
  });
});

describe('hierarchy outline (a slide too narrow or short for the tiers)', () => {
  /** Every text box of an outline: label lines and badges. */
  const outlineTexts = (o: OutlineLayout) =>
    o.nodes.flatMap((n) => [
      ...n.lines.map((l) => ({ name: `line "${l.text}"`, box: l.box })),
      ...(n.badge ? [{ name: `badge of ${n.node.id}`, box: n.badge.box }] : []),
    ]);

  function checkOutline(o: OutlineLayout) {
    const texts = outlineTexts(o);
    for (const { name, box } of texts) {
      expect(box.x, `${name} left`).toBeGreaterThanOrEqual(0);
      expect(box.y, `${name} top`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${name} right`).toBeLessThanOrEqual(o.width);
      expect(box.y + box.height, `${name} bottom`).toBeLessThanOrEqual(o.height);
      for (const n of o.nodes)
        expect(boxesOverlap(box, n.glyph), `${name} on glyph of ${n.node.id}`).toBe(false);
      for (const link of o.links)
        for (const seg of link.segments)
          expect(segmentHitsBox(seg, box), `${link.key} through ${name}`).toBe(false);
    }
    texts.forEach((a, i) =>
      texts
        .slice(i + 1)
        .forEach((b) => expect(boxesOverlap(a.box, b.box), `${a.name} / ${b.name}`).toBe(false)),
    );
    for (const link of o.links)
      for (const seg of link.segments)
        for (const n of o.nodes)
          expect(segmentHitsBox(seg, n.glyph), `${link.key} through ${n.node.id}`).toBe(false);
    o.nodes.forEach((a, i) =>
      o.nodes.slice(i + 1).forEach((b) => expect(boxesOverlap(a.hit, b.hit)).toBe(false)),
    );
  }

  it('orders the rows without crossings and keeps text clear of glyphs, lanes and other text', () => {
    for (const g of [...built, ...bundled])
      for (const width of [400, 460, 600, 900]) {
        const o = layoutOutline(g, width, PRESENT_TYPE);
        expect(o, `${g.id} at ${width}`).not.toBeNull();
        expect(o!.crossings, g.id).toBe(0);
        checkOutline(o!);
      }
  });

  it('indents each node by its tier, its label beside its glyph and its count before the label', () => {
    const japan = layoutOutline(
      bundled.find((g) => g.id === 'japan')!,
      900,
      PRESENT_TYPE,
    )!;
    const x = (id: string) => japan.nodes.find((n) => n.node.id === id)!.glyph.x;
    expect(x('lead-company')).toBeLessThan(x('large-firms'));
    expect(x('large-firms')).toBeLessThan(x('smes'));
    const small = japan.nodes.find((n) => n.node.id === 'smes')!;
    expect(small.badge?.text).toBe('×10');
    expect(small.badge!.box.x).toBeGreaterThanOrEqual(small.glyph.x + small.glyph.width);
    expect(small.lines[0]!.box.x).toBeGreaterThan(small.badge!.box.x + small.badge!.box.width);
    expect(small.lines[0]!.box.height).toBe(24);
  });

  it('says where a word is too wide for the width instead of drawing past the card', () => {
    expect(
      layoutOutline(
        bundled.find((g) => g.id === 'france')!,
        200,
        PRESENT_TYPE,
      ),
    ).toBeNull();
  });

  it('wraps a label whose first line starts after a badge', () => {
    expect(wrapIndented('Small and medium-sized businesses', 60, 110, 12)).toEqual([
      'Small',
      'and medium-',
      'sized',
      'businesses',
    ]);
    expect(wrapIndented('Universities', 10, 120, 12)).toEqual(['', 'Universities']);
    expect(wrapIndented('Universities', 10, 50, 12)).toBeNull();
  });
});

describe('hierarchy slide (cards in columns for a box)', () => {
  const pick = (ids: string[]) => ids.map((id) => bundled.find((g) => g.id === id)!);
  const WORDS = {
    step: (g: HierarchyGraph) =>
      `${g.value} — ${g.stepLabel}${g.confidence === 'low' ? ' (low confidence)' : ''}`,
  };
  // The tour's two steps (five-ways 5 and 6) and a lecturer's step with every model.
  const sets: [string, HierarchyGraph[]][] = [
    ['japan, italy', pick(['japan', 'italy'])],
    ['france, united states, united kingdom', pick(['france', 'united-states', 'united-kingdom'])],
    ['all five', bundled],
  ];

  function checkSlide(l: HierarchySlideLayout, box: { width: number; height: number }) {
    l.panels.forEach((p, i) => {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.x + p.width).toBeLessThanOrEqual(box.width);
      expect(p.y + p.height).toBeLessThanOrEqual(l.height);
      for (const q of l.panels.slice(i + 1)) expect(boxesOverlap(p, q)).toBe(false);
      const header = [...p.name, ...p.step];
      const diagram = p.diagram.layout;
      const below = p.diagramY;
      for (const t of header) {
        expect(t.box.x + t.box.width).toBeLessThanOrEqual(p.width);
        expect(t.box.y + t.box.height).toBeLessThanOrEqual(below);
      }
      expect(p.diagramX + diagram.width).toBeLessThanOrEqual(p.width);
      expect(p.diagramY + diagram.height).toBeLessThanOrEqual(p.height);
      if (p.diagram.kind === 'tiers') {
        checkPanel(p.diagram.layout);
        expect(p.diagram.layout.crossings.after).toBe(0);
      } else expect(p.diagram.layout.crossings).toBe(0);
    });
  }

  for (const width of [460, 560, 980, 1330, 1880]) {
    for (let height = 480; height <= 950; height += 47) {
      it(`sets the cards in ${width} × ${height}, apart, inside, no text over text or links`, () => {
        for (const [name, graphs] of sets) {
          const box = { width, height };
          const l = layoutHierarchySlide(graphs, box, PRESENT_TYPE, WORDS);
          // Five diagrams in a box half a small screen wide fit at no legible size: the layout
          // says so (and draws the smallest it can); everything else fits the box.
          if (name !== 'all five' || width > 460 || height > 530) {
            expect(l.fits, name).toBe(true);
            expect(l.height, name).toBeLessThanOrEqual(height);
          }
          expect(l.fontSize, name).toBeGreaterThanOrEqual(12);
          checkSlide(l, box);
        }
      });
    }
  }

  it('keeps the 24 px type, leaving out (and naming) the models that do not fit rather than shrinking', () => {
    const at = (graphs: HierarchyGraph[], width: number, height: number) =>
      layoutHierarchySlide(graphs, { width, height }, PRESENT_TYPE, WORDS);
    const [japanItaly, threeModels] = [sets[0]![1], sets[1]![1]];
    for (const width of [980, 1330, 1880])
      for (let height = 480; height <= 950; height += 47) {
        expect(at(japanItaly, width, height).fontSize).toBe(24);
        expect(at(japanItaly, width, height).hidden).toEqual([]);
      }
    for (const width of [1330, 1880])
      for (let height = 574; height <= 950; height += 47)
        expect(at(threeModels, width, height).hidden).toEqual([]);
    // France's six nodes need a little more height: at 1330 × 527 the last model waits.
    expect(at(threeModels, 1330, 527).hidden.map((g) => g.id)).toEqual([threeModels.at(-1)!.id]);
    // 1024 × 768 leaves about 964 × 480: three diagrams' words need more room at 24 px, so the
    // last model given is left out and named, and the type stays 24 px.
    const small = at(threeModels, 964, 480);
    expect(small.fontSize).toBe(24);
    expect(small.fits).toBe(true);
    expect(small.hidden.map((g) => g.id)).toEqual([threeModels.at(-1)!.id]);
    expect(small.panels).toHaveLength(threeModels.length - 1);
    // Every model at 1920 × 1080.
    expect(at(bundled, 1860, 760).fontSize).toBe(24);
    expect(at(bundled, 1860, 760).hidden).toEqual([]);
    // Only where not even one model fits does the type shrink.
    const tiny = at(japanItaly, 300, 200);
    expect(tiny.panels).toHaveLength(1);
    expect(tiny.shrunk).toBe(true);
  });

  it("uses the tiered diagram where it fits, and the page's own spacing where that fits too", () => {
    const wide = layoutHierarchySlide(
      sets[0]![1],
      { width: 1860, height: 850 },
      PRESENT_TYPE,
      WORDS,
    );
    expect(wide.mode).toBe('tiers');
    expect(wide.columns).toBe(2);
    const japan = wide.panels[0]!.diagram;
    const page = layoutHierarchy([bundled.find((g) => g.id === 'japan')!], 1200, PRESENT_TYPE);
    expect(japan.kind === 'tiers' && japan.layout.height).toBe(page.panels[0]!.height);
    const narrow = layoutHierarchySlide(
      sets[1]![1],
      { width: 1306, height: 580 },
      PRESENT_TYPE,
      WORDS,
    );
    expect(narrow.mode).toBe('outline');
    expect(narrow.columns).toBe(3);
    expect(narrow.fontSize).toBe(24);
  });
});
