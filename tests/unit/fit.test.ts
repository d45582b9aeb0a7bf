import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comparable } from '../../src/profile/distance';
import {
  DIMENSIONS,
  distance,
  effectiveWeights,
  gap,
  modelComparable,
  rankModels,
} from '../../src/profile/distance';
import type { ProfileValues } from '../../src/corpus/profile';
import {
  blankProfile,
  decodeProfile,
  encodeProfile,
  MAX_PROFILE_PARAM,
  profileFromModel,
  rebalance,
} from '../../src/corpus/profile';
import type { Model } from '../../src/corpus/schema';
import { buildModel } from '../support/corpus';

const RUNS = { numRuns: 1000 };

/** A model with these ordinal values and shares (the rest of buildModel's defaults). */
function modelWith(
  id: string,
  values: { stateRole: number; firmHierarchy: number; universityIndustry: number },
  sectorFocus: Model['codes']['sectorFocus']['value'],
  governanceConfidence: Model['codes']['governanceLevel']['confidence'] = 'medium',
): Model {
  const { codes } = buildModel({ id });
  return buildModel({
    id,
    codes: {
      stateRole: { ...codes.stateRole, value: values.stateRole },
      governanceLevel: { ...codes.governanceLevel, confidence: governanceConfidence },
      sectorFocus: { ...codes.sectorFocus, value: sectorFocus },
      firmHierarchy: { ...codes.firmHierarchy, value: values.firmHierarchy },
      universityIndustry: { ...codes.universityIndustry, value: values.universityIndustry },
    },
  });
}

const directed = modelWith(
  'directed',
  { stateRole: 5, firmHierarchy: 5, universityIndustry: 5 },
  { traditional: 0.05, industrial: 0.15, 'high-tech': 0.3, mixed: 0.5 },
);
const enabled = modelWith(
  'enabled',
  { stateRole: 2, firmHierarchy: 1, universityIndustry: 2 },
  { traditional: 0.9, industrial: 0.1, 'high-tech': 0, mixed: 0 },
  'low',
);
const partnered = modelWith(
  'partnered',
  { stateRole: 3, firmHierarchy: 3, universityIndustry: 4 },
  { traditional: 0.25, industrial: 0.25, 'high-tech': 0.25, mixed: 0.25 },
);
const models = [directed, enabled, partnered];

/** Shares in whole percent that sum to exactly 1. */
const sharesOf = <K extends string>(keys: readonly K[]) =>
  fc.array(fc.nat({ max: 100 }), { minLength: keys.length, maxLength: keys.length }).map((raw) => {
    const total = raw.reduce((a, b) => a + b, 0) || 1;
    const pct = raw.map((r) => Math.floor((r / total) * 100));
    pct[0] = (pct[0] ?? 0) + 100 - pct.reduce((a, b) => a + b, 0);
    return Object.fromEntries(keys.map((k, i) => [k, (pct[i] ?? 0) / 100])) as Record<K, number>;
  });
const step = fc.integer({ min: 1, max: 5 });
const values: fc.Arbitrary<ProfileValues> = fc.record({
  stateRole: step,
  governanceLevel: sharesOf(['national', 'regional', 'local'] as const),
  sectorFocus: sharesOf(['traditional', 'industrial', 'high-tech', 'mixed'] as const),
  firmHierarchy: step,
  universityIndustry: step,
});
const confidence = fc.constantFrom('high' as const, 'medium' as const, 'low' as const);
const comparable: fc.Arbitrary<Comparable> = fc.record({
  values,
  confidence: fc.record({
    stateRole: confidence,
    governanceLevel: confidence,
    sectorFocus: confidence,
    firmHierarchy: confidence,
    universityIndustry: confidence,
  }),
});
const weights = fc.record({
  stateRole: fc.constantFrom(0, 0.5, 1, 2),
  governanceLevel: fc.constantFrom(0, 0.5, 1, 2),
  sectorFocus: fc.constantFrom(0, 0.5, 1, 2),
  firmHierarchy: fc.constantFrom(0, 0.5, 1, 2),
  universityIndustry: fc.constantFrom(0, 0.5, 1, 2),
});
const options = fc.record({ weights, downWeightLowConfidence: fc.boolean() });

describe('distance (fast-check, 1000 runs each)', () => {
  it('is the mean of the gaps weighted by effectiveWeights, to the last bit', () => {
    // distance sums without building the weights object (speed): it must still give the figure
    // the documented definition gives, or rankings and their ties could differ.
    fc.assert(
      fc.property(comparable, comparable, options, (a, b, o) => {
        const w = effectiveWeights(a, b, o);
        const total = DIMENSIONS.reduce((s, d) => s + w[d], 0);
        const mean =
          total === 0
            ? 0
            : DIMENSIONS.reduce((s, d) => s + w[d] * gap(a.values, b.values, d), 0) / total;
        expect(distance(a, b, o)).toBe(Math.min(1, Math.max(0, mean)));
      }),
      RUNS,
    );
  });

  it('is zero from a profile to itself', () => {
    fc.assert(
      fc.property(comparable, options, (a, o) => {
        expect(distance(a, a, o)).toBe(0);
      }),
      RUNS,
    );
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(comparable, comparable, options, (a, b, o) => {
        expect(distance(a, b, o)).toBeCloseTo(distance(b, a, o), 12);
      }),
      RUNS,
    );
  });

  it('lies within [0, 1]', () => {
    fc.assert(
      fc.property(comparable, comparable, options, (a, b, o) => {
        const d = distance(a, b, o);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('grows (never shrinks) when one ordinal dimension moves further away', () => {
    const ordinal = fc.constantFrom(
      'stateRole' as const,
      'firmHierarchy' as const,
      'universityIndustry' as const,
    );
    fc.assert(
      fc.property(comparable, comparable, options, ordinal, (a, b, o, dim) => {
        const before = distance(a, b, o);
        const av = a.values[dim];
        const bv = b.values[dim];
        // Push a's value one step further from b's, when the scale allows.
        const next = av >= bv ? Math.min(5, av + 1) : Math.max(1, av - 1);
        const moved = { ...a, values: { ...a.values, [dim]: next } };
        expect(gap(moved.values, b.values, dim)).toBeGreaterThanOrEqual(
          gap(a.values, b.values, dim),
        );
        expect(distance(moved, b, o)).toBeGreaterThanOrEqual(before - 1e-12);
      }),
      RUNS,
    );
  });

  it('grows with the gap of a share dimension', () => {
    fc.assert(
      fc.property(comparable, options, (a, o) => {
        const b: Comparable = {
          ...a,
          values: { ...a.values, governanceLevel: { national: 1, regional: 0, local: 0 } },
        };
        const c: Comparable = {
          ...b,
          values: { ...b.values, governanceLevel: { national: 0, regional: 0, local: 1 } },
        };
        const near: Comparable = {
          ...a,
          values: { ...a.values, governanceLevel: { national: 1, regional: 0, local: 0 } },
        };
        expect(distance(near, c, o)).toBeGreaterThanOrEqual(distance(near, b, o));
      }),
      RUNS,
    );
  });

  it('normalises each dimension: a full-scale gap on one of five equal weights is 0.2', () => {
    const a: Comparable = { values: { ...blankProfile().values, stateRole: 1 } };
    const b: Comparable = { values: { ...blankProfile().values, stateRole: 5 } };
    expect(distance(a, b)).toBeCloseTo(0.2);
    expect(
      distance(a, b, {
        weights: {
          stateRole: 1,
          governanceLevel: 0,
          sectorFocus: 0,
          firmHierarchy: 0,
          universityIndustry: 0,
        },
      }),
    ).toBe(1);
  });
});

describe('ranking and differences', () => {
  it('ranks each model first against its own profile', () => {
    for (const m of models) {
      expect(rankModels(modelComparable(m), models)[0]).toMatchObject({ id: m.id, distance: 0 });
    }
  });

  it('down-weighting low confidence changes only dimensions coded low', () => {
    // The profile differs from each model only in governance, which `enabled` codes with low confidence.
    const awayInGovernance = (m: Model) => ({
      values: {
        ...modelComparable(m).values,
        governanceLevel: { national: 1, regional: 0, local: 0 },
      },
    });
    const down = { downWeightLowConfidence: true };
    const low = modelComparable(enabled);
    expect(distance(awayInGovernance(enabled), low, down)).toBeLessThan(
      distance(awayInGovernance(enabled), low),
    );
    const medium = modelComparable(partnered);
    expect(distance(awayInGovernance(partnered), medium, down)).toBe(
      distance(awayInGovernance(partnered), medium),
    );
  });
});

describe('profiles', () => {
  it('rebalances shares to sum to exactly 1 (1000 runs)', () => {
    fc.assert(
      fc.property(
        sharesOf(['a', 'b', 'c', 'd'] as const),
        fc.constantFrom('a' as const, 'b' as const, 'c' as const, 'd' as const),
        fc.integer({ min: 0, max: 100 }),
        (shares, key, v) => {
          const next = rebalance(shares, key, v / 100);
          expect(next[key]).toBeCloseTo(v / 100);
          expect(Object.values(next).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 10);
          for (const s of Object.values(next)) expect(s).toBeGreaterThanOrEqual(0);
        },
      ),
      RUNS,
    );
  });

  it('keeps the others in proportion when one share changes', () => {
    expect(rebalance({ national: 0.5, regional: 0.3, local: 0.2 }, 'national', 0)).toEqual({
      national: 0,
      regional: 0.6,
      local: 0.4,
    });
    expect(rebalance({ national: 1, regional: 0, local: 0 }, 'national', 0.4)).toEqual({
      national: 0.4,
      regional: 0.3,
      local: 0.3,
    });
  });

  it('round-trips through the URL form within 300 characters (1000 runs)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 80, unit: 'grapheme' }),
        values,
        (name, v) => {
          fc.pre(name.trim().length > 0 && name === name.trim());
          const profile = { name, values: v };
          const text = encodeProfile(profile);
          expect(text.length).toBeLessThanOrEqual(MAX_PROFILE_PARAM);
          const back = decodeProfile(text);
          expect(back?.values).toEqual(v);
          expect(name.startsWith(back?.name ?? '\u0000')).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('never throws on any string (1000 runs), and rejects malformed ones', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(() => decodeProfile(s)).not.toThrow();
      }),
      RUNS,
    );
    expect(decodeProfile('1~x~9~34.33.33~25.25.25.25~3~3')).toBeNull();
    expect(decodeProfile('1~x~3~50.50.50~25.25.25.25~3~3')).toBeNull();
    expect(decodeProfile('1~%E0%A4%A~3~34.33.33~25.25.25.25~3~3')).toBeNull();
    expect(decodeProfile('2~x~3~34.33.33~25.25.25.25~3~3')).toBeNull();
    // Each limit the file schema holds, checked by the URL decoder too.
    expect(decodeProfile('1~x~0~34.33.33~25.25.25.25~3~3')).toBeNull();
    expect(decodeProfile('1~x~3~34.33.33~25.25.25.25~6~3')).toBeNull();
    expect(decodeProfile('1~x~3~34.33.33~25.25.25.25~3~x')).toBeNull();
    expect(decodeProfile('1~%20%20~3~34.33.33~25.25.25.25~3~3')).toBeNull();
    expect(decodeProfile(`1~${'n'.repeat(81)}~3~34.33.33~25.25.25.25~3~3`)).toBeNull();
    expect(decodeProfile('1~x~3~134.0.0~25.25.25.25~3~3')).toBeNull();
    expect(decodeProfile('1~x~3~34.33.33~25.25.25~3~3')).toBeNull();
    expect(decodeProfile('1~%20x%20~3~34.33.33~25.25.25.25~3~3')?.name).toBe('x');
    expect(decodeProfile(encodeProfile(profileFromModel(directed, 'Directed copy')))).toEqual(
      profileFromModel(directed, 'Directed copy'),
    );
  });
});
