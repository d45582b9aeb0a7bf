import { describe, expect, it } from 'vitest';
import { checkTour } from '../../src/corpus/checks';
import { formatIssue } from '../../src/corpus/issues';
import { tourSchema } from '../../src/corpus/schema';
import { stepForKey } from '../../src/tours/tour-keys';
import { bundledCorpus } from '../support/corpus';

const corpus = bundledCorpus();

describe('tours as data', () => {
  it('ships the two tours, each of 6 to 10 steps with talking points', () => {
    expect(corpus.tours.map((t) => t.id).sort()).toEqual(['five-ways', 'what-the-state-does']);
    for (const tour of corpus.tours) {
      expect(tour.steps.length).toBeGreaterThanOrEqual(6);
      expect(tour.steps.length).toBeLessThanOrEqual(10);
      for (const step of tour.steps) expect(step.talkingPoints.length).toBeGreaterThan(0);
    }
  });

  it('covers all four card dimensions in "Five ways", and France and the US rights in "What the state does"', () => {
    const views = new Set(corpus.tours.find((t) => t.id === 'five-ways')!.steps.map((s) => s.view));
    for (const v of ['state-role', 'governance', 'sectors', 'hierarchy'])
      expect(views).toContain(v);
    const state = corpus.tours.find((t) => t.id === 'what-the-state-does')!;
    expect(state.steps.some((s) => s.evidence?.model === 'france')).toBe(true);
    expect(
      state.steps.some(
        (s) => s.evidence?.model === 'united-states' && s.evidence.key === 'instruments',
      ),
    ).toBe(true);
  });

  it('rejects a step with an unknown view, and names unknown models', () => {
    const tour = structuredClone(corpus.tours[0]!) as Record<string, any>;
    tour.steps[0].view = 'map';
    const parsed = tourSchema.safeParse(tour);
    expect(parsed.success).toBe(false);
    const ok = structuredClone(corpus.tours[0]!);
    ok.steps[1]!.models = ['atlantis'];
    expect(checkTour(ok, new Set(corpus.models.map((m) => m.id))).map(formatIssue)).toEqual([
      'steps[1].models[0]: names model "atlantis", which is not in the corpus (expected the id of a model in the corpus)',
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
