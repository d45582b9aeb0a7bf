/**
 * The order of nodes within each tier, chosen to cut link crossings (the barycentre heuristic of
 * layered graph drawing). A link that skips tiers gets a waypoint in every tier it passes, so it
 * has a place of its own there: the layout keeps labels out of that place and the count of
 * crossings sees the whole link. Pure: no geometry, only orders.
 */

export interface TierEntry {
  id: string;
  /** True for the waypoint of a link passing through this tier (no node, no label). */
  waypoint: boolean;
}

export interface TierOrder {
  /** Entries of each tier, left to right; index = tier number. */
  tiers: TierEntry[][];
  /** Links between adjacent tiers after waypoints: upper entry id, lower entry id. */
  segments: [string, string][];
  /** For each original link between different tiers: the waypoint ids it passes, top to bottom. */
  waypoints: Map<number, string[]>;
}

interface GraphShape {
  nodes: readonly { id: string; tier: number }[];
  links: readonly { source: string; target: string }[];
}

/** The corpus order: nodes in the order the model lists them, waypoints after them. */
export function initialOrder(graph: GraphShape): TierOrder {
  const tierOf = new Map(graph.nodes.map((n) => [n.id, n.tier]));
  const depth = Math.max(0, ...graph.nodes.map((n) => n.tier));
  const tiers: TierEntry[][] = Array.from({ length: depth + 1 }, () => []);
  for (const n of graph.nodes) tiers[n.tier]!.push({ id: n.id, waypoint: false });
  const segments: [string, string][] = [];
  const waypoints = new Map<number, string[]>();
  graph.links.forEach((link, i) => {
    const a = tierOf.get(link.source);
    const b = tierOf.get(link.target);
    if (a === undefined || b === undefined || a === b) return;
    const [upper, lower, top, bottom] =
      a < b ? [link.source, link.target, a, b] : [link.target, link.source, b, a];
    const chain = [upper];
    const passed: string[] = [];
    for (let t = top + 1; t < bottom; t++) {
      // Not a possible node id: node ids are slugs without spaces.
      const id = `waypoint ${i} ${t}`;
      tiers[t]!.push({ id, waypoint: true });
      chain.push(id);
      passed.push(id);
    }
    chain.push(lower);
    for (let k = 0; k + 1 < chain.length; k++) segments.push([chain[k]!, chain[k + 1]!]);
    waypoints.set(i, passed);
  });
  return { tiers, segments, waypoints };
}

/** Crossings between segments of adjacent tiers (segments sharing an end never cross). */
export function countCrossings(order: Pick<TierOrder, 'tiers' | 'segments'>): number {
  const index = new Map<string, number>();
  for (const tier of order.tiers) tier.forEach((e, i) => index.set(e.id, i));
  const tierOf = new Map<string, number>();
  order.tiers.forEach((tier, t) => tier.forEach((e) => tierOf.set(e.id, t)));
  let crossings = 0;
  const segs = order.segments;
  for (let i = 0; i < segs.length; i++) {
    for (let j = i + 1; j < segs.length; j++) {
      const [u1, v1] = segs[i]!;
      const [u2, v2] = segs[j]!;
      if (tierOf.get(u1) !== tierOf.get(u2)) continue;
      const du = index.get(u1)! - index.get(u2)!;
      const dv = index.get(v1)! - index.get(v2)!;
      if (du * dv < 0) crossings++;
    }
  }
  return crossings;
}

/**
 * Barycentre ordering: sweep down (each tier sorted by the mean position of its neighbours in the
 * tier above), then up (by the tier below), a few times; keep the best order seen, so the result
 * never has more crossings than the corpus order.
 */
export function orderTiers(graph: GraphShape, sweeps = 4): TierOrder {
  const start = initialOrder(graph);
  let best = start;
  let bestCount = countCrossings(start);
  let current = start;
  for (let s = 0; s < sweeps && bestCount > 0; s++) {
    for (const direction of ['down', 'up'] as const) {
      current = sweep(current, direction);
      const count = countCrossings(current);
      if (count < bestCount) {
        best = current;
        bestCount = count;
      }
    }
  }
  return best;
}

function sweep(order: TierOrder, direction: 'down' | 'up'): TierOrder {
  const tiers = order.tiers.map((t) => [...t]);
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  for (const [u, v] of order.segments) {
    down.set(u, [...(down.get(u) ?? []), v]);
    up.set(v, [...(up.get(v) ?? []), u]);
  }
  const position = (tier: TierEntry[]) =>
    new Map(tier.map((e, i) => [e.id, (i + 0.5) / tier.length]));
  const range =
    direction === 'down'
      ? tiers.map((_, t) => t).slice(1)
      : tiers
          .map((_, t) => t)
          .slice(0, -1)
          .reverse();
  for (const t of range) {
    const fixed = position(tiers[direction === 'down' ? t - 1 : t + 1]!);
    const own = position(tiers[t]!);
    const neighbours = direction === 'down' ? up : down;
    const centre = (e: TierEntry) => {
      const ps = (neighbours.get(e.id) ?? []).map((id) => fixed.get(id) ?? 0);
      // No neighbour on that side: stay where it is.
      return ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : own.get(e.id)!;
    };
    const keyed = tiers[t]!.map((e, i) => ({ e, key: centre(e), i }));
    keyed.sort((a, b) => a.key - b.key || a.i - b.i);
    tiers[t] = keyed.map((k) => k.e);
  }
  return { ...order, tiers };
}
