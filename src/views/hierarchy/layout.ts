/**
 * Lays out each structure graph in its own panel, tiers top to bottom. Every node is a glyph of
 * one fixed size with its label wrapped beneath it. Size does not encode the count: the count is a
 * badge ("×20") on the glyph's corner, because sizing by count made Japan's lead firm — the head
 * of the hierarchy — its smallest node. Nodes within a tier are ordered to cut crossings
 * (order.ts), and every link keeps off text: links leave a node below its label and reach the
 * next one at the top of its glyph; a link that skips tiers passes them in a lane of its own; a
 * node's link to itself is a loop beside its glyph. Panel heights follow their tiers and labels.
 * Sizes follow the medium's type scale; the result carries each piece's box so tests can check it.
 */
import { LINK_STYLE_OF } from '../../charts/actorShapes';
import type { LinkStyle } from '../../charts/actorShapes';
import { textWidth } from '../../charts/text-width';
import type { Box } from '../../charts/text-width';
import type { TypeScale } from '../../charts/type-scale';
import { remembered } from '../../lib/remembered';
import type { HierarchyGraph, HierarchyLink, HierarchyNode } from './derive';
import { countCrossings, initialOrder, orderTiers } from './order';
import type { TierEntry } from './order';
import { straighten } from './straighten';
import type { Extent } from './straighten';
import { widestPiece, wrapLabel } from './wrap';

export type Point = readonly [number, number];

export interface PlacedLabel {
  lines: string[];
  /** Centre of the lines. */
  x: number;
  top: number;
  lineHeight: number;
  fontSize: number;
  box: Box;
}

export interface PlacedNode {
  node: HierarchyNode;
  /** Centre of the glyph. */
  x: number;
  y: number;
  glyph: Box;
  label: PlacedLabel;
  /** "×count" on the glyph's top right corner, for nodes that stand for more than one actor. */
  badge: { text: string; box: Box; fontSize: number } | null;
  /** The pointer and keyboard target over the glyph: never under 24 × 24 px. */
  hit: Box;
}

export interface PlacedLink {
  key: string;
  link: HierarchyLink;
  style: LinkStyle;
  d: string;
  /** The straight pieces of the path, for checks. */
  segments: [Point, Point][];
  /** The box a curved piece (loop, arc under a tier) stays in, or null. */
  curve: Box | null;
}

export interface PanelLayout {
  graph: HierarchyGraph;
  width: number;
  height: number;
  nodes: PlacedNode[];
  links: PlacedLink[];
  /** Link crossings in the corpus order and after ordering the tiers. */
  crossings: { before: number; after: number };
}

export interface HierarchyLayout {
  columns: number;
  panelWidth: number;
  panels: PanelLayout[];
  stroke: { link: number; glyph: number };
  /** The node glyph: its side and the letter sizes for one- and two-letter codes. */
  glyph: { size: number; font: number; fontPair: number; radius: number };
  /** Width of the legend's line samples. */
  legend: { lineWidth: number };
}

const GAP = 16;
const MIN_PANEL = 300;
const GLYPH = 26;
const SIDE = 10;
const SLOT_PAD = 10;
/** The closer room round slots: a slide's, and a page's tier that would not fit otherwise. */
export const TIGHT_SLOTS = { side: 4, slotPad: 6 } as const;
const LABEL_GAP = 5;
const STEM_GAP = 3;
const LINK_GAP = 30;
const ARC_DEPTH = 16;
const WAYPOINT = 18;
const TOP = 4;
const BOTTOM = 6;
/** Labels wrap at about this many ems even where the slot is wider: lines stay readable. */
const LABEL_MEASURE = 14;

const round = (v: number) => Math.round(v * 10) / 10;
const badgeText = (count: number) => `×${count}`;

/**
 * The room round the pieces of a panel, in screen px (scaled with the type): the page's, or a
 * slide's tighter one where the diagrams must share a projector's height.
 */
export interface PanelSpacing {
  /** Margin left and right of the tiers. */
  side: number;
  /** Room between neighbouring slots. */
  slotPad: number;
  /** Height between one tier's labels and the next tier. */
  linkGap: number;
  /** The widest a label's lines may run, in ems. */
  labelMeasure: number;
}

export const PAGE_SPACING: PanelSpacing = {
  side: SIDE,
  slotPad: SLOT_PAD,
  linkGap: LINK_GAP,
  labelMeasure: LABEL_MEASURE,
};

/** Geometry shared by every panel at one type scale. */
function metrics(type: TypeScale, spacing: PanelSpacing = PAGE_SPACING) {
  const f = type.factor;
  const g = GLYPH * f;
  const font = type.small;
  return {
    f,
    g,
    font,
    lineHeight: Math.round(font * 1.25 * 10) / 10,
    loop: 1.1 * g,
    badgeHeight: font * 1.3,
    badgeWidth: (count: number) => textWidth(badgeText(count), font) + font * 0.6,
    /** How far the badge box starts left of the glyph's right edge. */
    badgeInset: 4 * f,
    side: spacing.side * f,
    slotPad: spacing.slotPad * f,
    linkGap: spacing.linkGap * f,
    labelMeasure: spacing.labelMeasure,
  };
}
type Metrics = ReturnType<typeof metrics>;

const hasLoop = (graph: HierarchyGraph, id: string) =>
  graph.links.some((l) => l.source === id && l.target === id);

/** The narrowest slot a node fits in: its longest word, its badge and its loop beside the glyph. */
function nodeNeed(graph: HierarchyGraph, node: HierarchyNode, m: Metrics): number {
  const left = m.g / 2 + (hasLoop(graph, node.id) ? m.loop + 3 * m.f : 0);
  const right =
    node.count > 1 ? m.g / 2 - m.badgeInset + m.badgeWidth(node.count) + 2 * m.f : m.g / 2;
  return Math.max(widestPiece(node.label, m.font) + m.slotPad, 2 * Math.max(left, right));
}

/** The width a panel needs at these metrics: its widest tier of slots, and the margins. */
function panelNeed(graph: HierarchyGraph, m: Metrics): number {
  let need = needs.get(graph);
  if (!need) {
    need = remembered(metricsKey, (metrics: Metrics) => measurePanelNeed(graph, metrics), 16);
    needs.set(graph, need);
  }
  return need(m);
}

/**
 * Each graph's needs by metrics: a layout asks every panel shown for its need two or three times,
 * and a change of selection lays out all the panels again; measuring each label's widest word
 * every time was about a quarter of a 200-model change at 4× throttle (profiled). The metrics
 * change only with the type scale, so a graph keeps a handful.
 */
const needs = new WeakMap<HierarchyGraph, (m: Metrics) => number>();

function measurePanelNeed(graph: HierarchyGraph, m: Metrics): number {
  const { tiers } = initialOrder(graph);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const need = (e: TierEntry) =>
    e.waypoint ? WAYPOINT * m.f : nodeNeed(graph, byId.get(e.id)!, m);
  return Math.max(0, ...tiers.map((t) => t.reduce((s, e) => s + need(e), 0))) + 2 * m.side;
}

/** The smallest label size a diagram shrinks to when its words do not fit (the screen's). */
const SMALLEST_LABEL = 12;

/**
 * What every panel shares, without the panels: their columns and width, the strokes, the glyph and
 * the type they are laid out at. A long grid drawn a screen at a time lays out only the panels it
 * draws (layoutHierarchyPanels), not all 200 before the first screen.
 */
export interface HierarchyGrid extends Omit<HierarchyLayout, 'panels'> {
  metrics: Metrics;
}

export function layoutHierarchyGrid(
  graphs: readonly HierarchyGraph[],
  containerWidth: number,
  type: TypeScale,
): HierarchyGrid {
  let m = metrics(type);
  // The projector's 24 px words do not fit a phone-wide panel: shrink the diagram's type (never
  // under the screen's size) until the widest tier fits, rather than draw past the card.
  for (let i = 0; i < 4; i++) {
    const need = Math.max(...graphs.map((g) => panelNeed(g, m)));
    if (need <= containerWidth || m.font <= SMALLEST_LABEL) break;
    const scale = Math.max(SMALLEST_LABEL / m.font, (containerWidth / need) * 0.98);
    m = metrics({ ...type, small: m.font * scale, factor: m.f * scale });
  }
  // Still too wide at the smallest type (four labelled nodes on one tier of a phone): close up
  // the room round the slots, as a slide does, before any word would run past the card.
  if (Math.max(...graphs.map((g) => panelNeed(g, m))) > containerWidth)
    m = { ...m, side: TIGHT_SLOTS.side * m.f, slotPad: TIGHT_SLOTS.slotPad * m.f };
  const minPanel = Math.max(MIN_PANEL * m.f, ...graphs.map((g) => panelNeed(g, m)));
  const columns = Math.max(
    1,
    Math.min(graphs.length, Math.floor((containerWidth + GAP) / (minPanel + GAP))),
  );
  const panelWidth = Math.floor((containerWidth - GAP * (columns - 1)) / columns);
  return {
    columns,
    panelWidth,
    metrics: m,
    stroke: { link: type.stroke * 1.3, glyph: type.stroke },
    glyph: { size: m.g, font: m.g * 0.56, fontPair: m.g * 0.42, radius: m.g * 0.22 },
    legend: { lineWidth: 36 * m.f },
  };
}

/** The panels of these graphs in the grid (each kept while its graph, width and type are). */
export function layoutHierarchyPanels(
  graphs: readonly HierarchyGraph[],
  grid: HierarchyGrid,
): PanelLayout[] {
  return graphs.map((g) => keptPanel(g, grid.panelWidth, grid.metrics));
}

/** The grid with the panels of these graphs in it: all of them, or a long grid's first screens. */
export function layoutGridPanels(
  graphs: readonly HierarchyGraph[],
  grid: HierarchyGrid,
): HierarchyLayout {
  const { columns, panelWidth, stroke, glyph, legend } = grid;
  return {
    columns,
    panelWidth,
    stroke,
    glyph,
    legend,
    panels: layoutHierarchyPanels(graphs, grid),
  };
}

export function layoutHierarchy(
  graphs: readonly HierarchyGraph[],
  containerWidth: number,
  type: TypeScale,
): HierarchyLayout {
  return layoutGridPanels(graphs, layoutHierarchyGrid(graphs, containerWidth, type));
}

/** The numbers a panel's layout depends on besides its graph and width. */
const metricsKey = (m: Metrics) =>
  [m.f, m.g, m.font, m.side, m.slotPad, m.linkGap, m.labelMeasure].join('|');

/**
 * Each graph's last panel layout with what it was laid out at: a change of selection lays out
 * only the panels it adds (or all of them when the width or type changes), and the drawing skips
 * the panels whose layout object is the same (HierarchyDrawing.tsx).
 */
const panelCache = new WeakMap<HierarchyGraph, { key: string; panel: PanelLayout }>();

function keptPanel(graph: HierarchyGraph, width: number, m: Metrics): PanelLayout {
  const key = `${width}|${metricsKey(m)}`;
  const kept = panelCache.get(graph);
  if (kept?.key === key) return kept.panel;
  const panel = layoutPanel(graph, width, m);
  panelCache.set(graph, { key, panel });
  return panel;
}

interface Slot {
  entry: TierEntry;
  x: number;
  width: number;
}

/** Slots across a tier: each gets what it needs, and node slots share what is left equally. */
function placeTier(graph: HierarchyGraph, tier: TierEntry[], width: number, m: Metrics): Slot[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const needs = tier.map((e) =>
    e.waypoint ? WAYPOINT * m.f : nodeNeed(graph, byId.get(e.id)!, m),
  );
  const inner = width - 2 * m.side;
  const nodes = tier.filter((e) => !e.waypoint).length;
  const spare = Math.max(0, inner - needs.reduce((a, b) => a + b, 0));
  let x = m.side + (nodes === 0 ? spare / 2 : 0);
  return tier.map((entry, i) => {
    const w = needs[i]! + (entry.waypoint || nodes === 0 ? 0 : spare / nodes);
    const slot = { entry, x: x + w / 2, width: w };
    x += w;
    return slot;
  });
}

interface TierBand {
  /** Top of the tier's band, where links from above arrive. */
  top: number;
  /** Top of the glyphs. */
  glyphTop: number;
  /** Below every label of the tier: where links leave downwards. */
  bottom: number;
}

function layoutPanel(graph: HierarchyGraph, width: number, m: Metrics): PanelLayout {
  const before = initialOrder(graph);
  const order = orderTiers(graph);
  const slots = order.tiers.map((tier) => placeTier(graph, tier, width, m));
  const slotOf = new Map(slots.flat().map((s) => [s.entry.id, s]));
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));

  // Which in-tier links join neighbours (a short line between glyphs) and which must pass under
  // the tier's labels (an arc), so each band can reserve the room its links need.
  const indexInTier = new Map<string, number>();
  for (const tier of order.tiers) tier.forEach((e, i) => indexInTier.set(e.id, i));
  const besideLink = (l: HierarchyLink) => {
    const a = indexInTier.get(l.source)!;
    const b = indexInTier.get(l.target)!;
    const right = a < b ? l.target : l.source;
    // The loop sits on the left of its glyph, so a neighbour on that side goes round instead.
    return Math.abs(a - b) === 1 && !hasLoop(graph, right);
  };
  const sameTier = (l: HierarchyLink) =>
    l.source !== l.target && byId.get(l.source)?.tier === byId.get(l.target)?.tier;
  const arcTiers = new Set(
    graph.links.filter((l) => sameTier(l) && !besideLink(l)).map((l) => byId.get(l.source)!.tier),
  );

  const labels = new Map<string, string[]>();
  for (const n of graph.nodes) {
    const room = Math.min(slotOf.get(n.id)!.width - m.slotPad, m.labelMeasure * m.font);
    labels.set(n.id, wrapLabel(n.label, room, m.font));
  }
  const pad = m.slotPad / 2;
  const extent = (e: TierEntry): Extent => {
    if (e.waypoint) return { id: e.id, left: (WAYPOINT / 2) * m.f, right: (WAYPOINT / 2) * m.f };
    const n = byId.get(e.id)!;
    const half = Math.max(0, ...labels.get(n.id)!.map((l) => textWidth(l, m.font))) / 2;
    const loop = hasLoop(graph, n.id) ? m.loop + 3 * m.f : 0;
    const badge = n.count > 1 ? m.badgeWidth(n.count) - m.badgeInset + 2 * m.f : 0;
    return {
      id: e.id,
      left: Math.max(half, m.g / 2 + loop) + pad,
      right: Math.max(half, m.g / 2 + badge) + pad,
    };
  };
  const x = straighten(
    order.tiers.map((tier) => tier.map(extent)),
    order.segments,
    new Map(slots.flat().map((s) => [s.entry.id, s.x])),
    { lo: m.side, hi: width - m.side },
  );

  const bands: TierBand[] = [];
  let y = TOP * m.f;
  order.tiers.forEach((tier, t) => {
    const nodes = tier.filter((e) => !e.waypoint).map((e) => byId.get(e.id)!);
    const badge = nodes.some((n) => n.count > 1) ? m.badgeHeight / 2 + 2 * m.f : 0;
    const lines = Math.max(0, ...nodes.map((n) => labels.get(n.id)!.length));
    const glyphTop = y + badge;
    const bottom = glyphTop + m.g + LABEL_GAP * m.f + lines * m.lineHeight + STEM_GAP * m.f;
    bands.push({ top: y, glyphTop, bottom });
    const last = t === order.tiers.length - 1;
    y = bottom + (arcTiers.has(t) ? ARC_DEPTH * m.f : 0) + (last ? BOTTOM * m.f : m.linkGap);
  });
  const height = Math.ceil(y);

  const minHit = Math.max(24, 24 * m.f);
  const nodes: PlacedNode[] = graph.nodes.map((node) => {
    const band = bands[node.tier]!;
    const cx = x.get(node.id)!;
    const cy = band.glyphTop + m.g / 2;
    const lines = labels.get(node.id)!;
    const top = band.glyphTop + m.g + LABEL_GAP * m.f;
    const labelWidth = Math.max(0, ...lines.map((l) => textWidth(l, m.font)));
    const badgeBox =
      node.count > 1
        ? {
            x: cx + m.g / 2 - m.badgeInset,
            y: band.glyphTop - m.badgeHeight / 2,
            width: m.badgeWidth(node.count),
            height: m.badgeHeight,
          }
        : null;
    const half = Math.max(m.g / 2, minHit / 2);
    return {
      node,
      x: cx,
      y: cy,
      glyph: { x: cx - m.g / 2, y: cy - m.g / 2, width: m.g, height: m.g },
      label: {
        lines,
        x: cx,
        top,
        lineHeight: m.lineHeight,
        fontSize: m.font,
        box: {
          x: cx - labelWidth / 2,
          y: top,
          width: labelWidth,
          height: lines.length * m.lineHeight,
        },
      },
      badge: badgeBox ? { text: badgeText(node.count), box: badgeBox, fontSize: m.font } : null,
      hit: { x: cx - half, y: cy - half, width: 2 * half, height: 2 * half },
    };
  });
  const at = new Map(nodes.map((n) => [n.node.id, n]));

  const links = graph.links.flatMap((link, i): PlacedLink[] => {
    const s = at.get(link.source);
    const t = at.get(link.target);
    if (!s || !t) return [];
    const key = `${link.source}-${link.target}-${i}`;
    const style = LINK_STYLE_OF[link.kind] ?? 'dashed';
    const below = (n: PlacedNode): Point => [
      n.x,
      n.label.box.y + n.label.box.height + STEM_GAP * m.f,
    ];
    if (s === t) return [{ key, link, style, ...loopPath(s, m) }];
    if (s.node.tier === t.node.tier) {
      const [l, r] = s.x < t.x ? [s, t] : [t, s];
      if (besideLink(link)) {
        const a: Point = [l.x + m.g / 2, l.y];
        const b: Point = [r.x - m.g / 2, r.y];
        return [{ key, link, style, d: polyline([a, b]), segments: [[a, b]], curve: null }];
      }
      const floor = bands[s.node.tier]!.bottom;
      const a: Point = [l.x, floor];
      const b: Point = [r.x, floor];
      const stems: [Point, Point][] = [
        [below(l), a],
        [b, below(r)],
      ];
      return [
        {
          key,
          link,
          style,
          d: `${polyline(stems[0]!)} Q${round((l.x + r.x) / 2)},${round(floor + 2 * ARC_DEPTH * m.f)} ${round(r.x)},${round(floor)} L${round(below(r)[0])},${round(below(r)[1])}`,
          segments: stems,
          curve: { x: l.x, y: floor, width: r.x - l.x, height: ARC_DEPTH * m.f },
        },
      ];
    }
    const [upper, lower] = s.node.tier < t.node.tier ? [s, t] : [t, s];
    const points: Point[] = [below(upper), [upper.x, bands[upper.node.tier]!.bottom]];
    for (const id of order.waypoints.get(i) ?? []) {
      const tier = slots.findIndex((ts) => ts.some((sl) => sl.entry.id === id));
      points.push([x.get(id)!, bands[tier]!.top], [x.get(id)!, bands[tier]!.bottom]);
    }
    const band = bands[lower.node.tier]!;
    points.push([lower.x, band.top], [lower.x, band.glyphTop]);
    const distinct = points.filter(
      (p, k) => k === 0 || p[0] !== points[k - 1]![0] || p[1] !== points[k - 1]![1],
    );
    const segments = distinct.slice(1).map((p, k): [Point, Point] => [distinct[k]!, p]);
    return [{ key, link, style, d: polyline(distinct), segments, curve: null }];
  });

  return {
    graph,
    width,
    height,
    nodes,
    links,
    crossings: { before: countCrossings(before), after: countCrossings(order) },
  };
}

function polyline(points: readonly Point[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${round(p[0])},${round(p[1])}`).join(' ');
}

/** A node's link to itself: a lobe on the left of its glyph, level with it (never near text). */
function loopPath(n: PlacedNode, m: Metrics): Pick<PlacedLink, 'd' | 'segments' | 'curve'> {
  const x0 = n.glyph.x;
  const y1 = n.y - 0.36 * m.g;
  const y2 = n.y + 0.36 * m.g;
  const reach = x0 - m.loop;
  return {
    d: `M${round(x0)},${round(y1)} C${round(reach)},${round(y1)} ${round(reach)},${round(y2)} ${round(x0)},${round(y2)}`,
    segments: [],
    // A cubic stays inside its control points' hull.
    curve: { x: reach, y: y1, width: x0 - reach, height: y2 - y1 },
  };
}

/**
 * One panel at a given width and type, with the given spacing, never shrinking the type: null
 * where its widest tier does not fit the width (a slide then tries another arrangement).
 */
export function layoutPanelAt(
  graph: HierarchyGraph,
  width: number,
  type: TypeScale,
  spacing: PanelSpacing,
): PanelLayout | null {
  const m = metrics(type, spacing);
  return panelNeed(graph, m) <= width ? layoutPanel(graph, width, m) : null;
}

/** The sizes every panel at one type scale shares: glyphs, strokes and legend samples. */
export function panelStyle(
  type: TypeScale,
): Omit<HierarchyLayout, 'columns' | 'panelWidth' | 'panels'> {
  const m = metrics(type);
  return {
    stroke: { link: type.stroke * 1.3, glyph: type.stroke },
    glyph: { size: m.g, font: m.g * 0.56, fontPair: m.g * 0.42, radius: m.g * 0.22 },
    legend: { lineWidth: 36 * m.f },
  };
}

export { metrics as panelMetrics, hasLoop, badgeText };
export type { Metrics as PanelMetrics };
