/**
 * Whether a placed piece of a chart is drawn as it was, only moved down: rows drawn at their own
 * origin and moved into place (a group's transform) need not be drawn again when a change of
 * selection moves them. With 200 models, adding or taking away one row moved every row below it,
 * and React setting each piece's coordinates again was most of the change's time (profiled).
 */

/**
 * Plain placed values (numbers, strings, arrays, objects of them) equal but for every property
 * named `y`, which is `dy` further down in `b`; the same object counts as unmoved only for `dy` 0.
 */
export function movedBy(a: unknown, b: unknown, dy: number): boolean {
  if (a === b && dy === 0) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((v, i) => movedBy(v, b[i], dy));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(b)) {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    const keys = Object.keys(ra);
    if (keys.length !== Object.keys(rb).length) return false;
    return keys.every((k) => {
      const va = ra[k];
      const vb = rb[k];
      if (k === 'y' && typeof va === 'number' && typeof vb === 'number')
        return Math.abs(va + dy - vb) < 1e-6;
      return movedBy(va, vb, dy);
    });
  }
  return a === b;
}
