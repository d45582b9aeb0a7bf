import { describe, expect, it } from 'vitest';
import { deriveHandoutEvidence, HANDOUT_DIMENSIONS } from '../../src/views/handout/derive';
import { bundledCorpus } from '../support/corpus';

const corpus = bundledCorpus();

describe('handout evidence', () => {
  it('lists, per selected model in order, the four charted dimensions with their quotes', () => {
    const models = ['japan', 'italy'].map((id) => corpus.models.find((m) => m.id === id)!);
    const handout = deriveHandoutEvidence(models, corpus.codebook);
    expect(handout.map((m) => m.name)).toEqual(['Japan', 'Italy']);
    for (const model of handout) {
      expect(model.dimensions.map((d) => d.key)).toEqual([...HANDOUT_DIMENSIONS]);
      for (const d of model.dimensions) expect(d.quotes.length).toBeGreaterThan(0);
    }
    const japanState = handout[0]!.dimensions[0]!;
    expect(japanState.value).toBe('5 of 5');
    expect(japanState.stepLabel).toBe('director');
    const source = corpus.models.find((m) => m.id === 'japan')!;
    expect(japanState.quotes.map((q) => q.id)).toEqual(source.codes.stateRole.evidence);
    // Share dimensions print their shares instead of a scale step.
    expect(handout[1]!.dimensions[1]!.value).toBe('national 30%, regional 20%, local 50%');
    expect(handout[1]!.dimensions[1]!.stepLabel).toBeNull();
  });
});
