/**
 * How sure the policy-fit answer is: how far one dimension's weight must move before another model
 * becomes nearest (weightCrossings), how spread out the similarities are (spreadOf), and the nearest
 * model with the confidence handling switched the other way. Pure; the thresholds are computed in
 * closed form and checked against brute force over a weight grid in the unit tests.
 */
import type { DimensionId, Model } from '../corpus/schema';
import type { Comparable, DistanceOptions, Ranked, Weights } from './distance';
import {
  DIMENSIONS,
  EQUAL_WEIGHTS,
  effectiveWeights,
  gap,
  modelComparable,
  rankModels,
} from './distance';

export const MAX_WEIGHT = 4;

export interface Crossing {
  dimension: DimensionId;
  /** 'rises': the nearest changes once this dimension's weight rises above `weight`;
   *  'falls': once it falls below `weight`. Other weights held where they are. At an end of the
   *  range the change is at the end itself: 'falls' with weight 0 means "once this dimension is
   *  ignored" (two models tie there and the one listed first wins, as in the ranking). */
  change: 'rises' | 'falls';
  /** The exact threshold, in [0, MAX_WEIGHT]. */
  weight: number;
  /** The model that becomes nearest just past the threshold. */
  nearest: string;
  /** The current weight of that dimension. */
  from: number;
}

/**
 * One model's distance as a function of one dimension's weight w, the others held:
 * D(w) = (a + p·w) / (b + q·w), where a and b sum the other dimensions' weighted gaps and weights,
 * q is the dimension's confidence factor and p that factor times its gap.
 */
interface Ratio {
  a: number;
  b: number;
  p: number;
  q: number;
}

const ONES = Object.fromEntries(DIMENSIONS.map((d) => [d, 1])) as Weights;

function ratioOf(
  region: Comparable,
  model: Model,
  weights: Weights,
  downWeight: boolean,
  dimension: DimensionId,
): Ratio {
  const other = modelComparable(model);
  // The confidence factor per dimension: effectiveWeights with every weight 1.
  const factor = effectiveWeights(region, other, {
    weights: ONES,
    downWeightLowConfidence: downWeight,
  });
  let a = 0;
  let b = 0;
  for (const d of DIMENSIONS) {
    if (d === dimension) continue;
    const w = Math.max(0, weights[d]) * factor[d];
    a += w * gap(region.values, other.values, d);
    b += w;
  }
  const q = factor[dimension];
  return { a, b, p: q * gap(region.values, other.values, dimension), q };
}

/** Real roots of c2·w² + c1·w + c0 (coefficients negligible against the largest are dropped). */
function roots(c2: number, c1: number, c0: number): number[] {
  const scale = Math.max(Math.abs(c2), Math.abs(c1), Math.abs(c0));
  // The two distances agree for every weight (the coefficients are sums of terms of order one, so
  // anything this small is rounding).
  if (scale < 1e-12) return [];
  const tiny = 1e-12 * scale;
  if (Math.abs(c2) <= tiny) return Math.abs(c1) <= tiny ? [] : [-c0 / c1];
  let disc = c1 * c1 - 4 * c2 * c0;
  if (disc < 0) {
    if (disc < -1e-12 * Math.max(c1 * c1, Math.abs(4 * c2 * c0))) return [];
    disc = 0;
  }
  // The numerically stable pair: no cancellation between c1 and the root of the discriminant.
  const s = -(c1 + Math.sign(c1 || 1) * Math.sqrt(disc)) / 2;
  const r1 = s / c2;
  return s === 0 ? [r1] : [r1, c0 / s];
}

/** Where D_i(w) = D_j(w): (a_i + p_i w)(b_j + q_j w) − (a_j + p_j w)(b_i + q_i w) = 0. */
function pairRoots(i: Ratio, j: Ratio): number[] {
  return roots(
    i.p * j.q - j.p * i.q,
    i.a * j.q + i.p * j.b - j.a * i.q - j.p * i.b,
    i.a * j.b - j.a * i.b,
  );
}

/** How far apart two computed meeting points may be and still be the same weight. */
const MEETING_ROUNDING = 1e-9;

/** The first index of the sorted `xs` whose value is at least `x`. */
function bisectLeft(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every weight in [0, upper] where any two models' distances meet, with the ends and `from`; and
 * which of them are where the current nearest model meets another (`meetsCurrent`): the nearest
 * can change only there, so only the intervals that start at one of those need reading.
 */
function breakpoints(
  ratios: readonly Ratio[],
  from: number,
  upper: number,
  current: number,
): { points: number[]; meetsCurrent: Set<number> } {
  const points = [0, upper, from];
  const meetsCurrent = new Set<number>();
  for (let i = 0; i < ratios.length; i++) {
    for (let j = i + 1; j < ratios.length; j++) {
      for (const r of pairRoots(ratios[i]!, ratios[j]!)) {
        if (!Number.isFinite(r)) continue;
        // Kept even just outside the range: a meeting at 0 computed as −3e-17 still marks the
        // rounding-close points inside it.
        if (i === current || j === current) meetsCurrent.add(r);
        if (r > 0 && r < upper) points.push(r);
      }
    }
  }
  points.sort((x, y) => x - y);
  return { points: oneWeightPerMeeting(points, [0, upper, from]), meetsCurrent };
}

/**
 * The sorted `points` with those within rounding of each other read as one weight: three models
 * meeting at one weight give three computed meetings a hair apart (0.12 and 0.12000000000000001),
 * and the sliver between them, where the three tie, is not a weight a reader can set; read there,
 * the tie's corpus order would name a model that is nearest nowhere else. Each group keeps its
 * first point, or the one of `exact` (the ends, the current weight) that it holds, which the walk
 * must find as it is.
 */
function oneWeightPerMeeting(points: readonly number[], exact: readonly number[]): number[] {
  const kept: number[] = [];
  let groupStart = -Infinity;
  for (const x of points) {
    if (x - groupStart > MEETING_ROUNDING) {
      groupStart = x;
      kept.push(x);
    } else if (exact.includes(x)) {
      kept[kept.length - 1] = x;
    }
  }
  return kept;
}

/**
 * Walking from the current weight through the breakpoints (in the direction they are listed), the
 * first one past which another model is nearest: read on each open interval at its midpoint. The
 * current nearest stays nearest until its distance meets another's, so an interval is read only
 * where it starts at the walk's start or at such a meeting (`mayChange`): the answer is the same
 * as reading every interval, with a reading per meeting of the nearest rather than one per
 * meeting of any two models (200 models: from seconds to milliseconds). The far end of the walk
 * (0, the dimension ignored, or the top of the range) is a weight of its own: a tie there goes by
 * corpus order and can name another model exactly at the end, which is then reported as a change
 * at the end.
 */
function firstChange(
  walk: readonly number[],
  nearestAt: (w: number) => Ranked,
  current: string,
  mayChange: (w: number) => boolean,
): { weight: number; nearest: string } | null {
  for (let k = 0; k + 1 < walk.length; k++) {
    if (k > 0 && !mayChange(walk[k]!)) continue;
    const n = nearestAt((walk[k]! + walk[k + 1]!) / 2);
    if (n.id !== current) return { weight: walk[k]!, nearest: n.id };
  }
  const end = walk[walk.length - 1];
  if (end === undefined || walk.length < 2) return null;
  const n = nearestAt(end);
  return n.id !== current ? { weight: end, nearest: n.id } : null;
}

/** Rounding between a distance computed by rankModels and the same one computed another way. */
const DISTANCE_ROUNDING = 1e-9;

/**
 * The models that can be nearest somewhere on the walk, in corpus order. With the other weights
 * held, a model's distance (a + p·w) / (b + q·w) is monotone in w, so over [0, upper] it lies
 * between its values at the two ends; no distance on the lower envelope exceeds the smallest
 * "worse end" of any model, so a model whose better end lies above that bound is never nearest
 * and never decides which model is. Dropping those leaves the same nearest on every interval
 * (the unit tests check it against the exhaustive walk over every model) and shrinks the pairs
 * whose meetings are computed from n² / 2 to those of a few contenders.
 */
function contenders(
  models: readonly Model[],
  atZero: readonly Ranked[],
  atUpper: readonly Ranked[],
): readonly Model[] {
  const upperById = new Map(atUpper.map((r) => [r.id, r.distance]));
  const ends = atZero.map((r) => [r.distance, upperById.get(r.id) ?? NaN] as const);
  if (ends.some(([zero, top]) => !Number.isFinite(zero) || !Number.isFinite(top))) return models;
  const bound = Math.min(...ends.map(([zero, top]) => Math.max(zero, top)));
  const kept = new Set(
    atZero.filter((r, k) => Math.min(...ends[k]!) <= bound + DISTANCE_ROUNDING).map((r) => r.id),
  );
  return models.filter((m) => kept.has(m.id));
}

/**
 * Every dimension's first crossing above and first below its current weight (at most two per
 * dimension), sorted by how far the weight must move (|weight − from|, smallest first; then
 * dimension order, rises first). Exact: between two consecutive meeting points of any two models
 * the order of the models cannot change, so the nearest on each such interval is read at its
 * midpoint with rankModels (ties in corpus order, as the ranking shows them). Empty when fewer than
 * two models. A current weight above MAX_WEIGHT widens the searched range to reach it.
 */
export function weightCrossings(
  region: Comparable,
  models: readonly Model[],
  options: DistanceOptions,
  /** Read every interval, not only those after a meeting of the nearest: the slow reference the
   *  fast walk is tested against. */
  exhaustive = false,
): Crossing[] {
  if (models.length < 2) return [];
  const weights = options.weights ?? EQUAL_WEIGHTS;
  const downWeight = options.downWeightLowConfidence ?? false;
  const current = rankModels(region, models, options)[0]!;
  const crossings: Crossing[] = [];
  for (const dimension of DIMENSIONS) {
    const from = weights[dimension];
    // effectiveWeights reads a negative weight as 0, so the walk starts there.
    const at = Math.max(0, from);
    const upper = Math.max(MAX_WEIGHT, at);
    const at0 = { ...options, weights: { ...weights, [dimension]: 0 } };
    const atUpper = { ...options, weights: { ...weights, [dimension]: upper } };
    const field = exhaustive
      ? models
      : contenders(models, rankModels(region, models, at0), rankModels(region, models, atUpper));
    const fieldCurrent = field.findIndex((m) => m.id === current.id);
    const ratios = field.map((m) => ratioOf(region, m, weights, downWeight, dimension));
    const { points, meetsCurrent } = breakpoints(ratios, at, upper, fieldCurrent);
    const meets = [...meetsCurrent].sort((x, y) => x - y);
    // Within rounding of a meeting, not only at it: a third model's meeting computed a hair
    // beside it (0.3000000000000001 against …07) starts the interval where the change shows.
    const mayChange = (w: number) => {
      if (exhaustive) return true;
      const k = bisectLeft(meets, w - MEETING_ROUNDING);
      return k < meets.length && meets[k]! <= w + MEETING_ROUNDING;
    };
    const nearestAt = (w: number) =>
      rankModels(region, field, { ...options, weights: { ...weights, [dimension]: w } })[0]!;
    const start = points.indexOf(at);
    const rises = firstChange(points.slice(start), nearestAt, current.id, mayChange);
    if (rises) crossings.push({ dimension, change: 'rises', from, ...rises });
    const falls = firstChange(
      points.slice(0, start + 1).reverse(),
      nearestAt,
      current.id,
      mayChange,
    );
    if (falls) crossings.push({ dimension, change: 'falls', from, ...falls });
  }
  const order = (c: Crossing) =>
    DIMENSIONS.indexOf(c.dimension) * 2 + (c.change === 'rises' ? 0 : 1);
  // Moves equal but for rounding (1.88 read as 1.8799999999999986 from one pair of models and
  // 1.8800000000000032 from another) go in dimension order.
  const move = (c: Crossing) => Math.abs(c.weight - c.from);
  return crossings.sort((x, y) => {
    const d = move(x) - move(y);
    return Math.abs(d) > MEETING_ROUNDING ? d : order(x) - order(y);
  });
}

export interface Spread {
  nearest: Ranked;
  second: Ranked | null;
  /** similarities (1 − distance) × 100, unrounded */
  highest: number;
  lowest: number;
  /** highest − lowest, in points */
  range: number;
  /** nearest − second, in points (0 when one model) */
  lead: number;
}

const similarity = (r: Ranked) => (1 - r.distance) * 100;

/** How the similarities of a ranking (rankModels order, nearest first) spread. */
export function spreadOf(ranking: readonly Ranked[]): Spread | null {
  const nearest = ranking[0];
  if (!nearest) return null;
  const second = ranking[1] ?? null;
  const all = ranking.map(similarity);
  const highest = Math.max(...all);
  const lowest = Math.min(...all);
  return {
    nearest,
    second,
    highest,
    lowest,
    range: highest - lowest,
    lead: second ? similarity(nearest) - similarity(second) : 0,
  };
}

/** The nearest model when low-confidence codes are down-weighted (or not, the opposite of `options`),
 *  for the "does the nearest hold" note. */
export function nearestWithConfidenceToggled(
  region: Comparable,
  models: readonly Model[],
  options: DistanceOptions,
): Ranked | null {
  return (
    rankModels(region, models, {
      ...options,
      downWeightLowConfidence: !options.downWeightLowConfidence,
    })[0] ?? null
  );
}
