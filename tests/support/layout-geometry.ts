/**
 * Box arithmetic behind the layout checks (tests/support/layout-checks.ts): plain functions over
 * rectangles measured in the page, kept apart from the browser so each rule can be unit-tested on
 * a few hand-made boxes.
 */

/** A rectangle in CSS pixels, as DOMRect gives it (left/top inclusive, right/bottom exclusive). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

export const area = (b: Box): number =>
  Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);

export function intersection(a: Box, b: Box): Box | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return right > left && bottom > top ? { left, top, right, bottom } : null;
}

/**
 * Two words drawn over each other: their boxes share more than `share` of the smaller one's
 * area. Line boxes of neighbouring lines touch or graze each other by a pixel or two (a tall
 * line-height, an accent), which a third of a word never is.
 */
export function overlapsBeyond(a: Box, b: Box, share = 1 / 3): boolean {
  const common = intersection(a, b);
  if (!common) return false;
  const smaller = Math.min(area(a), area(b));
  return smaller > 0 && area(common) > share * smaller;
}

/**
 * How many lines a word's client rects sit on. Rects on one line overlap vertically by most of
 * their height (bidi runs, a kerning split); a rect that shares less than half the height of the
 * line so far starts a new one. Empty rects (a collapsed space) count for nothing.
 */
export function lineCount(rects: readonly Box[]): number {
  const lines: Box[] = [];
  for (const r of rects) {
    if (r.right - r.left < 0.5 || r.bottom - r.top < 0.5) continue;
    const line = lines.find((l) => {
      const shared = Math.min(l.bottom, r.bottom) - Math.max(l.top, r.top);
      return shared > 0.5 * Math.min(l.bottom - l.top, r.bottom - r.top);
    });
    if (line) {
      line.top = Math.min(line.top, r.top);
      line.bottom = Math.max(line.bottom, r.bottom);
    } else lines.push({ ...r });
  }
  return lines.length;
}

/** How far (in px, 0 when inside) `inner` reaches past `outer` on any side. */
export function overhang(inner: Box, outer: Box): number {
  return Math.max(
    0,
    outer.left - inner.left,
    inner.right - outer.right,
    outer.top - inner.top,
    inner.bottom - outer.bottom,
  );
}

export const union = (a: Box, b: Box): Box => ({
  left: Math.min(a.left, b.left),
  top: Math.min(a.top, b.top),
  right: Math.max(a.right, b.right),
  bottom: Math.max(a.bottom, b.bottom),
});

/** The words of a text, with where each starts: letters and digits, apostrophes inside a word. */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  const words: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu)) {
    words.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return words;
}

/** Letters in a word, the way the "up to 20 letters" rule counts them (marks belong to a letter). */
export const letterCount = (word: string): number => word.replace(/\p{M}/gu, '').length;

/** WCAG 2.5.8's minimum target size, in CSS px. */
export const MIN_TARGET = 24;

const distanceToBox = (x: number, y: number, b: Box): number => {
  const dx = Math.max(b.left - x, 0, x - b.right);
  const dy = Math.max(b.top - y, 0, y - b.bottom);
  return Math.hypot(dx, dy);
};

const centre = (b: Box): [number, number] => [(b.left + b.right) / 2, (b.top + b.bottom) / 2];

export const undersized = (b: Box, min = MIN_TARGET): boolean =>
  b.right - b.left < min - 0.5 || b.bottom - b.top < min - 0.5;

/**
 * WCAG 2.5.8's spacing exception: an undersized target passes when a 24 px circle centred on it
 * meets no other target and no other undersized target's circle. `others` are every other target
 * on the page.
 */
export function spacedEnough(target: Box, others: readonly Box[], min = MIN_TARGET): boolean {
  const [x, y] = centre(target);
  const radius = min / 2;
  return others.every((other) => {
    if (undersized(other, min)) {
      const [ox, oy] = centre(other);
      if (Math.hypot(ox - x, oy - y) < min) return false;
    }
    // Another undersized target is judged by its circle; a large one by its box.
    return undersized(other, min) || distanceToBox(x, y, other) >= radius;
  });
}

/**
 * Pairs of boxes that overlap beyond `share`, found by sweeping boxes sorted by their top edge so
 * a page of thousands of words costs far less than every pair. `run` names each box's text run:
 * boxes of one run never count against each other.
 */
export function overlappingPairs<T extends { box: Box; run: number }>(
  items: readonly T[],
  share = 1 / 3,
): [T, T][] {
  const sorted = [...items].sort((a, b) => a.box.top - b.box.top);
  const pairs: [T, T][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.box.top >= a.box.bottom) break;
      if (a.run !== b.run && overlapsBeyond(a.box, b.box, share)) pairs.push([a, b]);
    }
  }
  return pairs;
}
