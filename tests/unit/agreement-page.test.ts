import { describe, expect, it } from 'vitest';
import type { AlphaResult } from '../../src/lib/krippendorff';
import type { Bundle, Coder, Model, Review } from '../../src/corpus/schema';
import {
  agreementRows,
  alphaReading,
  changeLogOf,
  comparisonsOf,
  defaultComparison,
} from '../../src/views/sources/agreement-derive';
import { buildSource, THREE_CODERS, withStateRole } from '../support/codings';
import { buildBundle, buildModel } from '../support/corpus';

const [FIRST, REVIEW, RECONCILED] = THREE_CODERS as [Coder, Coder, Coder];
const rationale = 'a rationale long enough to pass';

/** A model whose state role is `reconciled`, with the first coder's and the reviewer's where given. */
const modelCoded = (id: string, reconciled: number, first?: number, review?: number): Model =>
  withStateRole(buildModel({ id, name: `${id} name` }), reconciled, { first, review });

const bundleOf = (models: Model[], extra: Partial<Bundle> = {}): Bundle =>
  buildBundle({
    models,
    sources: [buildSource([RECONCILED, REVIEW, FIRST])],
    ...extra,
  });

const alpha = (over: Partial<AlphaResult>): AlphaResult => ({
  metric: 'ordinal',
  alpha: 1,
  reason: null,
  noVariation: false,
  pairableValues: 10,
  unitsUsed: 5,
  observedDisagreement: 0,
  expectedDisagreement: 1,
  ...over,
});

describe('the choice of coders to compare', () => {
  it('offers every pair in the coders’ order, then all three, and opens on first coding vs review', () => {
    const comparisons = comparisonsOf([FIRST, REVIEW, RECONCILED]);
    expect(comparisons.map((c) => c.id)).toEqual([
      'first+review',
      'first+reconciled',
      'review+reconciled',
      'first+review+reconciled',
    ]);
    expect(defaultComparison(comparisons)?.id).toBe('first+review');
  });

  it('offers the one pair of two coders, and opens on it without a reviewer', () => {
    const comparisons = comparisonsOf([FIRST, RECONCILED]);
    expect(comparisons.map((c) => c.id)).toEqual(['first+reconciled']);
    expect(defaultComparison(comparisons)?.id).toBe('first+reconciled');
    expect(defaultComparison(comparisonsOf([RECONCILED]))).toBeUndefined();
  });
});

describe('reading alpha', () => {
  it('follows Krippendorff’s thresholds of 0.8 and 0.667', () => {
    expect(alphaReading(alpha({ alpha: 0.8 }))).toBe('reliable');
    expect(alphaReading(alpha({ alpha: 0.799 }))).toBe('tentative');
    expect(alphaReading(alpha({ alpha: 0.667 }))).toBe('tentative');
    expect(alphaReading(alpha({ alpha: 0.5 }))).toBe('unreliable');
    expect(alphaReading(alpha({ alpha: -0.2 }))).toBe('unreliable');
  });

  it('says when alpha rests on no variation or cannot be computed', () => {
    expect(alphaReading(alpha({ alpha: 1, noVariation: true }))).toBe('no-variation');
    expect(alphaReading(alpha({ alpha: null, reason: 'no-pairable-values' }))).toBe('undefined');
  });
});

describe('agreement rows', () => {
  const models = [
    modelCoded('a', 1),
    modelCoded('b', 2, 3),
    modelCoded('c', 3, undefined, 5),
    modelCoded('d', 5),
  ];

  it('gives each dimension its label, the models that agree and the reading of alpha', () => {
    const rows = agreementRows(bundleOf(models), ['first', 'review']);
    expect(rows.map((r) => r.label)).toEqual([
      'stateRole label',
      'governanceLevel label',
      'sectorFocus label',
      'firmHierarchy label',
      'universityIndustry label',
    ]);
    const state = rows[0]!;
    expect(state).toMatchObject({ agreeing: 2, models: 4, disagreeing: ['b', 'c'] });
    expect(state.metric).toBe('ordinal');
    // Shares vary across a model's categories, so agreement on them is real agreement…
    expect(rows[1]).toMatchObject({ metric: 'interval', reading: 'reliable', agreeing: 4 });
    // …but every built model has hierarchy 3: nothing varies, and the page must say so.
    expect(rows[3]).toMatchObject({ metric: 'ordinal', reading: 'no-variation', agreeing: 4 });
  });

  it('changes with the pair: the first coding and the reconciled one disagree on b only', () => {
    const state = agreementRows(bundleOf(models), ['first', 'reconciled'])[0]!;
    expect(state.disagreeing).toEqual(['b']);
    expect(state.meanDistance).toBe(0.25);
    const all = agreementRows(bundleOf(models), ['first', 'review', 'reconciled'])[0]!;
    expect(all.disagreeing).toEqual(['b', 'c']);
  });
});

describe('the change log', () => {
  const review = (responses: Review['responses']): Review => ({
    id: 'review-1',
    title: 'Review one',
    coder: 'review',
    basis: '0c1a04a',
    received: '2026-11',
    summary: 'a review summary long enough to pass',
    findings: responses.map((r) => r.finding),
    responses,
  });
  const answered = review([
    {
      finding: 'S1',
      verdict: 'accepted',
      reason: 'the state role follows the article here',
      locators: ['p25'],
      changed: ['models/b.json#/codes/stateRole/value'],
    },
    {
      finding: 'S2',
      verdict: 'partly',
      reason: 'the confidence is lowered, the value kept',
      locators: ['p25'],
      changed: ['models/b.json#/codes/stateRole/confidence'],
    },
    {
      finding: 'S3',
      verdict: 'declined',
      reason: 'the article supports the value as it was',
      locators: ['p30'],
      changed: [],
    },
  ]);

  it('is absent without a review', () => {
    expect(changeLogOf(bundleOf([modelCoded('b', 2, 3)]), [FIRST, REVIEW, RECONCILED])).toBeNull();
  });

  it('counts the verdicts and lists each changed value before → after with its findings', () => {
    const log = changeLogOf(
      bundleOf([modelCoded('a', 1), modelCoded('b', 2, 3)], { reviews: [answered] }),
      [FIRST, REVIEW, RECONCILED],
    )!;
    expect(log.review).toEqual({ id: 'review-1', title: 'Review one', coderName: 'review name' });
    expect(log.verdicts).toEqual({ accepted: 1, partly: 1, declined: 1 });
    expect(log.entries).toHaveLength(1);
    const entry = log.entries[0]!;
    expect(entry).toMatchObject({
      model: { id: 'b', name: 'b name' },
      dimension: 'stateRole',
      dimensionLabel: 'stateRole label',
      parts: ['value', 'confidence'],
    });
    expect(entry.before).toMatchObject({
      score: { value: 3, of: 5 },
      stepLabel: 'stateRole step 3',
      confidence: 'high',
    });
    expect(entry.after).toMatchObject({ score: { value: 2, of: 5 }, confidence: 'medium' });
    expect(entry.findings.map((f) => [f.finding, f.verdict])).toEqual([
      ['S1', 'accepted'],
      ['S2', 'partly'],
    ]);
  });

  it('lists shares in the codebook’s order, with the lead level marked', () => {
    const base = buildModel({ id: 'g' });
    const g: Model = {
      ...base,
      codes: {
        ...base.codes,
        governanceLevel: {
          ...base.codes.governanceLevel,
          value: { local: 0.2, national: 0.5, regional: 0.3 },
          codings: [
            {
              coder: 'first',
              value: { national: 0.3, regional: 0.3, local: 0.4 },
              lead: 'local',
              confidence: 'medium',
              rationale,
              evidence: ['e1'],
            },
          ],
        },
      },
    };
    const log = changeLogOf(
      bundleOf([g], {
        reviews: [
          review([
            {
              finding: 'G1',
              verdict: 'accepted',
              reason: 'the lead level is national in the article',
              locators: ['p12'],
              changed: ['models/g.json#/codes/governanceLevel/lead'],
            },
          ]),
        ],
      }),
      [FIRST, REVIEW, RECONCILED],
    )!;
    const entry = log.entries[0]!;
    expect(entry.parts).toEqual(['value']);
    expect(entry.before.parts.map((p) => [p.key, p.share, p.lead])).toEqual([
      ['national', 0.3, false],
      ['regional', 0.3, false],
      ['local', 0.4, true],
    ]);
    expect(entry.after.parts.map((p) => p.key)).toEqual(['national', 'regional', 'local']);
    expect(entry.after.stepLabel).toBeNull();
  });
});
