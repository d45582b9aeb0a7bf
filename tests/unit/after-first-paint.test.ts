import { describe, expect, it, vi } from 'vitest';
import {
  afterFirstPaint,
  FIRST_PAINT_WAIT_MS,
  type PaintClock,
} from '../../src/lib/after-first-paint';

/** A clock whose paint report and timer the test fires by hand. */
function handClock(over: Partial<PaintClock> = {}) {
  let paint: (() => void) | null = null;
  const timers: { ms: number; run: () => void }[] = [];
  const stop = vi.fn();
  const clock: PaintClock = {
    hidden: false,
    watchFirstPaint: (painted) => {
      paint = painted;
      return stop;
    },
    after: (ms, run) => void timers.push({ ms, run }),
    ...over,
  };
  return { clock, paint: () => paint?.(), timers, stop };
}

describe('afterFirstPaint', () => {
  it('waits for the first paint, then runs once and stops watching', () => {
    const run = vi.fn();
    const hand = handClock();
    afterFirstPaint(run, hand.clock);
    expect(run).not.toHaveBeenCalled();
    hand.paint();
    expect(run).toHaveBeenCalledTimes(1);
    expect(hand.stop).toHaveBeenCalledTimes(1);
    // The fallback timer firing later does not run it again.
    hand.timers.forEach((t) => t.run());
    hand.paint();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs on the fallback timer when no paint is reported', () => {
    const run = vi.fn();
    const hand = handClock();
    afterFirstPaint(run, hand.clock);
    expect(hand.timers.map((t) => t.ms)).toEqual([FIRST_PAINT_WAIT_MS]);
    hand.timers[0]!.run();
    expect(run).toHaveBeenCalledTimes(1);
    expect(hand.stop).toHaveBeenCalledTimes(1);
    hand.paint();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at once, without a timer, when the paint was reported before it asked', () => {
    const run = vi.fn();
    const stop = vi.fn();
    const timers: number[] = [];
    afterFirstPaint(run, {
      hidden: false,
      watchFirstPaint: (painted) => {
        painted();
        return stop;
      },
      after: (ms) => void timers.push(ms),
    });
    expect(run).toHaveBeenCalledTimes(1);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(timers).toEqual([]);
  });

  it.each([
    ['a hidden page', { hidden: true }],
    ['a browser without paint timing', { watchFirstPaint: null }],
  ])('runs at once for %s', (_name, over) => {
    const run = vi.fn();
    const hand = handClock(over);
    afterFirstPaint(run, hand.clock);
    expect(run).toHaveBeenCalledTimes(1);
    expect(hand.timers).toEqual([]);
  });
});
