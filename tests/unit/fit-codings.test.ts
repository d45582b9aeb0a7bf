import { describe, expect, it } from 'vitest';
import { blankProfile } from '../../src/corpus/profile';
import type { Model } from '../../src/corpus/schema';
import { fitUnderCodings } from '../../src/views/fit/under-codings';
import { THREE_CODERS, withStateRole } from '../support/codings';
import { buildModel } from '../support/corpus';

const CODERS = [...THREE_CODERS];

/** A model at state role `reconciled`, and at `first` under the first coding where given. */
const model = (id: string, reconciled: number, first?: number): Model =>
  withStateRole(buildModel({ id, name: `${id} name` }), reconciled, { first });

/** A profile that differs from the built models only in its state role. */
const profileAt = (stateRole: number) => {
  const p = blankProfile('region');
  return {
    ...p,
    values: {
      ...p.values,
      governanceLevel: { national: 0.5, regional: 0.3, local: 0.2 },
      sectorFocus: { traditional: 0.25, industrial: 0.25, 'high-tech': 0.25, mixed: 0.25 },
      stateRole,
    },
  };
};

describe('policy fit under each coding', () => {
  it('says the nearest model holds when every coding puts it first', () => {
    const models = [model('japan', 5, 4), model('italy', 2), model('france', 3)];
    const fit = fitUnderCodings(profileAt(5), models, CODERS, {});
    expect(fit.nearestHolds).toBe(true);
    expect(fit.nearest).toHaveLength(1);
    expect(fit.nearest[0]?.id).toBe('japan');
    expect(fit.nearest[0]?.coders.map((c) => c.id)).toEqual(['first', 'review', 'reconciled']);
  });

  it('names the nearest under each coding when it changes', () => {
    // Reconciled: japan 5, france 4 → a profile at 5 is nearest japan. First coding: japan 3.
    const models = [model('japan', 5, 3), model('france', 4)];
    const fit = fitUnderCodings(profileAt(5), models, CODERS, {}, 'reconciled');
    expect(fit.nearestHolds).toBe(false);
    expect(fit.nearest.map((g) => [g.id, g.coders.map((c) => c.id)])).toEqual([
      ['france', ['first']],
      ['japan', ['review', 'reconciled']],
    ]);
    // Rows follow the ranking under the coding the page draws; each row has a place per coder.
    expect(fit.models.map((m) => m.id)).toEqual(['japan', 'france']);
    const japan = fit.models[0]!;
    expect(japan.places.map((p) => [p.coder, p.rank])).toEqual([
      ['first', 2],
      ['review', 1],
      ['reconciled', 1],
    ]);
    expect(japan.places[2]?.distance).toBe(0);
    // A state role 2 steps off out of 4, one dimension of five at equal weights: 0.5 / 5.
    expect(japan.places[0]?.distance).toBeCloseTo(0.1, 10);
  });

  it('orders rows by another coder’s ranking when asked, and by the first coder’s otherwise', () => {
    const models = [model('japan', 5, 3), model('france', 4)];
    expect(
      fitUnderCodings(profileAt(5), models, CODERS, {}, 'first').models.map((m) => m.id),
    ).toEqual(['france', 'japan']);
    expect(fitUnderCodings(profileAt(5), models, CODERS, {}).models.map((m) => m.id)).toEqual([
      'france',
      'japan',
    ]);
  });

  it('has nothing to rank without models', () => {
    const fit = fitUnderCodings(profileAt(3), [], CODERS, {});
    expect(fit).toMatchObject({ models: [], nearest: [], nearestHolds: true });
  });
});
