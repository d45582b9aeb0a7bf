/**
 * A structure graph as an outline, for a slide too narrow or too short for the tiered diagram:
 * one node a row, indented by its tier (the deeper, the further right), its label beside its
 * glyph and its count badge at the start of the label. Links run in lanes left of the glyphs and
 * reach each glyph's left edge: a link that encloses another runs further out, and the ends at a
 * glyph are ordered so that no stub crosses a lane of the same node. The row order is chosen to
 * cut crossings (links whose spans interleave), then the links' length, parents before children.
 * Pure: the graph, a width and a type scale in, every position out (null where a word does not fit).
 */
import { LINK_STYLE_OF } from '../../charts/actorShapes';
import { textWidth } from '../../charts/text-width';
import type { Box } from '../../charts/text-width';
import type { TypeScale } from '../../charts/type-scale';
import type { HierarchyGraph, HierarchyNode } from './derive';
import { badgeText, panelMetrics } from './layout';
import type { PlacedLink, Point } from './layout';
import { orderTiers } from './order';
import { wrapIndented } from './wrap';

export interface OutlineLine {
  text: string;
  /** Start of the line and its vertical centre. */
  x: number;
  y: number;
  box: Box;
}

export interface OutlineNode {
  node: HierarchyNode;
  /** Centre of the glyph. */
  x: number;
  y: number;
  glyph: Box;
  lines: OutlineLine[];
  fontSize: number;
  badge: { text: string; box: Box; fontSize: number } | null;
  /** The pointer and keyboard target over the glyph: never under 24 × 24 px. */
  hit: Box;
}

export interface OutlineLayout {
  graph: HierarchyGraph;
  width: number;
  height: number;
  nodes: OutlineNode[];
  links: PlacedLink[];
  /** Pairs of links that cross (their spans interleave in the row order). */
  crossings: number;
}

interface Span {
  index: number;
  lo: number;
  hi: number;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Pairs of spans that interleave: each has an end strictly inside the other. */
function interleaving(spans: readonly Span[]): number {
  let count = 0;
  for (let i = 0; i < spans.length; i++)
    for (let j = i + 1; j < spans.length; j++) {
      const [a, b] = [spans[i]!, spans[j]!];
      if (
        (a.lo < b.lo && b.lo < a.hi && a.hi < b.hi) ||
        (b.lo < a.lo && a.lo < b.hi && b.hi < a.hi)
      )
        count++;
    }
  return count;
}

function spansOf(graph: HierarchyGraph, row: ReadonlyMap<string, number>): Span[] {
  return graph.links.flatMap((l, index) => {
    const a = row.get(l.source);
    const b = row.get(l.target);
    return a === undefined || b === undefined
      ? []
      : [{ index, lo: Math.min(a, b), hi: Math.max(a, b) }];
  });
}

/** Above this many nodes the order is not searched: the tiers' own order stands. */
const SEARCHED = 8;
const orders = new WeakMap<HierarchyGraph, HierarchyNode[]>();

/** The rows' order: fewest crossings, then shortest links, then parents above their children. */
export function outlineOrder(graph: HierarchyGraph): HierarchyNode[] {
  const known = orders.get(graph);
  if (known) return known;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const start = orderTiers(graph).tiers.flatMap((tier) =>
    tier.filter((e) => !e.waypoint).map((e) => byId.get(e.id)!),
  );
  const cost = (order: readonly HierarchyNode[]) => {
    const row = new Map(order.map((n, i) => [n.id, i]));
    const spans = spansOf(graph, row);
    const upside = graph.links.filter((l) => {
      const [s, t] = [byId.get(l.source)!, byId.get(l.target)!];
      const [upper, lower] = s.tier <= t.tier ? [s, t] : [t, s];
      return upper.tier !== lower.tier && row.get(upper.id)! > row.get(lower.id)!;
    }).length;
    return 1000 * interleaving(spans) + spans.reduce((sum, s) => sum + s.hi - s.lo, 0) + 5 * upside;
  };
  let best = start;
  if (start.length <= SEARCHED) {
    let bestCost = cost(start);
    const walk = (done: HierarchyNode[], rest: HierarchyNode[]) => {
      if (rest.length === 0) {
        const c = cost(done);
        if (c < bestCost) {
          bestCost = c;
          best = done;
        }
        return;
      }
      rest.forEach((n, i) => walk([...done, n], [...rest.slice(0, i), ...rest.slice(i + 1)]));
    };
    walk([], start);
  }
  orders.set(graph, best);
  return best;
}

export function layoutOutline(
  graph: HierarchyGraph,
  width: number,
  type: TypeScale,
): OutlineLayout | null {
  const m = panelMetrics(type);
  const { f, g, font } = m;
  const order = outlineOrder(graph);
  const row = new Map(order.map((n, i) => [n.id, i]));
  const spans = spansOf(graph, row);

  // Lanes: 0 runs nearest the glyphs. A span runs outside every span it encloses and beside
  // (never in the lane of) every span it shares a row with.
  const lane = new Map<number, number>();
  const sorted = [...spans].sort((a, b) => a.hi - a.lo - (b.hi - b.lo) || a.index - b.index);
  for (const s of sorted) {
    const placed = sorted.filter((o) => lane.has(o.index));
    const inside = placed
      .filter((o) => o.lo >= s.lo && o.hi <= s.hi)
      .map((o) => lane.get(o.index)!);
    const beside = new Set(
      placed.filter((o) => o.lo <= s.hi && s.lo <= o.hi).map((o) => lane.get(o.index)!),
    );
    let k = Math.max(-1, ...inside) + 1;
    while (beside.has(k)) k++;
    lane.set(s.index, k);
  }
  const lanes = Math.max(0, ...[...lane.values()].map((k) => k + 1));
  const laneGap = 8 * f;
  const margin = 4 * f;
  const gutter = margin + lanes * laneGap + (lanes ? 2 * f : 0);
  const laneX = (k: number) => gutter - 2 * f - (k + 0.5) * laneGap;
  const indent = 0.5 * g;
  const gap = 5 * f;
  const rowGap = 4 * f;
  const lineHeight = Math.round(font * 1.2 * 10) / 10;

  let y = margin;
  const nodes: OutlineNode[] = [];
  for (const node of order) {
    const left = gutter + node.tier * indent;
    const textLeft = left + g + gap;
    const room = width - margin - textLeft;
    const badgeWidth = node.count > 1 ? m.badgeWidth(node.count) : 0;
    const badgeRoom = badgeWidth ? badgeWidth + 4 * f : 0;
    // The count comes first, as in "×4 medium enterprises".
    const lines = wrapIndented(node.label, room - badgeRoom, room, font);
    if (!lines) return null;
    const badgeFirst = Boolean(badgeWidth);
    const cy = y + g / 2;
    // One line sits level with the glyph; more start at its top.
    const firstY = lines.length > 1 ? y + lineHeight / 2 : cy;
    const placedLines = lines.flatMap((text, i): OutlineLine[] => {
      if (text === '') return [];
      const x = i === 0 && badgeFirst ? textLeft + badgeRoom : textLeft;
      const ly = firstY + i * lineHeight;
      return [
        {
          text,
          x,
          y: ly,
          box: { x, y: ly - font / 2, width: textWidth(text, font), height: font },
        },
      ];
    });
    const badge = badgeWidth
      ? {
          text: badgeText(node.count),
          box: {
            x: textLeft,
            y: firstY - m.badgeHeight / 2,
            width: badgeWidth,
            height: m.badgeHeight,
          },
          fontSize: font,
        }
      : null;
    const glyph = { x: left, y: cy - g / 2, width: g, height: g };
    const half = Math.max(g, 24) / 2;
    nodes.push({
      node,
      x: left + g / 2,
      y: cy,
      glyph,
      lines: placedLines,
      fontSize: font,
      badge,
      hit: { x: left + g / 2 - half, y: cy - half, width: 2 * half, height: 2 * half },
    });
    const textBottom = firstY + (lines.length - 1) * lineHeight + lineHeight / 2;
    const badgeBottom = badge ? badge.box.y + badge.box.height : 0;
    y = Math.max(y + g, textBottom, badgeBottom) + rowGap;
  }
  const height = Math.ceil(y - rowGap + margin);

  // Where each link meets each glyph: links from above first (inner lanes higher), a loop's two
  // ends, then links going down (outer lanes higher); spread down the glyph's left edge.
  const ends = new Map<
    string,
    { index: number; end: 'up' | 'down' | 'loop-top' | 'loop-bottom' }[]
  >();
  const add = (id: string, index: number, end: 'up' | 'down' | 'loop-top' | 'loop-bottom') =>
    ends.set(id, [...(ends.get(id) ?? []), { index, end }]);
  for (const s of spans) {
    const link = graph.links[s.index]!;
    if (link.source === link.target) {
      add(link.source, s.index, 'loop-top');
      add(link.source, s.index, 'loop-bottom');
      continue;
    }
    for (const [id, other] of [
      [link.source, link.target],
      [link.target, link.source],
    ] as const)
      add(id, s.index, row.get(other)! < row.get(id)! ? 'up' : 'down');
  }
  const rank = { up: 0, 'loop-top': 1, 'loop-bottom': 2, down: 3 } as const;
  const attach = new Map<string, number>();
  const at = new Map(nodes.map((n) => [n.node.id, n]));
  for (const [id, list] of ends) {
    const n = at.get(id)!;
    list.sort(
      (a, b) =>
        rank[a.end] - rank[b.end] ||
        (a.end === 'down'
          ? lane.get(b.index)! - lane.get(a.index)!
          : lane.get(a.index)! - lane.get(b.index)!),
    );
    const k = list.length;
    const step = k > 1 ? Math.min(10 * f, (g - 8 * f) / (k - 1)) : 0;
    list.forEach((e, j) => attach.set(`${id} ${e.index} ${e.end}`, n.y + (j - (k - 1) / 2) * step));
  }

  const links: PlacedLink[] = spans.map((s) => {
    const link = graph.links[s.index]!;
    const style = LINK_STYLE_OF[link.kind] ?? 'dashed';
    const x = laneX(lane.get(s.index)!);
    const a = at.get(link.source)!;
    const b = at.get(link.target)!;
    const ya =
      link.source === link.target
        ? attach.get(`${a.node.id} ${s.index} loop-top`)!
        : attach.get(`${a.node.id} ${s.index} ${b.y < a.y ? 'up' : 'down'}`)!;
    const yb =
      link.source === link.target
        ? attach.get(`${b.node.id} ${s.index} loop-bottom`)!
        : attach.get(`${b.node.id} ${s.index} ${a.y < b.y ? 'up' : 'down'}`)!;
    const points: Point[] = [
      [a.glyph.x, ya],
      [x, ya],
      [x, yb],
      [b.glyph.x, yb],
    ];
    return {
      key: `${link.source}-${link.target}-${s.index}`,
      link,
      style,
      d: points.map((p, i) => `${i ? 'L' : 'M'}${round(p[0])},${round(p[1])}`).join(' '),
      segments: points.slice(1).map((p, i): [Point, Point] => [points[i]!, p]),
      curve: null,
    };
  });

  return { graph, width, height, nodes, links, crossings: interleaving(spans) };
}
