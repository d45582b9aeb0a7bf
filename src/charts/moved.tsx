/**
 * Whether a placed piece of a chart is drawn as it was, only moved down: rows drawn at their own
 * origin and moved into place (a group's transform) need not be drawn again when a change of
 * selection moves them. With 200 models, adding or taking away one row moved every row below it,
 * and React setting each piece's coordinates again was most of the change's time (profiled).
 */
import type { ReactNode } from 'react';

/**
 * Plain placed values (numbers, strings, arrays, objects of them) equal but for every property
 * named `y`, which is `dy` further down in `b`; the same object counts as unmoved only for `dy` 0.
 */
export function movedBy(a: unknown, b: unknown, dy: number): boolean {
  if (a === b && dy === 0) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  // Plain loops: a 200-row change compares every row's pieces, a few times over (profiled).
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const k in ra) {
    count++;
    if (!(k in rb)) return false;
    const va = ra[k];
    const vb = rb[k];
    if (k === 'y' && typeof va === 'number' && typeof vb === 'number') {
      if (Math.abs(va + dy - vb) >= 1e-6) return false;
    } else if (!movedBy(va, vb, dy)) return false;
  }
  return count === Object.keys(rb).length;
}

/**
 * A shape comparison of two rows, remembered for the pair: a row's drawing, its name link and its
 * handles are memoised apart and each asks the same question of the same two rows.
 */
export function rememberedComparison<T extends object>(
  compare: (a: T, b: T) => boolean,
): (a: T, b: T) => boolean {
  const verdicts = new WeakMap<T, { next: T; same: boolean }>();
  return (a, b) => {
    if (a === b) return true;
    const kept = verdicts.get(a);
    if (kept?.next === b) return kept.same;
    const same = compare(a, b);
    verdicts.set(a, { next: b, same });
    return same;
  };
}

/**
 * A chart row's name link and handles, drawn from the row's own origin and moved into place as one
 * box: a row that only moves is moved, not drawn again. `top` is where the row's pieces are
 * measured from. (Here rather than in a file of its own: every chart that moves rows loads this
 * one, and a chunk more would lengthen the first page's list of chunks to preload.)
 */
export function RowBox({ top, children }: { top: number; children: ReactNode }) {
  return (
    <div className="handle-row" style={{ transform: `translateY(${top}px)` }}>
      {children}
    </div>
  );
}
