/**
 * Lays out each structure graph in its own panel: tiers top to bottom on a shared vertical scale
 * (so depth compares across panels), nodes spread across their tier, area by count on a shared
 * square-root scale, links as lines (curves within a tier, loops for "among themselves"). Sizes
 * and strokes follow the medium's type scale; nodes and links carry their data.
 */
import { scalePoint, scaleSqrt } from 'd3-scale';
import type { Box } from '../../charts/text-width';
import type { TypeScale } from '../../charts/type-scale';
import type { HierarchyGraph, HierarchyLink, HierarchyNode } from './derive';

export interface PlacedNode {
  node: HierarchyNode;
  x: number;
  y: number;
  r: number;
  /** The pointer and keyboard target over the node: never under 24 × 24 px. */
  hit: Box;
}

export interface PlacedLink {
  key: string;
  link: HierarchyLink;
  d: string;
}

export interface PanelLayout {
  graph: HierarchyGraph;
  width: number;
  height: number;
  nodes: PlacedNode[];
  links: PlacedLink[];
}

export interface HierarchyLayout {
  columns: number;
  panelWidth: number;
  panels: PanelLayout[];
  stroke: { link: number; node: number; hollow: number };
  /** Sizes of the legend's shape and line samples. */
  legend: { shapeRadius: number; lineWidth: number };
}

const MIN_PANEL = 260;
const GAP = 16;
const TIER_GAP = 64;
const TOP = 34;
const SIDE = 24;

export function layoutHierarchy(
  graphs: readonly HierarchyGraph[],
  containerWidth: number,
  type: TypeScale,
): HierarchyLayout {
  const f = type.factor;
  const columns = Math.max(
    1,
    Math.min(graphs.length, Math.floor((containerWidth + GAP) / (MIN_PANEL * f + GAP))),
  );
  const panelWidth = Math.floor((containerWidth - GAP * (columns - 1)) / columns);
  const maxTier = Math.max(0, ...graphs.flatMap((g) => g.nodes.map((n) => n.tier)));
  const maxCount = Math.max(1, ...graphs.flatMap((g) => g.nodes.map((n) => n.count)));
  const radius = scaleSqrt()
    .domain([1, maxCount])
    .range([7 * f, 22 * f]);
  const height = (TOP + maxTier * TIER_GAP + 40) * f;
  const side = SIDE * f;
  const minHit = Math.max(24, 24 * f);
  const panels = graphs.map((graph) => {
    const byTier = new Map<number, string[]>();
    for (const n of graph.nodes) byTier.set(n.tier, [...(byTier.get(n.tier) ?? []), n.id]);
    const nodes = graph.nodes.map((node) => {
      const x = scalePoint<string>()
        .domain(byTier.get(node.tier) ?? [node.id])
        .range([side, panelWidth - side])
        .padding(0.5);
      const cx = x(node.id) ?? panelWidth / 2;
      const cy = (TOP + node.tier * TIER_GAP) * f;
      const r = radius(node.count);
      const half = Math.max(r, minHit / 2);
      return {
        node,
        x: cx,
        y: cy,
        r,
        hit: { x: cx - half, y: cy - half, width: 2 * half, height: 2 * half },
      };
    });
    const at = new Map(nodes.map((n) => [n.node.id, n]));
    const links = graph.links.flatMap((link, i) => {
      const s = at.get(link.source);
      const t = at.get(link.target);
      if (!s || !t) return [];
      return [{ key: `${link.source}-${link.target}-${i}`, link, d: linkPath(s, t, f) }];
    });
    return { graph, width: panelWidth, height, nodes, links };
  });
  return {
    columns,
    panelWidth,
    panels,
    stroke: { link: type.stroke * 1.3, node: type.stroke * 0.7, hollow: type.stroke * 1.7 },
    legend: { shapeRadius: 7 * f, lineWidth: 32 * f },
  };
}

interface Point {
  x: number;
  y: number;
  r: number;
}

/** A link's path: a loop for a node to itself, a curve within a tier, a line across tiers. */
export function linkPath(s: Point, t: Point, factor = 1): string {
  const f = (v: number) => Math.round(v * 10) / 10;
  if (s === t || (s.x === t.x && s.y === t.y)) {
    // A loop above the node: the members of this group work with one another.
    const w = s.r * 0.8;
    return `M${f(s.x - w)},${f(s.y - s.r * 0.6)} C${f(s.x - w * 2.4)},${f(s.y - s.r * 2.8)} ${f(s.x + w * 2.4)},${f(s.y - s.r * 2.8)} ${f(s.x + w)},${f(s.y - s.r * 0.6)}`;
  }
  if (s.y === t.y) {
    const mx = (s.x + t.x) / 2;
    return `M${f(s.x)},${f(s.y)} Q${f(mx)},${f(s.y + 34 * factor)} ${f(t.x)},${f(t.y)}`;
  }
  return `M${f(s.x)},${f(s.y)} L${f(t.x)},${f(t.y)}`;
}
