import { describe, expect, it } from 'vitest';
import { syntheticBundle } from '../../src/cli/synthetic';
import { blankProfile } from '../../src/corpus/profile';
import { EXAMPLE_PROFILES } from '../../src/profile/example-profiles';
import { rankModels } from '../../src/profile/distance';
import {
  matrixModels,
  MATRIX_MODELS,
  PROFILE_ID,
  similarityMatrix,
} from '../../src/views/fit/derive';
import { bundledCorpus } from '../support/corpus';

const options = { downWeightLowConfidence: false };
const profile = { ...blankProfile('Resource region'), values: EXAMPLE_PROFILES[0]!.values };

describe('the similarity matrix of policy fit', () => {
  it('shows every model of the bundled corpus, the profile first, 1 on the diagonal', () => {
    const { models } = bundledCorpus();
    const ranking = rankModels({ values: profile.values }, models, options);
    const shown = matrixModels(models, ranking);
    expect(shown).toBe(models);
    const matrix = similarityMatrix(profile, shown, options);
    expect(matrix.ids).toEqual([PROFILE_ID, ...models.map((m) => m.id)]);
    matrix.similarity.forEach((row, i) => expect(row[i]).toBeCloseTo(1, 12));
  });

  it('keeps the nearest MATRIX_MODELS of 200 in rank order, whose similarity to the profile falls', () => {
    const { models } = syntheticBundle(200, bundledCorpus().codebook);
    const ranking = rankModels({ values: profile.values }, models, options);
    const shown = matrixModels(models, ranking);
    expect(shown.map((m) => m.id)).toEqual(ranking.slice(0, MATRIX_MODELS).map((r) => r.id));
    const toProfile = similarityMatrix(profile, shown, options).similarity[0]!.slice(1);
    for (let i = 1; i < toProfile.length; i += 1) {
      expect(toProfile[i]!).toBeLessThanOrEqual(toProfile[i - 1]! + 1e-12);
    }
  });
});
