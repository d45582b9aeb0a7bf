import { describe, expect, it } from 'vitest';
import { shownShare, shownShares } from '../../src/charts/honest-share';

describe('honest shares', () => {
  it('shows medium and high confidence as the coded whole percentage, without "≈"', () => {
    expect(shownShare(0.45, 'medium')).toEqual({ value: 45, approximate: false, text: '45%' });
    expect(shownShares([0.35, 0.45, 0.2], 'high').map((s) => s.text)).toEqual([
      '35%',
      '45%',
      '20%',
    ]);
  });

  it('rounds a low-confidence share to 10% and marks it "≈"', () => {
    expect(shownShare(0.46, 'low')).toEqual({ value: 50, approximate: true, text: '≈50%' });
    expect(shownShare(0.04, 'low').text).toBe('≈0%');
  });

  it('keeps low-confidence shares of one whole adding up to 100% (largest remainder)', () => {
    // Rounded one by one these would read ≈40/≈50/≈20 = 110%.
    const france = shownShares([0.35, 0.45, 0.2, 0], 'low');
    expect(france.map((s) => s.value)).toEqual([30, 50, 20, 0]);
    expect(france.every((s) => s.approximate)).toBe(true);
    for (const shares of [
      [0.3, 0.24, 0.46],
      [0.15, 0.15, 0.7],
      [0.25, 0.25, 0.25, 0.25],
      [0.05, 0.05, 0.9],
    ]) {
      const values = shownShares(shares, 'low').map((s) => s.value);
      expect(
        values.reduce((a, b) => a + b, 0),
        shares.join('/'),
      ).toBe(100);
      values.forEach((v, i) => expect(Math.abs(v - shares[i]! * 100)).toBeLessThan(10));
    }
  });

  it('breaks a tie of remainders towards the larger share, then the earlier one', () => {
    expect(shownShares([0.15, 0.15, 0.7], 'low').map((s) => s.value)).toEqual([20, 10, 70]);
    expect(shownShares([0.25, 0.75], 'low').map((s) => s.value)).toEqual([20, 80]);
  });
});
