/**
 * Horizontal positions within tiers, after their order is fixed: each entry is drawn towards the
 * mean position of the entries it links to in the tiers above and below, so links run short and
 * near-vertical, while keeping its order and the room its label, badge and loop need. Each tier is
 * a least-squares fit under those gaps (isotonic regression by pooling adjacent violators), swept
 * down and up a few times. Pure: boxes in, centres out.
 */

export interface Extent {
  id: string;
  /** Room needed left and right of the centre. */
  left: number;
  right: number;
}

export function straighten(
  tiers: readonly (readonly Extent[])[],
  segments: readonly (readonly [string, string])[],
  start: ReadonlyMap<string, number>,
  bounds: { lo: number; hi: number },
  rounds = 4,
): Map<string, number> {
  const x = new Map(start);
  const neighbours = new Map<string, string[]>();
  for (const [a, b] of segments) {
    neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
  }
  const order = tiers.map((_, t) => t);
  for (let r = 0; r < rounds; r++) {
    for (const t of r % 2 === 0 ? order : [...order].reverse()) {
      const tier = tiers[t]!;
      const desired = tier.map((e) => {
        const ns = neighbours.get(e.id) ?? [];
        return ns.length ? ns.reduce((s, id) => s + x.get(id)!, 0) / ns.length : x.get(e.id)!;
      });
      const placed = fitInOrder(tier, desired, bounds);
      if (placed) tier.forEach((e, i) => x.set(e.id, placed[i]!));
    }
  }
  return x;
}

/**
 * The positions closest to `desired` (least squares) that keep the order and each pair's gap and
 * stay within bounds; null when the tier does not fit at all (the start positions then stand).
 */
export function fitInOrder(
  tier: readonly Extent[],
  desired: readonly number[],
  { lo, hi }: { lo: number; hi: number },
): number[] | null {
  if (tier.length === 0) return [];
  // Offsets turn "x[i] ≥ x[i-1] + gap" into "y[i] ≥ y[i-1]" with y = x − offset.
  const offset = [0];
  for (let i = 1; i < tier.length; i++)
    offset.push(offset[i - 1]! + tier[i - 1]!.right + tier[i]!.left);
  const min = lo + tier[0]!.left;
  const max = hi - tier.at(-1)!.right - offset.at(-1)!;
  if (min > max) return null;
  // Pool adjacent violators: blocks of equal y, each at the mean of its targets.
  const blocks: { sum: number; count: number }[] = [];
  desired.forEach((d, i) => {
    blocks.push({ sum: d - offset[i]!, count: 1 });
    while (blocks.length > 1) {
      const b = blocks.at(-1)!;
      const a = blocks.at(-2)!;
      if (a.sum / a.count <= b.sum / b.count) break;
      blocks.splice(-2, 2, { sum: a.sum + b.sum, count: a.count + b.count });
    }
  });
  const y = blocks.flatMap((b) => Array<number>(b.count).fill(b.sum / b.count));
  return y.map((v, i) => Math.min(max, Math.max(min, v)) + offset[i]!);
}
