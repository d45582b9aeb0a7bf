import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isTourMessage,
  positionFromSearch,
  presenterUrl,
  samePosition,
} from '../../src/tours/presenter/channel';
import { formatClock, formatElapsed } from '../../src/tours/presenter/clock';
import { knownPosition } from '../../src/tours/presenter/PresenterApp';
import { buildTour } from '../support/corpus';

const eightSteps = buildTour({ id: 'eight-steps' });
eightSteps.steps = Array.from({ length: 8 }, (_, i) => ({
  ...eightSteps.steps[i % 2]!,
  title: `step ${i + 1}`,
}));
const tours = [buildTour({ id: 'two-steps' }), eightSteps];

describe('presenter channel messages', () => {
  it('accepts positions and hellos, and nothing else', () => {
    expect(isTourMessage({ type: 'hello' })).toBe(true);
    expect(isTourMessage({ type: 'position', tour: 'five-ways', step: 3 })).toBe(true);
    expect(isTourMessage({ type: 'position', tour: null, step: 1 })).toBe(true);
    expect(isTourMessage({ type: 'position', tour: 'five-ways', step: 0 })).toBe(false);
    expect(isTourMessage({ type: 'position', tour: 'five-ways', step: 2.5 })).toBe(false);
    expect(isTourMessage({ type: 'position', tour: 7, step: 2 })).toBe(false);
    expect(isTourMessage({ type: 'position', tour: 'x'.repeat(101), step: 2 })).toBe(false);
    expect(isTourMessage('position')).toBe(false);
    expect(isTourMessage(null)).toBe(false);
  });

  it('never throws on any value a window could post', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(typeof isTourMessage(value)).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });

  it('treats "no tour" as one position whatever the step', () => {
    expect(samePosition({ tour: null, step: 1 }, { tour: null, step: 4 })).toBe(true);
    expect(samePosition({ tour: 'a', step: 1 }, { tour: 'a', step: 2 })).toBe(false);
  });
});

describe('presenter address and starting position', () => {
  it('opens beside the app with the tour, the step and a non-default language', () => {
    const url = presenterUrl(
      'https://example.org/atlas/?view=governance&tour=five-ways&step=3#x',
      { tour: 'five-ways', step: 3 },
      'ru',
    );
    expect(url).toBe('https://example.org/atlas/?presenter=1&lang=ru&tour=five-ways&step=3');
    expect(positionFromSearch(new URL(url).search)).toEqual({ tour: 'five-ways', step: 3 });
  });

  it('reads a missing or broken step as step 1', () => {
    expect(positionFromSearch('?presenter=1')).toEqual({ tour: null, step: 1 });
    expect(positionFromSearch('?tour=five-ways&step=abc')).toEqual({ tour: 'five-ways', step: 1 });
  });

  it('keeps positions to tours and steps the corpus has', () => {
    expect(knownPosition(tours, { tour: 'eight-steps', step: 99 })).toEqual({
      tour: 'eight-steps',
      step: 8,
    });
    expect(knownPosition(tours, { tour: 'two-steps', step: 99 })).toEqual({
      tour: 'two-steps',
      step: 2,
    });
    expect(knownPosition(tours, { tour: 'eight-steps', step: 0 })).toEqual({
      tour: 'eight-steps',
      step: 1,
    });
    expect(knownPosition(tours, { tour: 'eight-steps', step: 5 })).toEqual({
      tour: 'eight-steps',
      step: 5,
    });
    expect(knownPosition(tours, { tour: 'atlantis', step: 2 })).toEqual({ tour: null, step: 1 });
    expect(knownPosition([], { tour: 'eight-steps', step: 2 })).toEqual({ tour: null, step: 1 });
  });
});

describe('presenter clock', () => {
  it('writes elapsed time as mm:ss, and h:mm:ss from an hour', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(754_999)).toBe('12:34');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(-5000)).toBe('00:00');
  });

  it('writes the time of day in the reader’s locale', () => {
    expect(formatClock(new Date(2026, 10, 27, 9, 5), 'en-GB')).toBe('09:05');
  });
});
