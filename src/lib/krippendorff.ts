/**
 * Krippendorff's alpha, computed through the coincidence matrix so that missing values are allowed.
 *
 * Data layout: one row per unit, one column per coder, `null` for a value a coder did not give.
 * Rows may be ragged (a short row just has its last coders missing): alpha only looks at the values
 * inside each unit, never at which coder gave them.
 */

export type Metric = 'nominal' | 'ordinal' | 'interval' | 'ratio';
export const METRICS: readonly Metric[] = ['nominal', 'ordinal', 'interval', 'ratio'];

/** A coder's value for a unit; `null` = missing. */
export type Rating = number | null;
/** Reliability data, units × coders: `data[unit][coder]`. */
export type ReliabilityData = readonly (readonly Rating[])[];

/** Why alpha could not be computed. */
export type AlphaUndefinedReason =
  /** No unit has two or more values, so there is no pair to compare. */
  | 'no-pairable-values'
  /** The ratio metric is defined for values ≥ 0 only (it divides by c + k). */
  | 'negative-value-for-ratio';

export interface AlphaResult {
  metric: Metric;
  /** 1 − D_o / D_e; `null` when undefined (see `reason`). */
  alpha: number | null;
  /** Set exactly when `alpha` is null. */
  reason: AlphaUndefinedReason | null;
  /**
   * True when every pairable value is the same, so D_e = 0 and 1 − D_o / D_e is 0/0.
   * Krippendorff leaves alpha undefined there; we report 1 (the coders never disagree) and raise
   * this flag so a UI can say that the figure rests on no variation at all.
   */
  noVariation: boolean;
  /** n: the number of pairable values (values in units that have at least two). */
  pairableValues: number;
  /** Units with at least two values; the others contribute no pairs and are dropped. */
  unitsUsed: number;
  /** D_o = Σ o_ck δ²_ck / n; `null` when there is nothing to compare. */
  observedDisagreement: number | null;
  /** D_e = Σ n_c n_k δ²_ck / (n (n − 1)); `null` when there is nothing to compare. */
  expectedDisagreement: number | null;
}

/** The values of each unit that has at least two, missing ones left out. Non-finite values throw. */
function pairableUnits(data: ReliabilityData): number[][] {
  const units: number[][] = [];
  for (const row of data) {
    const values: number[] = [];
    for (const value of row) {
      if (value === null) continue;
      // `null` is the only missing marker; a NaN or Infinity is a caller's mistake, not a gap.
      if (!Number.isFinite(value))
        throw new RangeError(`Krippendorff's alpha needs finite values or null, got ${value}`);
      values.push(value);
    }
    if (values.length >= 2) units.push(values);
  }
  return units;
}

interface Coincidences {
  /** The distinct pairable values, ascending. */
  values: number[];
  /** o[c][k]: coincidences of values[c] with values[k] (symmetric). */
  matrix: number[][];
  /** n_c: row sums of the matrix = how often values[c] occurs among pairable values. */
  marginals: number[];
  /** n = Σ n_c. */
  total: number;
}

/**
 * Every ordered pair of values from different coders in a unit of m values adds 1 / (m − 1) to
 * o[c][k], so each value contributes exactly 1 in total and the matrix sums to n.
 */
function coincidences(units: readonly (readonly number[])[]): Coincidences {
  const values = [...new Set(units.flat())].sort((a, b) => a - b);
  const indexOf = new Map(values.map((value, index) => [value, index]));
  const matrix = values.map(() => values.map(() => 0));

  for (const unit of units) {
    const counts = new Map<number, number>();
    for (const value of unit) {
      const index = indexOf.get(value) as number;
      counts.set(index, (counts.get(index) ?? 0) + 1);
    }
    const weight = 1 / (unit.length - 1);
    for (const [c, countC] of counts) {
      const row = matrix[c] as number[];
      for (const [k, countK] of counts) {
        // A value is never paired with itself, hence countC − 1 on the diagonal.
        const pairs = c === k ? countC * (countC - 1) : countC * countK;
        row[k] = (row[k] as number) + pairs * weight;
      }
    }
  }

  const marginals = matrix.map((row) => row.reduce((sum, x) => sum + x, 0));
  const total = units.reduce((sum, unit) => sum + unit.length, 0);
  return { values, matrix, marginals, total };
}

/** δ²(values[c], values[k]) for each metric, as Krippendorff defines them. */
function squaredDistances(metric: Metric, values: number[], marginals: number[]): number[][] {
  const at = (list: number[], i: number) => list[i] as number;
  switch (metric) {
    case 'nominal':
      return values.map((_, c) => values.map((_, k) => (c === k ? 0 : 1)));
    case 'interval':
      return values.map((a) => values.map((b) => (a - b) ** 2));
    case 'ratio':
      // Two zeros are the same value; with only non-negative values a + b = 0 means just that.
      return values.map((a) => values.map((b) => (a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2)));
    case 'ordinal': {
      // The ordinal distance counts how many pairable values lie between c and k, with c and k
      // themselves counted half: (Σ_{g=c..k} n_g − (n_c + n_k) / 2)². Prefix sums make each O(1).
      const before = [0];
      for (const n of marginals) before.push(at(before, before.length - 1) + n);
      return values.map((_, c) =>
        values.map((_, k) => {
          const low = Math.min(c, k);
          const high = Math.max(c, k);
          const span = at(before, high + 1) - at(before, low);
          return (span - (at(marginals, c) + at(marginals, k)) / 2) ** 2;
        }),
      );
    }
  }
}

/**
 * Krippendorff's alpha for units × coders data (`data[unit][coder]`, `null` = missing).
 * Units with fewer than two values are dropped. Non-finite values throw a RangeError.
 */
export function krippendorffAlpha(data: ReliabilityData, metric: Metric): AlphaResult {
  const units = pairableUnits(data);
  const empty = {
    metric,
    alpha: null,
    noVariation: false,
    unitsUsed: units.length,
    observedDisagreement: null,
    expectedDisagreement: null,
  };
  if (units.length === 0) return { ...empty, reason: 'no-pairable-values', pairableValues: 0 };

  const { values, matrix, marginals, total } = coincidences(units);
  if (metric === 'ratio' && (values[0] as number) < 0)
    return { ...empty, reason: 'negative-value-for-ratio', pairableValues: total };

  const delta = squaredDistances(metric, values, marginals);
  let observedSum = 0;
  let expectedSum = 0;
  values.forEach((_, c) => {
    const matrixRow = matrix[c] as number[];
    const deltaRow = delta[c] as number[];
    const nC = marginals[c] as number;
    values.forEach((_, k) => {
      const d = deltaRow[k] as number;
      observedSum += (matrixRow[k] as number) * d;
      expectedSum += nC * (marginals[k] as number) * d;
    });
  });
  const observed = observedSum / total;
  const expected = expectedSum / (total * (total - 1));

  // D_e is 0 only when all pairable values are equal; then every δ² used is 0 and so is D_o.
  const noVariation = expected === 0;
  return {
    metric,
    alpha: noVariation ? 1 : 1 - observed / expected,
    reason: null,
    noVariation,
    pairableValues: total,
    unitsUsed: units.length,
    observedDisagreement: observed,
    expectedDisagreement: expected,
  };
}

/** Share of pairable units (two or more values) whose values are all equal; `null` if there are none. */
export function exactAgreement(data: ReliabilityData): number | null {
  const units = pairableUnits(data);
  if (units.length === 0) return null;
  const agreeing = units.filter((unit) => unit.every((value) => value === unit[0])).length;
  return agreeing / units.length;
}

/**
 * Mean |a − b| over every unordered pair of values within the same unit, pooled across units (a unit
 * of m values gives m (m − 1) / 2 pairs, so larger units weigh more); `null` if there are no pairs.
 */
export function meanDistance(data: ReliabilityData): number | null {
  let sum = 0;
  let pairs = 0;
  for (const unit of pairableUnits(data)) {
    for (let i = 0; i < unit.length; i++)
      for (let j = i + 1; j < unit.length; j++) {
        sum += Math.abs((unit[i] as number) - (unit[j] as number));
        pairs++;
      }
  }
  return pairs === 0 ? null : sum / pairs;
}
