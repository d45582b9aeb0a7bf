/**
 * Whether a talk is on time: with a planned length, where the lecturer should be now, and how
 * far ahead or behind the step on screen is.
 */

export interface Pace {
  /** The step the talk should be on now (1-based); the number of steps + 1 is the end slide. */
  shouldBe: number;
  kind: 'ahead' | 'behind' | 'onPace';
  /** How many steps ahead or behind (0 on pace). */
  steps: number;
}

/**
 * Each step gets an equal share of the planned time: after `elapsed / planned × steps` steps'
 * worth of time, the talk should be on the step whose share is running (the end slide once the
 * planned time is up). Being on that step is on pace; each step before or after it is one behind
 * or ahead. The end slide counts as the step after the last.
 */
export function paceOf(
  elapsedMs: number,
  plannedMinutes: number,
  place: { step: number; last: number; ended: boolean },
): Pace {
  const { step, last, ended } = place;
  const planned = plannedMinutes * 60_000;
  const done = planned > 0 ? (Math.max(0, elapsedMs) / planned) * last : last;
  const shouldBe = Math.min(last + 1, Math.floor(done) + 1);
  const at = ended ? last + 1 : step;
  const delta = at - shouldBe;
  return {
    shouldBe,
    kind: delta > 0 ? 'ahead' : delta < 0 ? 'behind' : 'onPace',
    steps: Math.abs(delta),
  };
}
