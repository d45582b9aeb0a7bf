import { describe, expect, it } from 'vitest';
import { boxesOverlap } from '../../src/charts/text-width';
import { PRESENT_TYPE, SCREEN_TYPE } from '../../src/charts/type-scale';
import { deriveHierarchy } from '../../src/views/hierarchy/derive';
import { layoutHierarchy } from '../../src/views/hierarchy/layout';
import { buildChartModel, codebook } from '../support/corpus';

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
const graphs = deriveHierarchy([flat, deep], codebook());

describe('hierarchy layout', () => {
  for (const type of [SCREEN_TYPE, PRESENT_TYPE]) {
    for (const width of [320, 800, 1280]) {
      it(`keeps nodes and their hit boxes inside and apart at ${width} px, ${type.label} px type`, () => {
        const layout = layoutHierarchy(graphs, width, type);
        expect(layout.columns * layout.panelWidth).toBeLessThanOrEqual(width);
        for (const panel of layout.panels) {
          for (const n of panel.nodes) {
            expect(n.x - n.r).toBeGreaterThanOrEqual(0);
            expect(n.x + n.r).toBeLessThanOrEqual(panel.width);
            expect(n.y + n.r).toBeLessThanOrEqual(panel.height);
            expect(n.hit.width).toBeGreaterThanOrEqual(24);
          }
          panel.nodes.forEach((a, i) =>
            panel.nodes
              .slice(i + 1)
              .forEach((b) =>
                expect(boxesOverlap(a.hit, b.hit), `${a.node.id}/${b.node.id}`).toBe(false),
              ),
          );
        }
      });
    }
  }

  it('carries graphs, nodes and links through and puts tiers top to bottom', () => {
    const layout = layoutHierarchy(graphs, 1200, SCREEN_TYPE);
    expect(layout.panels.map((p) => p.graph)).toEqual(graphs);
    const deepPanel = layout.panels[1]!;
    expect(deepPanel.nodes.map((n) => n.node)).toEqual(graphs[1]!.nodes);
    expect(deepPanel.links.map((l) => l.link)).toEqual(graphs[1]!.links);
    const y = (id: string) => deepPanel.nodes.find((n) => n.node.id === id)!.y;
    expect(y('lead')).toBeLessThan(y('t1'));
    expect(y('t1')).toBe(y('lab'));
    expect(y('t1')).toBeLessThan(y('t2'));
    expect(new Set(layout.panels.map((p) => p.height)).size).toBe(1);
  });

  it('grows nodes, tiers and strokes for the projector', () => {
    const screen = layoutHierarchy(graphs, 1280, SCREEN_TYPE);
    const present = layoutHierarchy(graphs, 1280, PRESENT_TYPE);
    const r = (l: typeof screen) => l.panels[1]!.nodes[0]!.r;
    expect(r(present)).toBeGreaterThan(r(screen));
    expect(present.panels[0]!.height).toBeGreaterThan(screen.panels[0]!.height);
    expect(present.stroke.link).toBeGreaterThan(screen.stroke.link);
    expect(present.legend.shapeRadius).toBeGreaterThan(screen.legend.shapeRadius);
  });
});
