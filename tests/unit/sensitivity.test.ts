import fc from 'fast-check';
import { syntheticBundle } from '../../src/cli/synthetic';
import { describe, expect, it } from 'vitest';
import type { ProfileValues, Weights } from '../../src/corpus/profile';
import type { DimensionId, Model } from '../../src/corpus/schema';
import type { Comparable, DistanceOptions, Ranked } from '../../src/profile/distance';
import {
  DIMENSIONS,
  DISTANCE_TIE,
  EQUAL_WEIGHTS,
  effectiveWeights,
  gap,
  modelComparable,
  rankModels,
} from '../../src/profile/distance';
import {
  MAX_WEIGHT,
  nearestWithConfidenceToggled,
  spreadOf,
  weightCrossings,
} from '../../src/profile/sensitivity';
import { buildModel, bundledCorpus } from '../support/corpus';
import { profileArb } from '../support/profile-arb';

/** The values buildModel codes. */
const base: ProfileValues = {
  stateRole: 3,
  governanceLevel: { national: 0.5, regional: 0.3, local: 0.2 },
  sectorFocus: { traditional: 0.25, industrial: 0.25, 'high-tech': 0.25, mixed: 0.25 },
  firmHierarchy: 3,
  universityIndustry: 3,
};

/** A built model that differs from `base` in these codes. */
function modelAt(
  id: string,
  over: { stateRole?: number; sectorFocus?: ProfileValues['sectorFocus'] },
  confidence: Model['codes']['stateRole']['confidence'] = 'medium',
): Model {
  const m = buildModel({ id });
  return {
    ...m,
    codes: {
      ...m.codes,
      stateRole: { ...m.codes.stateRole, value: over.stateRole ?? 3, confidence },
      sectorFocus: { ...m.codes.sectorFocus, value: over.sectorFocus ?? base.sectorFocus },
    },
  };
}

// X: state role the same, sector focus half off (gap 0.5). Y: state role one step off (gap 0.25).
const X = modelAt('x', {
  sectorFocus: { traditional: 0.75, industrial: 0.25, 'high-tech': 0, mixed: 0 },
});
const Y = modelAt('y', { stateRole: 4 });

describe('weightCrossings on built models', () => {
  it('finds the thresholds in closed form, nearest first by how far the weight moves', () => {
    // Equal weights: D_X = 0.5/5, D_Y = 0.25/5, so Y is nearest.
    // Sector weight w: D_X = 0.5w/(4+w), D_Y = 0.25/(4+w): they meet at w = 0.5.
    // State-role weight w: D_X = 0.5/(4+w), D_Y = 0.25w/(4+w): they meet at w = 2.
    const crossings = weightCrossings({ values: base }, [X, Y], {});
    expect(crossings.map((c) => [c.dimension, c.change, c.nearest, c.from])).toEqual([
      ['sectorFocus', 'falls', 'x', 1],
      ['stateRole', 'rises', 'x', 1],
    ]);
    expect(crossings[0]!.weight).toBeCloseTo(0.5, 12);
    expect(crossings[1]!.weight).toBeCloseTo(2, 12);
  });

  it('reads the current weights and holds the others where they are', () => {
    const weights: Weights = { ...EQUAL_WEIGHTS, stateRole: 0.5, governanceLevel: 0 };
    // Sector weight w with state role at 0.5 and governance ignored:
    // D_X = 0.5w/(3.5+w), D_Y = 0.125/(3.5+w) → w = 0.25 (falls from 1).
    // State-role weight w: D_X = 0.5/(3+w), D_Y = 0.25w/(3+w) → w = 2 (rises from 0.5).
    const crossings = weightCrossings({ values: base }, [X, Y], { weights });
    expect(crossings.map((c) => [c.dimension, c.change, c.from])).toEqual([
      ['sectorFocus', 'falls', 1],
      ['stateRole', 'rises', 0.5],
    ]);
    expect(crossings[0]!.weight).toBeCloseTo(0.25, 12);
    expect(crossings[1]!.weight).toBeCloseTo(2, 12);
  });

  it('down-weights low-confidence codes like the ranking does (a quadratic case)', () => {
    // Y's state role is coded with low confidence: its factor there is 0.5.
    const lowY = modelAt('y', { stateRole: 4 }, 'low');
    const options: DistanceOptions = { downWeightLowConfidence: true };
    // State-role weight w: D_X = 0.5/(4+w), D_Y = 0.125w/(4+0.5w) → 0.125w² + 0.5w − 2 − 0.25w = 0
    // → w² + 2w − 16 = 0 → w = −1 + √17.
    const crossings = weightCrossings({ values: base }, [X, lowY], options);
    const state = crossings.find((c) => c.dimension === 'stateRole');
    expect(state).toMatchObject({ change: 'rises', nearest: 'x' });
    expect(state!.weight).toBeCloseTo(Math.sqrt(17) - 1, 12);
  });

  it('reports nothing with fewer than two models, and nothing where the nearest never changes', () => {
    expect(weightCrossings({ values: base }, [X], {})).toEqual([]);
    expect(weightCrossings({ values: base }, [], {})).toEqual([]);
    // A model identical to the region, listed first, is nearest at every weight.
    expect(weightCrossings({ values: base }, [buildModel({ id: 'same' }), X], {})).toEqual([]);
    // Listed second, it ties with X once sector focus is ignored, and the tie goes to X.
    expect(weightCrossings({ values: base }, [X, buildModel({ id: 'same' })], {})).toEqual([
      { dimension: 'sectorFocus', change: 'falls', weight: 0, nearest: 'x', from: 1 },
    ]);
  });

  it('a tie keeps the corpus order, as the ranking does', () => {
    // At sector weight 0.5 X and Y tie; with X listed first, X is nearest from 0.5 down.
    const crossings = weightCrossings({ values: base }, [X, Y], {
      weights: { ...EQUAL_WEIGHTS, sectorFocus: 0.5 },
    });
    // Y is nearest at 0.5 only if listed first; listed second, the tie goes to X.
    expect(
      rankModels({ values: base }, [X, Y], { weights: { ...EQUAL_WEIGHTS, sectorFocus: 0.5 } })[0]
        ?.id,
    ).toBe('x');
    const sector = crossings.find((c) => c.dimension === 'sectorFocus');
    expect(sector).toMatchObject({ change: 'rises', nearest: 'y' });
    expect(sector!.weight).toBeCloseTo(0.5, 12);
  });
});

describe('weightCrossings on the bundled models', () => {
  const models = bundledCorpus().models;
  const resource: ProfileValues = {
    stateRole: 5,
    governanceLevel: { national: 0.8, regional: 0.15, local: 0.05 },
    sectorFocus: { traditional: 0.2, industrial: 0.7, 'high-tech': 0.05, mixed: 0.05 },
    firmHierarchy: 5,
    universityIndustry: 2,
  };

  it('the resource region: Japan holds unless sector focus rises, hierarchy falls or university links rise', () => {
    // By hand, equal weights: Japan's gaps 0, .3, .9, 0, .5; France's .25, .3, .4, .5, .5;
    // Italy's .75, .3, .65, 1, 0. Japan = France at sector weight 1.5 and hierarchy weight 0.5;
    // Japan = Italy at university weight 3; Japan = France at state-role weight 0.
    const crossings = weightCrossings({ values: resource }, models, {});
    expect(crossings.map((c) => [c.dimension, c.change, c.nearest])).toEqual([
      ['sectorFocus', 'rises', 'france'],
      ['firmHierarchy', 'falls', 'france'],
      ['stateRole', 'falls', 'france'],
      ['universityIndustry', 'rises', 'italy'],
    ]);
    // State role ignored (weight 0), Japan and France tie at 1.7 / 4 and France is listed first.
    expect(crossings.map((c) => c.weight)).toEqual([
      expect.closeTo(1.5, 12),
      expect.closeTo(0.5, 12),
      0,
      expect.closeTo(3, 12),
    ]);
  });
});

/** The nearest model at this weight of one dimension, the others as given (rankModels). */
const nearestAt = (
  region: Comparable,
  models: readonly Model[],
  options: DistanceOptions,
  dimension: DimensionId,
  w: number,
) =>
  rankModels(region, models, {
    ...options,
    weights: { ...(options.weights ?? EQUAL_WEIGHTS), [dimension]: w },
  })[0]!.id;

const ONES = Object.fromEntries(DIMENSIONS.map((d) => [d, 1])) as Weights;

/**
 * The same nearest, fast enough to walk a grid of 4,000 weights per dimension: each model's gaps
 * and confidence factors read once, the weighted mean written out, ties (within DISTANCE_TIE) to
 * the model listed first. Checked against rankModels in the test that uses it.
 */
function gridNearest(region: Comparable, models: readonly Model[], options: DistanceOptions) {
  const parts = models.map((m) => {
    const c = modelComparable(m);
    const f = effectiveWeights(region, c, { ...options, weights: ONES });
    return {
      id: m.id,
      f,
      g: Object.fromEntries(DIMENSIONS.map((d) => [d, gap(region.values, c.values, d)])) as Weights,
    };
  });
  const weights = options.weights ?? EQUAL_WEIGHTS;
  return (dimension: DimensionId, w: number): string => {
    let best = '';
    let bestDistance = Infinity;
    for (const p of parts) {
      let num = 0;
      let den = 0;
      for (const d of DIMENSIONS) {
        const wd = Math.max(0, d === dimension ? w : weights[d]) * p.f[d];
        num += wd * p.g[d];
        den += wd;
      }
      const distance = den === 0 ? 0 : num / den;
      if (distance < bestDistance - DISTANCE_TIE) {
        best = p.id;
        bestDistance = distance;
      }
    }
    return best;
  };
}

/** The weights the page offers, and a few more inside [0, MAX_WEIGHT]. */
const weightArb = fc.constantFrom(0, 0.5, 1, 1, 1, 2, 3);
const optionsArb: fc.Arbitrary<DistanceOptions> = fc.record({
  weights: fc.record(
    Object.fromEntries(DIMENSIONS.map((d) => [d, weightArb])) as Record<
      DimensionId,
      fc.Arbitrary<number>
    >,
  ),
  downWeightLowConfidence: fc.boolean(),
});

describe('weightCrossings: the fast walk against reading every interval', () => {
  it('finds the same crossings on synthetic corpora of 3 to 30 models', () => {
    const codebook = bundledCorpus().codebook;
    fc.assert(
      fc.property(
        profileArb,
        optionsArb,
        fc.integer({ min: 3, max: 30 }),
        fc.integer({ min: 1, max: 1000 }),
        (values, options, count, seed) => {
          const models = syntheticBundle(count, codebook, seed).models;
          const fast = weightCrossings({ values }, models, options);
          const every = weightCrossings({ values }, models, options, true);
          // The same crossings; a threshold may be read from another pair of models meeting at the
          // same weight (the fast walk leaves out models that are never nearest), so its last
          // bit may differ.
          expect(fast.map(({ weight: _weight, ...rest }) => rest)).toEqual(
            every.map(({ weight: _weight, ...rest }) => rest),
          );
          fast.forEach((c, k) => expect(c.weight).toBeCloseTo(every[k]!.weight, 12));
        },
      ),
      { numRuns: 150 },
    );
    // Two walks over up to 30 models, 150 times: seconds on a busy two-core machine.
  }, 60_000);
});

describe('weightCrossings where three models meet at one weight', () => {
  // Found by the property above (seed -181845982): with state role's weight at 0.12 three
  // models are equally near, and their three computed meetings lie a hair apart. The exhaustive
  // walk read the sliver between them, where the tie's corpus order named synthetic-04, which is
  // nearest nowhere past 0.12; both walks now read the meeting as one weight.
  const values: ProfileValues = {
    stateRole: 1,
    firmHierarchy: 5,
    universityIndustry: 2,
    governanceLevel: { national: 1, regional: 0, local: 0 },
    sectorFocus: { traditional: 0.37, industrial: 0.27, 'high-tech': 0.03, mixed: 0.33 },
  };
  const options: DistanceOptions = {
    weights: {
      stateRole: 0,
      governanceLevel: 0,
      sectorFocus: 0.5,
      firmHierarchy: 1,
      universityIndustry: 0.5,
    },
    downWeightLowConfidence: false,
  };
  const models = syntheticBundle(23, bundledCorpus().codebook, 471).models;

  it('names the model nearest just past the meeting, in both walks', () => {
    const rankedAt = (w: number) =>
      rankModels({ values }, models, {
        ...options,
        weights: { ...options.weights!, stateRole: w },
      }).map((r) => r.id);
    // The three meet at 0.12; past it synthetic-16 leads.
    expect(rankedAt(0.1199)[0]).toBe('synthetic-23');
    expect(rankedAt(0.1201)[0]).toBe('synthetic-16');
    for (const exhaustive of [false, true]) {
      const rise = weightCrossings({ values }, models, options, exhaustive).find(
        (c) => c.dimension === 'stateRole' && c.change === 'rises',
      );
      expect(rise?.nearest).toBe('synthetic-16');
      expect(rise?.weight).toBeCloseTo(0.12, 12);
    }
  });
});

describe('weightCrossings against brute force over a weight grid', () => {
  const models = bundledCorpus().models;
  const STEP = 0.001;
  const GRID = Math.round(MAX_WEIGHT / STEP);

  it('the first grid point where the nearest differs lies within one step of each threshold', () => {
    let crossingsSeen = 0;
    fc.assert(
      fc.property(profileArb, optionsArb, (values, options) => {
        const region = { values };
        const crossings = weightCrossings(region, models, options);
        const current = rankModels(region, models, options)[0]!.id;
        const fast = gridNearest(region, models, options);
        for (const dimension of DIMENSIONS) {
          const from = options.weights![dimension];
          // The fast walk agrees with rankModels (spot checks along the axis).
          for (const w of [0, 0.25, from, 1.7, MAX_WEIGHT]) {
            expect(fast(dimension, w)).toBe(nearestAt(region, models, options, dimension, w));
          }
          const at = Math.round(from / STEP);
          const differs = (i: number) => fast(dimension, i * STEP) !== current;
          let up: number | null = null;
          for (let i = at + 1; i <= GRID && up === null; i++) if (differs(i)) up = i * STEP;
          let down: number | null = null;
          for (let i = at - 1; i >= 0 && down === null; i--) if (differs(i)) down = i * STEP;
          const rises = crossings.find((c) => c.dimension === dimension && c.change === 'rises');
          const falls = crossings.find((c) => c.dimension === dimension && c.change === 'falls');
          // Reported exactly where the grid sees a change, and nowhere else.
          expect(rises === undefined).toBe(up === null);
          expect(falls === undefined).toBe(down === null);
          if (rises && up !== null) {
            expect(Math.abs(up - rises.weight)).toBeLessThanOrEqual(STEP + 1e-9);
            expect(rises.weight).toBeGreaterThanOrEqual(from);
            // The model the grid finds nearest just past the threshold is the one named.
            expect(fast(dimension, up)).toBe(rises.nearest);
            crossingsSeen++;
          }
          if (falls && down !== null) {
            expect(Math.abs(down - falls.weight)).toBeLessThanOrEqual(STEP + 1e-9);
            expect(falls.weight).toBeLessThanOrEqual(from);
            expect(fast(dimension, down)).toBe(falls.nearest);
            crossingsSeen++;
          }
        }
        // Sorted by how far the weight must move (moves equal but for rounding in dimension order).
        const moves = crossings.map((c) => Math.abs(c.weight - c.from));
        moves.forEach((m, k) => {
          if (k > 0) expect(m).toBeGreaterThanOrEqual(moves[k - 1]! - 1e-9);
        });
        for (const c of crossings) {
          expect(c.weight).toBeGreaterThanOrEqual(0);
          expect(c.weight).toBeLessThanOrEqual(MAX_WEIGHT);
        }
      }),
      { numRuns: 100, seed: 1717 },
    );
    // The property must have met crossings to mean anything.
    expect(crossingsSeen).toBeGreaterThan(20);
  });
});

describe('spreadOf', () => {
  const ranked = (id: string, distance: number): Ranked => ({ id, name: id, distance });

  it('gives the range of similarities and the nearest model’s lead, in points', () => {
    const spread = spreadOf([ranked('a', 0.16), ranked('b', 0.22), ranked('c', 0.45)]);
    expect(spread?.nearest.id).toBe('a');
    expect(spread?.second?.id).toBe('b');
    expect(spread?.highest).toBeCloseTo(84, 10);
    expect(spread?.lowest).toBeCloseTo(55, 10);
    expect(spread?.range).toBeCloseTo(29, 10);
    expect(spread?.lead).toBeCloseTo(6, 10);
  });

  it('has no second and no lead with one model, and nothing with none', () => {
    expect(spreadOf([ranked('a', 0.3)])).toMatchObject({
      second: null,
      lead: 0,
      range: 0,
      highest: 70,
      lowest: 70,
    });
    expect(spreadOf([])).toBeNull();
  });
});

describe('nearestWithConfidenceToggled', () => {
  // Y is two state-role steps off, coded with low confidence there; Z is 0.3 off on sector focus.
  const Y = modelAt('y', { stateRole: 5 }, 'low');
  const Z = modelAt('z', {
    sectorFocus: { traditional: 0.55, industrial: 0.25, 'high-tech': 0.05, mixed: 0.15 },
  });

  it('ranks with the confidence handling the other way round', () => {
    // Plain: D_Y = 0.5/5 = 0.1, D_Z = 0.3/5 = 0.06 → Z. Down-weighted: D_Y = 0.25/4.5 ≈ 0.056 → Y.
    expect(rankModels({ values: base }, [Z, Y], {})[0]?.id).toBe('z');
    expect(nearestWithConfidenceToggled({ values: base }, [Z, Y], {})?.id).toBe('y');
    expect(
      nearestWithConfidenceToggled({ values: base }, [Z, Y], { downWeightLowConfidence: true })?.id,
    ).toBe('z');
  });

  it('keeps the nearest where the confidence handling does not matter, and is null with no models', () => {
    const region = { values: { ...base, stateRole: 5 } };
    expect(nearestWithConfidenceToggled(region, [Z, Y], {})?.id).toBe('y');
    expect(nearestWithConfidenceToggled({ values: base }, [], {})).toBeNull();
  });
});
