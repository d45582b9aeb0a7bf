/**
 * A share as it may honestly be shown: a low-confidence estimate is rounded to the nearest 10%
 * and marked "≈", so "≈50%" does not read as a measured 50%. Medium and high confidence show the
 * whole percentage the corpus codes.
 */
import type { Confidence } from '../corpus/schema';
import { percent } from '../corpus/derive';

export const APPROXIMATE = '≈';

export interface ShownShare {
  /** The percentage shown. */
  value: number;
  approximate: boolean;
  /** "≈50%" or "45%". */
  text: string;
}

export function shownShare(share: number, confidence: Confidence): ShownShare {
  const approximate = confidence === 'low';
  const value = approximate ? Math.round(share * 10) * 10 : percent(share);
  return { value, approximate, text: `${approximate ? APPROXIMATE : ''}${value}%` };
}

/**
 * The shares of one whole, as shown. A low-confidence row is rounded to 10% by largest remainder,
 * so its rounded shares still add up to the whole (35/45/20 shows as ≈30/≈50/≈20, not
 * ≈40/≈50/≈20 = 110%); ties go to the larger share, then to the earlier one.
 */
export function shownShares(shares: readonly number[], confidence: Confidence): ShownShare[] {
  if (confidence !== 'low') return shares.map((s) => shownShare(s, confidence));
  // Tenths, cleaned of floating-point dust (0.35 * 10 is 3.5000000000000004).
  const tenths = shares.map((s) => Math.round(s * 1000) / 100);
  const units = tenths.map(Math.floor);
  const whole = Math.round(tenths.reduce((a, b) => a + b, 0));
  let left = whole - units.reduce((a, b) => a + b, 0);
  const byRemainder = tenths
    .map((t, i) => ({ i, rest: t - Math.floor(t), t }))
    .sort((a, b) => b.rest - a.rest || b.t - a.t || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    units[i]! += 1;
    left -= 1;
  }
  return units.map((u) => ({ value: u * 10, approximate: true, text: `${APPROXIMATE}${u * 10}%` }));
}
