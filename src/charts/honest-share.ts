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
