/**
 * Lays out each structure graph in its own panel: tiers top to bottom on a shared vertical scale
 * (so depth compares across panels), nodes spread across their tier, area by count on a shared
 * square-root scale, links as lines (curves within a tier, loops for "among themselves").
 */
import { scalePoint, scaleSqrt } from 'd3-scale';
import type { HierarchyGraph } from './derive';

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface PlacedLink {
  key: string;
  kind: string;
  d: string;
}

export interface PanelLayout {
  id: string;
  width: number;
  height: number;
  nodes: PlacedNode[];
  links: PlacedLink[];
}

export interface HierarchyLayout {
  columns: number;
  panelWidth: number;
  panels: PanelLayout[];
}

const MIN_PANEL = 260;
const GAP = 16;
const TIER_GAP = 64;
const TOP = 34;

export function layoutHierarchy(
  graphs: readonly HierarchyGraph[],
  containerWidth: number,
): HierarchyLayout {
  const columns = Math.max(
    1,
    Math.min(graphs.length, Math.floor((containerWidth + GAP) / (MIN_PANEL + GAP))),
  );
  const panelWidth = Math.floor((containerWidth - GAP * (columns - 1)) / columns);
  const maxTier = Math.max(0, ...graphs.flatMap((g) => g.nodes.map((n) => n.tier)));
  const maxCount = Math.max(1, ...graphs.flatMap((g) => g.nodes.map((n) => n.count)));
  const radius = scaleSqrt().domain([1, maxCount]).range([7, 22]);
  const height = TOP + maxTier * TIER_GAP + 40;
  const panels = graphs.map((g) => {
    const byTier = new Map<number, string[]>();
    for (const n of g.nodes) byTier.set(n.tier, [...(byTier.get(n.tier) ?? []), n.id]);
    const nodes = g.nodes.map((n) => {
      const x = scalePoint<string>()
        .domain(byTier.get(n.tier) ?? [n.id])
        .range([24, panelWidth - 24])
        .padding(0.5);
      return {
        id: n.id,
        x: x(n.id) ?? panelWidth / 2,
        y: TOP + n.tier * TIER_GAP,
        r: radius(n.count),
      };
    });
    const at = new Map(nodes.map((n) => [n.id, n]));
    const links = g.links.flatMap((l, i) => {
      const s = at.get(l.source);
      const t = at.get(l.target);
      if (!s || !t) return [];
      return [{ key: `${l.source}-${l.target}-${i}`, kind: l.kind, d: linkPath(s, t) }];
    });
    return { id: g.id, width: panelWidth, height, nodes, links };
  });
  return { columns, panelWidth, panels };
}

export function linkPath(s: PlacedNode, t: PlacedNode): string {
  const f = (v: number) => Math.round(v * 10) / 10;
  if (s.id === t.id) {
    // A loop above the node: the members of this group work with one another.
    const w = s.r * 0.8;
    return `M${f(s.x - w)},${f(s.y - s.r * 0.6)} C${f(s.x - w * 2.4)},${f(s.y - s.r * 2.8)} ${f(s.x + w * 2.4)},${f(s.y - s.r * 2.8)} ${f(s.x + w)},${f(s.y - s.r * 0.6)}`;
  }
  if (s.y === t.y) {
    const mx = (s.x + t.x) / 2;
    return `M${f(s.x)},${f(s.y)} Q${f(mx)},${f(s.y + 34)} ${f(t.x)},${f(t.y)}`;
  }
  return `M${f(s.x)},${f(s.y)} L${f(t.x)},${f(t.y)}`;
}
