/**
 * The goals `npm run audit` judges the Atlas by (issue 18), as a pure function of the measured
 * runs so they are unit-tested: LCP within 1.2× of the floor page's, total blocking time at most
 * 100 ms on mobile, layout shift under 0.02, a performance score at most 3 points under the
 * floor's, and accessibility and best practices at 100. Each compares medians.
 */

export interface Figures {
  /** Largest contentful paint, ms. */
  lcp: number;
  /** Total blocking time, ms. */
  tbt: number;
  /** Cumulative layout shift. */
  cls: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
}

export interface Goal {
  text: string;
  met: boolean;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2;
}

export const LCP_RATIO_GOAL = 1.2;
export const TBT_MOBILE_GOAL_MS = 100;
export const CLS_GOAL = 0.02;
export const SCORE_GAP_GOAL = 3;

export function auditGoals(
  preset: 'mobile' | 'desktop',
  atlas: Figures[],
  floor: Figures[],
): Goal[] {
  const m = (xs: Figures[], key: keyof Figures) => median(xs.map((x) => x[key]));
  const lcpRatio = m(atlas, 'lcp') / m(floor, 'lcp');
  const scoreGap = m(floor, 'performance') - m(atlas, 'performance');
  const goals: Goal[] = [
    {
      text: `LCP ≤ ${LCP_RATIO_GOAL}× the floor's (${lcpRatio.toFixed(2)}×)`,
      met: lcpRatio <= LCP_RATIO_GOAL,
    },
    {
      text: `CLS < ${CLS_GOAL} (${m(atlas, 'cls').toFixed(3)})`,
      met: m(atlas, 'cls') < CLS_GOAL,
    },
    {
      text: `performance within ${SCORE_GAP_GOAL} points of the floor's (${scoreGap} under)`,
      met: scoreGap <= SCORE_GAP_GOAL,
    },
    {
      text: `accessibility 100 (${m(atlas, 'accessibility')})`,
      met: m(atlas, 'accessibility') >= 100,
    },
    {
      text: `best practices 100 (${m(atlas, 'bestPractices')})`,
      met: m(atlas, 'bestPractices') >= 100,
    },
  ];
  if (preset === 'mobile') {
    goals.splice(1, 0, {
      text: `TBT ≤ ${TBT_MOBILE_GOAL_MS} ms (${Math.round(m(atlas, 'tbt'))} ms)`,
      met: m(atlas, 'tbt') <= TBT_MOBILE_GOAL_MS,
    });
  }
  return goals;
}
