import { describe, expect, it } from 'vitest';
import { checkTour } from '../../src/corpus/checks';
import { formatIssue } from '../../src/corpus/issues';
import { tourSchema } from '../../src/corpus/schema';
import { stepForKey } from '../../src/tours/tour-keys';
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
  it('moves next and previous, within the tour', () => {
    expect(stepForKey('PageDown', 3, 8, '').step).toBe(4);
    expect(stepForKey('ArrowRight', 8, 8, '').step).toBe(8);
    expect(stepForKey(' ', 1, 8, '').step).toBe(2);
    expect(stepForKey('PageUp', 1, 8, '').step).toBe(1);
    expect(stepForKey('ArrowLeft', 5, 8, '').step).toBe(4);
    expect(stepForKey('Home', 5, 8, '').step).toBe(1);
    expect(stepForKey('End', 2, 8, '').step).toBe(8);
  });

  it('jumps to a typed number on Enter, and ignores numbers out of range', () => {
    const typed = stepForKey('6', 1, 8, '');
    expect(typed).toEqual({ step: null, typed: '6' });
    expect(stepForKey('Enter', 1, 8, typed.typed)).toEqual({ step: 6, typed: '' });
    expect(stepForKey('Enter', 1, 8, '12')).toEqual({ step: null, typed: '' });
    expect(stepForKey('x', 1, 8, '3')).toEqual({ step: null, typed: '3' });
  });
});
