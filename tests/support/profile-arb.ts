/** Random region profiles for property tests: ordinal steps and shares in whole percent summing to 100. */
import fc from 'fast-check';
import type { ProfileValues } from '../../src/corpus/profile';

const shares = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }).map((xs) => {
    const total = xs.reduce((a, b) => a + b, 0) || 1;
    const pct = xs.map((x) => Math.floor((x * 100) / total));
    pct[0]! += 100 - pct.reduce((a, b) => a + b, 0);
    return pct.map((p) => p / 100);
  });
export const profileArb: fc.Arbitrary<ProfileValues> = fc
  .record({
    stateRole: fc.integer({ min: 1, max: 5 }),
    gov: shares(3),
    sec: shares(4),
    firmHierarchy: fc.integer({ min: 1, max: 5 }),
    universityIndustry: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ gov, sec, ...o }) => ({
    ...o,
    governanceLevel: { national: gov[0]!, regional: gov[1]!, local: gov[2]! },
    sectorFocus: {
      traditional: sec[0]!,
      industrial: sec[1]!,
      'high-tech': sec[2]!,
      mixed: sec[3]!,
    },
  }));
