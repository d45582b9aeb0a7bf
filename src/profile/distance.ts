/**
 * How far a region's profile lies from each model: per-dimension distances normalised to [0, 1]
 * (ordinal steps: gap / 4; shares: half the sum of absolute differences, the total variation
 * distance), averaged with per-dimension weights. Optionally, dimensions a model codes with low
 * confidence count for less. Pure; property-tested (zero on itself, symmetric, in [0, 1],
 * monotone in each dimension's gap).
 */
import type { Confidence, DimensionId, Model } from '../corpus/schema';
import type { ProfileValues, Weights } from '../corpus/profile';
import { EQUAL_WEIGHTS } from '../corpus/profile';

export type { Weights };
export { EQUAL_WEIGHTS };
import { GOVERNANCE_LEVELS, SECTOR_FAMILIES } from '../corpus/derive';

export const DIMENSIONS: readonly DimensionId[] = [
  'stateRole',
  'governanceLevel',
  'sectorFocus',
  'firmHierarchy',
  'universityIndustry',
];

/** A weight multiplier per confidence, used when low-confidence codes are down-weighted. */
export const CONFIDENCE_FACTOR: Record<Confidence, number> = { high: 1, medium: 1, low: 0.5 };

export interface Comparable {
  values: ProfileValues;
  /** Confidence per dimension; a profile the user states is taken as high. */
  confidence?: Partial<Record<DimensionId, Confidence>>;
}

export function gap(a: ProfileValues, b: ProfileValues, dimension: DimensionId): number {
  switch (dimension) {
    case 'governanceLevel':
      return (
        GOVERNANCE_LEVELS.reduce(
          (s, k) => s + Math.abs(a.governanceLevel[k] - b.governanceLevel[k]),
          0,
        ) / 2
      );
    case 'sectorFocus':
      return (
        SECTOR_FAMILIES.reduce((s, k) => s + Math.abs(a.sectorFocus[k] - b.sectorFocus[k]), 0) / 2
      );
    default:
      return Math.abs(a[dimension] - b[dimension]) / 4;
  }
}

export interface DistanceOptions {
  weights?: Weights;
  downWeightLowConfidence?: boolean;
}

/** A dimension's weight for this pair: a negative one reads as 0, and with down-weighting the
 *  weaker of the two confidences scales it (which keeps the distance symmetric). */
function effectiveWeight(
  a: Comparable,
  b: Comparable,
  d: DimensionId,
  weights: Weights,
  downWeightLowConfidence: boolean | undefined,
): number {
  const weight = Math.max(0, weights[d]);
  if (!downWeightLowConfidence) return weight;
  return (
    weight *
    Math.min(
      CONFIDENCE_FACTOR[a.confidence?.[d] ?? 'high'],
      CONFIDENCE_FACTOR[b.confidence?.[d] ?? 'high'],
    )
  );
}

export function effectiveWeights(
  a: Comparable,
  b: Comparable,
  options: DistanceOptions = {},
): Weights {
  const weights = options.weights ?? EQUAL_WEIGHTS;
  const w = {} as Weights;
  for (const d of DIMENSIONS)
    w[d] = effectiveWeight(a, b, d, weights, options.downWeightLowConfidence);
  return w;
}

/**
 * The gaps of a pair, per dimension in DIMENSIONS order, kept while both are in use: they do not
 * depend on the weights, and the sensitivity analysis ranks the same models against the same
 * region about a dozen times per change, each time under other weights (the share gaps were a
 * sixth of a 200-model change in policy fit at 4× throttle). Comparables are never changed once
 * made (a profile or a model is replaced, not edited), so a pair's gaps hold for the pair's life.
 */
const gapsByPair = new WeakMap<Comparable, WeakMap<Comparable, readonly number[]>>();

function gapsOf(a: Comparable, b: Comparable): readonly number[] {
  let byB = gapsByPair.get(a);
  if (!byB) gapsByPair.set(a, (byB = new WeakMap()));
  let gaps = byB.get(b);
  if (!gaps) byB.set(b, (gaps = DIMENSIONS.map((d) => gap(a.values, b.values, d))));
  return gaps;
}

/**
 * Summed in the same order as `effectiveWeights` then the weighted gaps would be, so the figure is
 * the same to the last bit, without the weights object: the policy-fit view's sensitivity
 * analysis ranks every model about nine times per change, and building that object per pair was
 * the largest part of a 200-model change there (profiled at 4× throttle).
 */
export function distance(a: Comparable, b: Comparable, options: DistanceOptions = {}): number {
  const weights = options.weights ?? EQUAL_WEIGHTS;
  const gaps = gapsOf(a, b);
  let total = 0;
  let weighted = 0;
  for (let k = 0; k < DIMENSIONS.length; k++) {
    const w = effectiveWeight(a, b, DIMENSIONS[k]!, weights, options.downWeightLowConfidence);
    total += w;
    weighted += w * gaps[k]!;
  }
  if (total === 0) return 0;
  return Math.min(1, Math.max(0, weighted / total));
}

/** Models are immutable once loaded: each is made comparable once, however often it is ranked. */
const comparables = new WeakMap<Model, Comparable>();

export function modelComparable(model: Model): Comparable {
  let comparable = comparables.get(model);
  if (!comparable) comparables.set(model, (comparable = comparableOf(model)));
  return comparable;
}

function comparableOf(model: Model): Comparable {
  const c = model.codes;
  return {
    values: {
      stateRole: c.stateRole.value,
      governanceLevel: c.governanceLevel.value,
      sectorFocus: c.sectorFocus.value,
      firmHierarchy: c.firmHierarchy.value,
      universityIndustry: c.universityIndustry.value,
    },
    confidence: Object.fromEntries(DIMENSIONS.map((d) => [d, c[d].confidence])),
  };
}

export interface Ranked {
  id: string;
  name: string;
  distance: number;
}

/**
 * Distances closer than this are a tie. Two models with the same gaps get the same distance only up
 * to rounding (the sums run in different orders of magnitude), and rounding must not decide which
 * is nearest: a tie keeps the corpus order at every weight (sensitivity.ts relies on it).
 */
export const DISTANCE_TIE = 1e-9;

/** Models from nearest to farthest; ties keep the corpus order. */
export function rankModels(
  profile: Comparable,
  models: readonly Model[],
  options: DistanceOptions = {},
): Ranked[] {
  return models
    .map((m) => ({
      id: m.id,
      name: m.name,
      distance: distance(profile, modelComparable(m), options),
    }))
    .sort((a, b) =>
      Math.abs(a.distance - b.distance) <= DISTANCE_TIE ? 0 : a.distance - b.distance,
    );
}
