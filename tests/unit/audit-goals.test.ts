import { describe, expect, it } from 'vitest';
import { auditGoals, median, type Figures } from '../audit/audit-goals';

const figures = (over: Partial<Figures>): Figures => ({
  lcp: 1500,
  tbt: 40,
  cls: 0,
  performance: 99,
  accessibility: 100,
  bestPractices: 100,
  ...over,
});
const floor = [figures({}), figures({ lcp: 1600 }), figures({ lcp: 1400 })];
const missed = (goals: { text: string; met: boolean }[]) =>
  goals.filter((g) => !g.met).map((g) => g.text.split(' (')[0]);

describe('median', () => {
  it('takes the middle of an odd count and the mean of the two middles of an even one', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('auditGoals', () => {
  it('meets every goal when the Atlas matches the floor', () => {
    expect(missed(auditGoals('mobile', floor, floor))).toEqual([]);
  });

  it('misses LCP beyond 1.2 times the floor median, and not at it', () => {
    const at = [figures({ lcp: 1800 })];
    const over = [figures({ lcp: 1801 })];
    expect(missed(auditGoals('desktop', at, floor))).toEqual([]);
    expect(missed(auditGoals('desktop', over, floor))).toEqual(["LCP ≤ 1.2× the floor's"]);
  });

  it('judges blocking time on mobile only', () => {
    const slow = [figures({ tbt: 101 })];
    expect(missed(auditGoals('mobile', slow, floor))).toEqual(['TBT ≤ 100 ms']);
    expect(missed(auditGoals('desktop', slow, floor))).toEqual([]);
  });

  it('misses layout shift at 0.02, a score more than 3 under the floor, and any accessibility loss', () => {
    const atlas = [figures({ cls: 0.02, performance: 95, accessibility: 98 })];
    expect(missed(auditGoals('mobile', atlas, floor))).toEqual([
      'CLS < 0.02',
      "performance within 3 points of the floor's",
      'accessibility 100',
    ]);
  });

  it('compares medians, so one bad run of three does not decide', () => {
    const atlas = [figures({ lcp: 5000 }), figures({}), figures({})];
    expect(missed(auditGoals('mobile', atlas, floor))).toEqual([]);
  });
});
