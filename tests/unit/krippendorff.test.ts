import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exactAgreement,
  krippendorffAlpha,
  meanDistance,
  METRICS,
  type AlphaResult,
  type Rating,
  type ReliabilityData,
} from '../../src/lib/krippendorff';

// Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011): coders A–D × units 1–12,
// '.' = missing. The module takes units × coders, so the table is transposed below.
const coderRows = [
  '1 2 3 3 2 1 4 1 2 . . .',
  '1 2 3 3 2 2 4 1 2 5 . 3',
  '. 3 3 3 2 3 4 2 2 5 1 .',
  '1 2 3 3 2 4 4 1 2 5 1 .',
].map((row) => row.split(' ').map((cell): Rating => (cell === '.' ? null : Number(cell))));
const workedExample: ReliabilityData = (coderRows[0] ?? []).map((_, unit) =>
  coderRows.map((coder) => coder[unit] ?? null),
);

describe("Krippendorff's worked example (2011)", () => {
  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ] as const)('%s alpha is %s', (metric, expected) => {
    const result = krippendorffAlpha(workedExample, metric);
    expect(result.alpha).toBeCloseTo(expected, 3);
    expect(result.reason).toBeNull();
    expect(result.noVariation).toBe(false);
  });

  it('has 40 pairable values in 11 units (unit 12 has one value and is dropped)', () => {
    for (const metric of METRICS) {
      const result = krippendorffAlpha(workedExample, metric);
      expect(result.pairableValues).toBe(40);
      expect(result.unitsUsed).toBe(11);
    }
  });

  it('reports the nominal disagreements: D_o = 8 / 40, D_e = (40² − Σ n_c²) / (40 · 39)', () => {
    // Off-diagonal coincidences: 2 from unit 2, 4 from unit 6, 2 from unit 8.
    // Marginals n_1..n_5 = 9, 13, 10, 5, 3, so Σ n_c² = 384.
    const result = krippendorffAlpha(workedExample, 'nominal');
    expect(result.observedDisagreement).toBeCloseTo(8 / 40, 12);
    expect(result.expectedDisagreement).toBeCloseTo((1600 - 384) / (40 * 39), 12);
  });

  it('gives exact agreement 8 / 11 and mean distance 16 / 55', () => {
    // Units 2, 6 and 8 disagree; pairs of differing values: 3 (unit 2), 6 summing to 10 (unit 6),
    // 3 (unit 8), out of 55 pairs in all.
    expect(exactAgreement(workedExample)).toBeCloseTo(8 / 11, 12);
    expect(meanDistance(workedExample)).toBeCloseTo(16 / 55, 12);
  });
});

/** Same alpha up to floating-point summation order, or both undefined for the same reason. */
function expectSameAlpha(a: AlphaResult, b: AlphaResult) {
  expect(b.reason).toBe(a.reason);
  expect(b.pairableValues).toBe(a.pairableValues);
  if (a.alpha === null) expect(b.alpha).toBeNull();
  else expect(b.alpha).toBeCloseTo(a.alpha, 10);
}

const metric = fc.constantFrom(...METRICS);
// Non-negative so that the ratio metric is defined too.
const rating = fc.option(fc.integer({ min: 0, max: 6 }), { nil: null, freq: 3 });
const reliabilityData = fc
  .integer({ min: 2, max: 5 })
  .chain((coders) =>
    fc.array(fc.array(rating, { minLength: coders, maxLength: coders }), { maxLength: 15 }),
  );

describe('alpha properties (fast-check)', () => {
  it('is 1 for every metric when each unit agrees and at least two values occur', () => {
    const agreeingUnit = fc.record({
      value: fc.integer({ min: 0, max: 9 }),
      copies: fc.integer({ min: 2, max: 5 }),
      missing: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(
        fc
          .array(agreeingUnit, { minLength: 2, maxLength: 12 })
          .filter((units) => new Set(units.map((u) => u.value)).size >= 2),
        metric,
        (units, m) => {
          const data = units.map(({ value, copies, missing }) => [
            ...Array<Rating>(copies).fill(value),
            ...Array<Rating>(missing).fill(null),
          ]);
          const result = krippendorffAlpha(data, m);
          expect(result.alpha).toBe(1);
          expect(result.noVariation).toBe(false);
          expect(result.observedDisagreement).toBe(0);
        },
      ),
    );
  });

  it('does not depend on the order of coders', () => {
    fc.assert(
      fc.property(
        reliabilityData.chain((data) => {
          const coders = data[0]?.length ?? 0;
          const indices = [...Array(coders).keys()];
          return fc.tuple(
            fc.constant(data),
            fc.shuffledSubarray(indices, { minLength: coders, maxLength: coders }),
          );
        }),
        metric,
        ([data, order], m) => {
          const permuted = data.map((unit) => order.map((coder) => unit[coder] ?? null));
          expectSameAlpha(krippendorffAlpha(data, m), krippendorffAlpha(permuted, m));
        },
      ),
    );
  });

  it('does not depend on the order of units', () => {
    fc.assert(
      fc.property(
        reliabilityData.chain((data) =>
          fc.tuple(
            fc.constant(data),
            fc.shuffledSubarray([...data], { minLength: data.length, maxLength: data.length }),
          ),
        ),
        metric,
        ([data, shuffled], m) => {
          expectSameAlpha(krippendorffAlpha(data, m), krippendorffAlpha(shuffled, m));
        },
      ),
    );
  });

  it('does not change when a unit with a single value is added', () => {
    fc.assert(
      fc.property(
        reliabilityData,
        fc.integer({ min: 0, max: 6 }),
        fc.nat(),
        fc.nat(),
        metric,
        (data, value, coderSeed, positionSeed, m) => {
          const coders = data[0]?.length ?? 2;
          const lone = Array<Rating>(coders).fill(null);
          lone[coderSeed % coders] = value;
          const position = positionSeed % (data.length + 1);
          const withLone = [...data.slice(0, position), lone, ...data.slice(position)];
          const before = krippendorffAlpha(data, m);
          const after = krippendorffAlpha(withLone, m);
          expectSameAlpha(before, after);
          expect(after.unitsUsed).toBe(before.unitsUsed);
        },
      ),
    );
  });

  it('never exceeds 1 and its disagreements are never negative', () => {
    fc.assert(
      fc.property(reliabilityData, metric, (data, m) => {
        const result = krippendorffAlpha(data, m);
        if (result.alpha === null) return;
        expect(result.alpha).toBeLessThanOrEqual(1 + 1e-12);
        expect(result.observedDisagreement).toBeGreaterThanOrEqual(0);
        expect(result.expectedDisagreement).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('edge cases', () => {
  it('is undefined with no data, saying there are no pairable values', () => {
    for (const m of METRICS) {
      expect(krippendorffAlpha([], m)).toEqual({
        metric: m,
        alpha: null,
        reason: 'no-pairable-values',
        noVariation: false,
        pairableValues: 0,
        unitsUsed: 0,
        observedDisagreement: null,
        expectedDisagreement: null,
      });
    }
  });

  it('is undefined when no unit has two values', () => {
    const data = [
      [1, null, null],
      [null, 2, null],
      [null, null, null],
    ];
    const result = krippendorffAlpha(data, 'interval');
    expect(result.alpha).toBeNull();
    expect(result.reason).toBe('no-pairable-values');
    expect(result.pairableValues).toBe(0);
    expect(exactAgreement(data)).toBeNull();
    expect(meanDistance(data)).toBeNull();
  });

  it('is 1 by convention when every pairable value is the same (D_e = 0), flagged noVariation', () => {
    const data = [
      [3, 3, null],
      [3, 3, 3],
      [7, null, null], // one value: dropped, so it adds no variation
    ];
    for (const m of METRICS) {
      const result = krippendorffAlpha(data, m);
      expect(result.alpha).toBe(1);
      expect(result.noVariation).toBe(true);
      expect(result.reason).toBeNull();
      expect(result.observedDisagreement).toBe(0);
      expect(result.expectedDisagreement).toBe(0);
      expect(result.pairableValues).toBe(5);
      expect(result.unitsUsed).toBe(2);
    }
  });

  it('is 0 when the only unit disagrees', () => {
    // n = 2: D_o = δ² and D_e = δ², whatever the metric.
    for (const m of METRICS) expect(krippendorffAlpha([[1, 2]], m).alpha).toBeCloseTo(0, 12);
  });

  it('refuses negative values for the ratio metric but takes them for the others', () => {
    const data = [
      [-1, 1],
      [2, 2],
    ];
    const ratio = krippendorffAlpha(data, 'ratio');
    expect(ratio.alpha).toBeNull();
    expect(ratio.reason).toBe('negative-value-for-ratio');
    expect(ratio.pairableValues).toBe(4);
    expect(krippendorffAlpha(data, 'interval').alpha).not.toBeNull();
  });

  it('treats two zeros as the same ratio value', () => {
    const result = krippendorffAlpha(
      [
        [0, 0],
        [1, 1],
      ],
      'ratio',
    );
    expect(result.alpha).toBe(1);
  });

  it('throws on NaN or Infinity, since only null marks a missing value', () => {
    expect(() => krippendorffAlpha([[1, Number.NaN]], 'nominal')).toThrow(RangeError);
    expect(() => exactAgreement([[Infinity, 1]])).toThrow(RangeError);
  });

  it('accepts ragged rows (a short row has its last coders missing)', () => {
    const ragged = [[1, 1], [2, 2, 2], [3]];
    const padded = [
      [1, 1, null],
      [2, 2, 2],
      [3, null, null],
    ];
    expect(krippendorffAlpha(ragged, 'ordinal')).toEqual(krippendorffAlpha(padded, 'ordinal'));
  });
});
