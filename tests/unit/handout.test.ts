import { describe, expect, it } from 'vitest';
import { deriveHandoutEvidence, HANDOUT_DIMENSIONS } from '../../src/views/handout/derive';
import { buildCodebook, buildModel } from '../support/corpus';

const codebook = buildCodebook();
const plain = buildModel({ id: 'plain', name: 'Plain' });

/** State role 5 on two quotes, cited in the reverse of their order in the file; governance led locally. */
const directed = buildModel({
  id: 'directed',
  name: 'Directed',
  evidence: [
    { id: 'e1', quote: 'a first quote', locator: 'p3', cites: [] },
    { id: 'e2', quote: 'a second quote', locator: 'p4', cites: [] },
  ],
  codes: {
    ...plain.codes,
    stateRole: { ...plain.codes.stateRole, value: 5, evidence: ['e2', 'e1'] },
    governanceLevel: {
      ...plain.codes.governanceLevel,
      value: { national: 0.3, regional: 0.2, local: 0.5 },
      lead: 'local',
    },
  },
});

describe('handout evidence', () => {
  it('lists, per selected model in the order given, the four charted dimensions', () => {
    const handout = deriveHandoutEvidence([directed, plain], codebook);
    expect(handout.map((m) => [m.id, m.name])).toEqual([
      ['directed', 'Directed'],
      ['plain', 'Plain'],
    ]);
    for (const model of handout) {
      expect(model.dimensions.map((d) => d.key)).toEqual([...HANDOUT_DIMENSIONS]);
      expect(model.dimensions.map((d) => d.label)).toEqual(
        HANDOUT_DIMENSIONS.map((d) => `${d} label`),
      );
    }
    expect(deriveHandoutEvidence([], codebook)).toEqual([]);
  });

  it('gives an ordinal code its step and its quotes in the order the code cites them', () => {
    const [state] = deriveHandoutEvidence([directed], codebook)[0]!.dimensions;
    expect(state).toMatchObject({
      key: 'stateRole',
      value: { dimension: 'stateRole', score: { value: 5, of: 5 }, parts: [] },
      stepLabel: 'stateRole step 5',
    });
    expect(state!.quotes.map((q) => [q.id, q.locator])).toEqual([
      ['e2', 'p4'],
      ['e1', 'p3'],
    ]);
  });

  it('prints share dimensions as their shares, with no scale step', () => {
    const governance = deriveHandoutEvidence([directed], codebook)[0]!.dimensions[1]!;
    expect(governance.key).toBe('governanceLevel');
    expect(governance.value).toEqual({
      dimension: 'governanceLevel',
      score: null,
      parts: [
        { key: 'national', share: 0.3, lead: false },
        { key: 'regional', share: 0.2, lead: false },
        { key: 'local', share: 0.5, lead: true },
      ],
    });
    expect(governance.stepLabel).toBeNull();
    expect(governance.quotes.map((q) => q.id)).toEqual(['e1']);
  });
});
