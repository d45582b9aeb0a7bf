import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isTourMessage,
  newPresentationId,
  samePosition,
  tourChannelName,
} from '../../src/tours/presenter/channel';
import type { TourMessage } from '../../src/tours/presenter/channel';
import { formatClock, formatElapsed } from '../../src/tours/presenter/clock';
import { knownPosition } from '../../src/tours/presenter/PresenterApp';
import { paceOf } from '../../src/tours/presenter/pace';
import { isTourEnded, setTourEnded } from '../../src/tours/tour-end';
import { linkPresenter, startTourSync } from '../../src/tours/tour-sync';
import { createAppStore } from '../../src/state/store';
import type { AppStore } from '../../src/state/store';
import { absoluteUrl, hrefFor, readLaunchParams } from '../../src/state/url';
import { buildBundle, buildModel, buildTour } from '../support/corpus';

const eightSteps = buildTour({ id: 'eight-steps' });
eightSteps.steps = Array.from({ length: 8 }, (_, i) => ({
  ...eightSteps.steps[i % 2]!,
  title: `step ${i + 1}`,
}));
const tours = [buildTour({ id: 'two-steps' }), eightSteps];

describe('presenter channel messages', () => {
  it('accepts positions, hellos and languages, and nothing else', () => {
    expect(isTourMessage({ type: 'hello' })).toBe(true);
    expect(isTourMessage({ type: 'lang', lang: 'uz' })).toBe(true);
    expect(isTourMessage({ type: 'lang', lang: 'de' })).toBe(false);
    expect(isTourMessage({ type: 'lang' })).toBe(false);
    expect(isTourMessage({ type: 'position', tour: 'five-ways', step: 3 })).toBe(true);
    expect(isTourMessage({ type: 'position', tour: null, step: 1 })).toBe(true);
    expect(isTourMessage({ type: 'position', tour: 'five-ways', step: 0 })).toBe(false);
    expect(isTourMessage({ type: 'position', tour: 'five-ways', step: 2.5 })).toBe(false);
    expect(isTourMessage({ type: 'position', tour: 7, step: 2 })).toBe(false);
    expect(isTourMessage({ type: 'position', tour: 'x'.repeat(101), step: 2 })).toBe(false);
    expect(isTourMessage('position')).toBe(false);
    expect(isTourMessage(null)).toBe(false);
  });

  it('accepts the end slide and a blanked screen, checked like the rest', () => {
    expect(isTourMessage({ type: 'position', tour: 'five-ways', step: 8, end: true })).toBe(true);
    expect(isTourMessage({ type: 'position', tour: 'five-ways', step: 8, end: 'yes' })).toBe(false);
    for (const shade of ['black', 'white', null])
      expect(isTourMessage({ type: 'blank', shade })).toBe(true);
    expect(isTourMessage({ type: 'blank', shade: 'red' })).toBe(false);
    expect(isTourMessage({ type: 'blank' })).toBe(false);
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
    expect(samePosition({ tour: 'a', step: 2 }, { tour: 'a', step: 2, end: true })).toBe(false);
    expect(samePosition({ tour: 'a', step: 2, end: false }, { tour: 'a', step: 2 })).toBe(true);
  });
});

describe('one channel per presentation', () => {
  const bundle = buildBundle({ models: [buildModel({ id: 'base' })], tours });
  /** The app of one browser tab, with the tours loaded. */
  const openTab = (): AppStore => {
    const store = createAppStore();
    store.getState().setCorpus({ status: 'ready', bundle });
    return store;
  };
  const nextMessage = (channel: BroadcastChannel) =>
    new Promise<TourMessage>((resolve) => {
      channel.onmessage = (e: MessageEvent<TourMessage>) => resolve(e.data);
    });
  const messages = (channel: BroadcastChannel, count: number) =>
    new Promise<TourMessage[]>((resolve) => {
      const got: TourMessage[] = [];
      channel.onmessage = (e: MessageEvent<TourMessage>) => {
        got.push(e.data);
        if (got.length === count) resolve(got);
      };
    });
  const stepReached = (store: AppStore, step: number) =>
    new Promise<void>((resolve) => {
      const stop = store.subscribe((s) => {
        if (s.step !== step) return;
        stop();
        resolve();
      });
    });

  it('makes a new random id for each presentation, and a channel of its own', () => {
    const ids = Array.from({ length: 100 }, newPresentationId);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(ids).size).toBe(100);
    expect(new Set(ids.map(tourChannelName)).size).toBe(100);
  });

  it('links a tab with the presenter it opened, and with no other tab', async () => {
    const [a, b, c] = [openTab(), openTab(), openTab()];
    const stops = [a, b, c].map((tab) => startTourSync(tab));
    // Tab C runs a presentation of its own; tab B opened no presenter at all.
    linkPresenter(c);
    const presenter = new BroadcastChannel(tourChannelName(linkPresenter(a)));
    try {
      expect(linkPresenter(a)).toBe(linkPresenter(a));
      expect(linkPresenter(c)).not.toBe(linkPresenter(a));
      // The presenter says hello when it opens; its tab answers with where it is, then with its
      // language (the presenter shows the tour in it).
      const answers = messages(presenter, 2);
      presenter.postMessage({ type: 'hello' });
      expect(await answers).toEqual([
        { type: 'position', tour: null, step: 1 },
        { type: 'lang', lang: 'en' },
      ]);
      // A change of language in tab A reaches its presenter.
      const spoken = nextMessage(presenter);
      a.getState().setLang('uz');
      expect(await spoken).toEqual({ type: 'lang', lang: 'uz' });
      // A key press in tab A reaches its presenter…
      const moved = nextMessage(presenter);
      a.getState().setTour('eight-steps', 2);
      expect(await moved).toEqual({ type: 'position', tour: 'eight-steps', step: 2 });
      // …and the presenter drives tab A.
      const driven = stepReached(a, 5);
      const confirmed = nextMessage(presenter);
      presenter.postMessage({ type: 'position', tour: 'eight-steps', step: 5 });
      await driven;
      // (The tab announces its new position, as after any change.)
      expect(await confirmed).toEqual({ type: 'position', tour: 'eight-steps', step: 5 });
      // Neither the tab without a presenter nor the one with another presentation followed.
      for (const other of [b, c]) expect(other.getState().tour).toBeNull();
      // Tab C moving does not reach A's presenter: its next message is A's own.
      c.getState().setTour('two-steps', 2);
      const next = nextMessage(presenter);
      a.getState().setTour('eight-steps', 6);
      expect(await next).toEqual({ type: 'position', tour: 'eight-steps', step: 6 });
    } finally {
      presenter.close();
      for (const stop of stops) stop();
    }
  });

  it('carries the end slide both ways, and any change of step leaves it', async () => {
    const tab = openTab();
    const stop = startTourSync(tab);
    const presenter = new BroadcastChannel(tourChannelName(linkPresenter(tab)));
    try {
      const atLast = nextMessage(presenter);
      tab.getState().setTour('eight-steps', 8);
      expect(await atLast).toEqual({ type: 'position', tour: 'eight-steps', step: 8 });
      // The tab reaches its end slide: the presenter hears it.
      const ended = nextMessage(presenter);
      setTourEnded(tab, true);
      expect(await ended).toEqual({ type: 'position', tour: 'eight-steps', step: 8, end: true });
      // The presenter goes back to the last step: the end slide goes.
      const back = nextMessage(presenter);
      presenter.postMessage({ type: 'position', tour: 'eight-steps', step: 8 });
      expect(await back).toEqual({ type: 'position', tour: 'eight-steps', step: 8 });
      expect(isTourEnded(tab)).toBe(false);
      // From step 5 the presenter asks for the end slide: the tab moves and ends, in one answer.
      const atFive = nextMessage(presenter);
      tab.getState().setTour('eight-steps', 5);
      await atFive;
      const answer = nextMessage(presenter);
      presenter.postMessage({ type: 'position', tour: 'eight-steps', step: 8, end: true });
      expect(await answer).toEqual({ type: 'position', tour: 'eight-steps', step: 8, end: true });
      expect(tab.getState().step).toBe(8);
      expect(isTourEnded(tab)).toBe(true);
      // A step change made anywhere (a link, a button) leaves the end slide.
      tab.getState().setTour('eight-steps', 2);
      expect(isTourEnded(tab)).toBe(false);
      // No tour, no end slide.
      tab.getState().setTour(null);
      setTourEnded(tab, true);
      expect(isTourEnded(tab)).toBe(false);
    } finally {
      presenter.close();
      stop();
    }
  });
});

describe('presenter address', () => {
  it('carries the presentation id, the tour, the step and a non-default language', () => {
    const id = newPresentationId();
    const url = absoluteUrl(
      hrefFor({ presenter: true, presentation: id, lang: 'ru', tour: 'five-ways', step: 3 }),
      'https://example.org/atlas/?view=governance&tour=five-ways&step=3#x',
    );
    expect(url).toBe(
      `https://example.org/atlas/?presenter=1&presentation=${id}&lang=ru&tour=five-ways&step=3`,
    );
    expect(readLaunchParams(new URL(url).search)).toMatchObject({
      presenter: true,
      presentation: id,
    });
  });

  it('reads a presentation id only in a presenter window, and only in its own format', () => {
    const id = newPresentationId();
    expect(readLaunchParams(`?presentation=${id}`).presentation).toBeNull();
    expect(readLaunchParams(`?presenter=1&presentation=${id}0`).presentation).toBeNull();
    expect(readLaunchParams('?presenter=1&presentation=x').presentation).toBeNull();
    expect(readLaunchParams('?presenter=1').presentation).toBeNull();
  });
});

describe('presenter starting position', () => {
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

  it('keeps the end slide on the last step of a known tour only', () => {
    expect(knownPosition(tours, { tour: 'eight-steps', step: 3, end: true })).toEqual({
      tour: 'eight-steps',
      step: 8,
      end: true,
    });
    expect(knownPosition(tours, { tour: 'atlantis', step: 3, end: true })).toEqual({
      tour: null,
      step: 1,
    });
  });
});

describe('presenter pace', () => {
  const minute = 60_000;
  // 8 steps in 24 minutes: 3 minutes a step.
  const place = (step: number, ended = false) => ({ step, last: 8, ended });

  it('is on pace on the step whose share of the time is running', () => {
    expect(paceOf(0, 24, place(1))).toEqual({ shouldBe: 1, kind: 'onPace', steps: 0 });
    expect(paceOf(2.9 * minute, 24, place(1)).kind).toBe('onPace');
    expect(paceOf(3 * minute, 24, place(2))).toEqual({ shouldBe: 2, kind: 'onPace', steps: 0 });
    expect(paceOf(10 * minute, 24, place(4))).toEqual({ shouldBe: 4, kind: 'onPace', steps: 0 });
  });

  it('counts the steps ahead and behind', () => {
    expect(paceOf(10 * minute, 24, place(6))).toEqual({ shouldBe: 4, kind: 'ahead', steps: 2 });
    expect(paceOf(10 * minute, 24, place(1))).toEqual({ shouldBe: 4, kind: 'behind', steps: 3 });
    expect(paceOf(0, 24, place(2))).toEqual({ shouldBe: 1, kind: 'ahead', steps: 1 });
  });

  it('expects the end slide once the planned time is up, and counts it as a step', () => {
    expect(paceOf(24 * minute, 24, place(8))).toEqual({ shouldBe: 9, kind: 'behind', steps: 1 });
    expect(paceOf(90 * minute, 24, place(8, true))).toEqual({
      shouldBe: 9,
      kind: 'onPace',
      steps: 0,
    });
    expect(paceOf(12 * minute, 24, place(8, true))).toEqual({
      shouldBe: 5,
      kind: 'ahead',
      steps: 4,
    });
    // A clock set back counts as no time at all.
    expect(paceOf(-5 * minute, 24, place(1)).kind).toBe('onPace');
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
