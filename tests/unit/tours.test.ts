import { describe, expect, it } from 'vitest';
import { checkTour } from '../../src/corpus/checks';
import { formatIssue } from '../../src/corpus/issues';
import { tourSchema } from '../../src/corpus/schema';
import { gridMove, keyOf, shadeForKey, tourKey } from '../../src/tours/tour-keys';
import type { TourPlace } from '../../src/tours/tour-keys';
import { buildModel, buildTour } from '../support/corpus';

const modelIds = new Set(['alpha', 'beta']);

describe('tours as data', () => {
  it('accepts a tour whose steps name only known views and models', () => {
    const tour = buildTour({ id: 'walk' });
    tour.steps[1] = { ...tour.steps[1]!, models: ['beta', 'alpha'], focus: 'alpha' };
    expect(tourSchema.safeParse(tour).success).toBe(true);
    expect(checkTour(tour, modelIds)).toEqual([]);
  });

  it('rejects a step with an unknown view, and a tour of fewer than two steps', () => {
    const tour = buildTour({ id: 'walk' }) as Record<string, any>;
    tour.steps[0].view = 'map';
    expect(tourSchema.safeParse(tour).success).toBe(false);
    const short = buildTour({ id: 'walk' });
    short.steps = short.steps.slice(0, 1);
    expect(tourSchema.safeParse(short).success).toBe(false);
  });

  it("accepts a part only where the step's view has it, with the path of the mistake", () => {
    const tour = buildTour({ id: 'walk' });
    tour.steps[0] = { ...tour.steps[0]!, view: 'compare', part: 'lessons' };
    expect(tourSchema.safeParse(tour).success).toBe(true);
    tour.steps[0] = { ...tour.steps[0], view: 'governance' };
    const result = tourSchema.safeParse(tour);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['steps.0.part']);
  });

  it("checks that a step's chosen quote exists, counting the evidence a slide would show", () => {
    const alpha = buildModel({ id: 'alpha' }); // each code backed by one quote, e1
    const tour = buildTour({ id: 'walk' });
    tour.steps[0] = { ...tour.steps[0]!, evidence: { model: 'alpha', key: 'stateRole', quote: 0 } };
    expect(checkTour(tour, modelIds, [], [alpha])).toEqual([]);
    tour.steps[0] = { ...tour.steps[0], evidence: { model: 'alpha', key: 'stateRole', quote: 1 } };
    expect(checkTour(tour, modelIds, ['tours', 0], [alpha]).map(formatIssue)).toEqual([
      "tours[0].steps[0].evidence.quote: asks for quote 1, but alpha's stateRole has 1 quote(s) (expected a number from 0 to 0 (0 is the first quote))",
    ]);
  });

  it('names unknown models wherever a step names one: shown, in focus, or giving evidence', () => {
    const tour = buildTour({ id: 'walk' });
    tour.steps[1] = {
      ...tour.steps[1]!,
      models: ['alpha', 'atlantis'],
      focus: 'lemuria',
      evidence: { model: 'mu', key: 'stateRole' },
    };
    expect(checkTour(tour, modelIds, ['tours', 0]).map(formatIssue)).toEqual([
      'tours[0].steps[1].models[1]: names model "atlantis", which is not in the corpus (expected the id of a model in the corpus)',
      'tours[0].steps[1].focus: names model "lemuria", which is not in the corpus (expected the id of a model in the corpus)',
      'tours[0].steps[1].evidence.model: names model "mu", which is not in the corpus (expected the id of a model in the corpus)',
    ]);
  });
});

describe('clicker and keyboard keys', () => {
  const at = (step: number, ended = false): TourPlace => ({ step, last: 8, ended });
  const stepFor = (key: string, place: TourPlace) => {
    const { action } = tourKey(key, place, '');
    return action?.type === 'go' ? action : null;
  };

  it('moves next and previous, within the tour', () => {
    expect(stepFor('PageDown', at(3))).toEqual({ type: 'go', step: 4, ended: false });
    expect(stepFor(' ', at(1))?.step).toBe(2);
    expect(stepFor('ArrowRight', at(7))?.step).toBe(8);
    expect(stepFor('PageUp', at(1))).toEqual({ type: 'go', step: 1, ended: false });
    expect(stepFor('ArrowLeft', at(5))?.step).toBe(4);
    expect(stepFor('Home', at(5))?.step).toBe(1);
    expect(stepFor('End', at(2))?.step).toBe(8);
  });

  it('shows the end slide after the last step, and goes back to the last step from it', () => {
    for (const next of ['PageDown', 'ArrowRight', ' '])
      expect(stepFor(next, at(8))).toEqual({ type: 'go', step: 8, ended: true });
    // Next again on the end slide stays there; previous returns to the last step.
    expect(stepFor('PageDown', at(8, true))).toEqual({ type: 'go', step: 8, ended: true });
    for (const previous of ['PageUp', 'ArrowLeft'])
      expect(stepFor(previous, at(8, true))).toEqual({ type: 'go', step: 8, ended: false });
    // Home, End and a typed number leave the end slide too.
    expect(stepFor('Home', at(8, true))).toEqual({ type: 'go', step: 1, ended: false });
    expect(stepFor('End', at(8, true))).toEqual({ type: 'go', step: 8, ended: false });
    expect(tourKey('Enter', at(8, true), '3').action).toEqual({
      type: 'go',
      step: 3,
      ended: false,
    });
  });

  it('jumps to a typed number on Enter, and ignores numbers out of range', () => {
    const typed = tourKey('6', at(1), '');
    expect(typed).toEqual({ action: null, typed: '6' });
    expect(tourKey('Enter', at(1), typed.typed)).toEqual({
      action: { type: 'go', step: 6, ended: false },
      typed: '',
    });
    expect(tourKey('Enter', at(1), '12')).toEqual({ action: null, typed: '' });
    expect(tourKey('x', at(1), '3')).toEqual({ action: null, typed: '3' });
    // Enter with nothing typed is not the tour's (a focused button takes it).
    expect(tourKey('Enter', at(1), '')).toEqual({ action: null, typed: '' });
  });

  it('blanks the screen with B or "." (black) and W or "," (white)', () => {
    for (const key of ['b', 'B', '.'])
      expect(tourKey(key, at(2), '4')).toEqual({
        action: { type: 'blank', shade: 'black' },
        typed: '',
      });
    for (const key of ['w', 'W', ','])
      expect(tourKey(key, at(2), '').action).toEqual({ type: 'blank', shade: 'white' });
    expect(shadeForKey('x')).toBeNull();
  });

  it('opens the grid with G or O, the list of keys with "?", the presenter view with S', () => {
    for (const key of ['g', 'G', 'o', 'O'])
      expect(tourKey(key, at(2), '').action?.type).toBe('grid');
    expect(tourKey('?', at(2), '').action).toEqual({ type: 'help' });
    expect(tourKey('s', at(2), '').action).toEqual({ type: 'presenter' });
    expect(tourKey('S', at(8, true), '').action).toEqual({ type: 'presenter' });
    for (const key of ['p', 'Escape', 'Tab', 'a', 'Shift'])
      expect(tourKey(key, at(2), '').action).toBeNull();
  });

  it('reads keys by their place on a Russian layout', () => {
    // The B key sends "и", the W key "ц", the US "." key "ю" and the US "," key "б".
    expect(keyOf({ key: 'и', code: 'KeyB' })).toBe('b');
    expect(keyOf({ key: 'ц', code: 'KeyW' })).toBe('w');
    expect(keyOf({ key: 'ю', code: 'Period' })).toBe('.');
    expect(keyOf({ key: 'б', code: 'Comma' })).toBe(',');
    expect(keyOf({ key: 'п', code: 'KeyG' })).toBe('g');
    expect(keyOf({ key: 'з', code: 'KeyP' })).toBe('p');
    // Latin keys, named keys and letters with no meaning here stay as they are.
    expect(keyOf({ key: 'B', code: 'KeyB' })).toBe('B');
    expect(keyOf({ key: 'PageDown', code: 'PageDown' })).toBe('PageDown');
    expect(keyOf({ key: 'ж', code: 'Semicolon' })).toBe('ж');
  });
});

describe('the grid of steps', () => {
  it('moves by arrow keys in reading order, and by rows up and down', () => {
    // 8 steps in 3 columns: rows 0-2, 3-5, 6-7.
    expect(gridMove('ArrowRight', 2, 8, 3)).toBe(3);
    expect(gridMove('ArrowLeft', 0, 8, 3)).toBe(0);
    expect(gridMove('ArrowRight', 7, 8, 3)).toBe(7);
    expect(gridMove('ArrowDown', 1, 8, 3)).toBe(4);
    expect(gridMove('ArrowDown', 5, 8, 3)).toBe(5);
    expect(gridMove('ArrowUp', 4, 8, 3)).toBe(1);
    expect(gridMove('ArrowUp', 2, 8, 3)).toBe(2);
    expect(gridMove('Home', 5, 8, 3)).toBe(0);
    expect(gridMove('End', 1, 8, 3)).toBe(7);
    expect(gridMove('Enter', 1, 8, 3)).toBeNull();
  });
});
