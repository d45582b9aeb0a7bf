import { describe, expect, it } from 'vitest';
import { agreementOf } from '../../src/corpus/agreement';
import {
  changedPathExists,
  checkCodingsAndReviews,
  pointerExists,
} from '../../src/corpus/coding-checks';
import {
  bundleUnder,
  codeUnder,
  codersOf,
  codingsFor,
  disagrees,
  reconciledCoderId,
  SOLE_CODER,
} from '../../src/corpus/codings';
import { revisionsOf } from '../../src/corpus/revisions';
import { formatIssue } from '../../src/corpus/issues';
import type { Bundle, Coder, Model, Review } from '../../src/corpus/schema';
import { buildCoder, buildSource, withStateRole } from '../support/codings';
import { buildBundle, buildModel } from '../support/corpus';

const CODERS = [
  buildCoder('reconciled', 'reconciled'),
  buildCoder('first', 'original'),
  buildCoder('review', 'reviewer'),
];
const source = (coders: readonly Coder[] = CODERS) => buildSource(coders);

const rationale = 'a rationale long enough to pass';
/** A model whose state role the first coder put at `first` and the reviewer at `review`. */
const modelCoded = (id: string, reconciled: number, first?: number, review?: number): Model =>
  withStateRole(buildModel({ id }), reconciled, { first, review });

const review = (
  responses: Review['responses'],
  findings = responses.map((r) => r.finding),
): Review => ({
  id: 'review-1',
  title: 'Review one',
  coder: 'review',
  basis: '0c1a04a',
  received: '2026-11',
  summary: 'a review summary long enough to pass',
  findings,
  responses,
});

const bundleOf = (models: Model[], extra: Partial<Bundle> = {}): Bundle =>
  buildBundle({ models, sources: [source()], ...extra });

describe('coders and codings', () => {
  it('orders coders original, reviewer, reconciled, and gives a corpus without coders one', () => {
    expect(codersOf(bundleOf([])).map((c) => c.id)).toEqual(['first', 'review', 'reconciled']);
    expect(codersOf(buildBundle({ models: [] }))).toEqual([SOLE_CODER]);
    expect(reconciledCoderId(bundleOf([]))).toBe('reconciled');
  });

  it('gives a coder its listed coding, and the reconciled one where it is not listed', () => {
    const m = modelCoded('us', 4, 3);
    expect(codeUnder<'stateRole'>(m.codes.stateRole, 'first')).toMatchObject({
      value: 3,
      confidence: 'high',
    });
    expect(codeUnder<'stateRole'>(m.codes.stateRole, 'review').value).toBe(4);
    expect(codeUnder<'stateRole'>(m.codes.stateRole, 'reconciled').value).toBe(4);
  });

  it('draws the corpus under a coder without touching the corpus it was given', () => {
    const bundle = bundleOf([modelCoded('us', 4, 3), modelCoded('uk', 3)]);
    const first = bundleUnder(bundle, 'first');
    expect(first.models.map((m) => m.codes.stateRole.value)).toEqual([3, 3]);
    expect(bundle.models.map((m) => m.codes.stateRole.value)).toEqual([4, 3]);
    expect(bundleUnder(bundle, 'reconciled')).toBe(bundle);
  });

  it("keeps every coder's value readable in a corpus drawn under another coder", () => {
    const bundle = bundleOf([modelCoded('us', 4, 3)]);
    const coders = codersOf(bundle);
    const drawn = bundleUnder(bundle, 'first').models[0]!;
    expect(drawn.codes.stateRole.value).toBe(3);
    expect(codingsFor(drawn, 'stateRole', coders).map((c) => [c.coder.id, c.code.value])).toEqual([
      ['first', 3],
      ['review', 4],
      ['reconciled', 4],
    ]);
    expect(disagrees(drawn, 'stateRole', coders)).toBe(true);
  });

  it('finds a disagreement only where the values differ', () => {
    const coders = codersOf(bundleOf([]));
    expect(disagrees(modelCoded('us', 4, 3), 'stateRole', coders)).toBe(true);
    expect(disagrees(modelCoded('uk', 3), 'stateRole', coders)).toBe(false);
    expect(
      codingsFor(modelCoded('us', 4, 3), 'stateRole', coders).map((c) => [
        c.coder.id,
        c.code.value,
        c.listed,
      ]),
    ).toEqual([
      ['first', 3, true],
      ['review', 4, false],
      ['reconciled', 4, false],
    ]);
  });
});

describe('agreement between coders', () => {
  it('is perfect where the coders agree on every model', () => {
    const rows = agreementOf(bundleOf([modelCoded('a', 2), modelCoded('b', 4)]), [
      'first',
      'review',
    ]);
    const state = rows.find((r) => r.dimension === 'stateRole');
    expect(state).toMatchObject({ exact: 1, meanDistance: 0, disagreeing: [] });
    expect(state?.alpha.alpha).toBe(1);
  });

  it('counts one disagreement of one step over four models (ordinal alpha below 1)', () => {
    const models = [
      modelCoded('a', 1),
      modelCoded('b', 2),
      modelCoded('c', 3, undefined, 4),
      modelCoded('d', 5),
    ];
    const state = agreementOf(bundleOf(models), ['reconciled', 'review']).find(
      (r) => r.dimension === 'stateRole',
    );
    expect(state?.exact).toBe(0.75);
    expect(state?.meanDistance).toBe(0.25);
    expect(state?.disagreeing).toEqual(['c']);
    expect(state?.alpha.metric).toBe('ordinal');
    expect(state?.alpha.alpha).toBeGreaterThan(0.8);
    expect(state?.alpha.alpha).toBeLessThan(1);
  });

  it('measures shares in percentage points with the interval metric', () => {
    const m = buildModel({ id: 'g' });
    const g: Model = {
      ...m,
      codes: {
        ...m.codes,
        governanceLevel: {
          ...m.codes.governanceLevel,
          codings: [
            {
              coder: 'first',
              value: { national: 0.3, regional: 0.3, local: 0.4 },
              lead: 'local',
              confidence: 'low',
              rationale,
              evidence: ['e1'],
            },
          ],
        },
      },
    };
    const gov = agreementOf(bundleOf([g, buildModel({ id: 'h' })]), ['first', 'reconciled']).find(
      (r) => r.dimension === 'governanceLevel',
    );
    expect(gov?.metric).toBe('interval');
    expect(gov?.exact).toBe(0.5);
    // Over 6 units (2 models × 3 levels): differences 20, 0, 20 points on g, none on h.
    expect(gov?.meanDistance).toBeCloseTo(40 / 6, 6);
  });
});

describe('revisions after a review', () => {
  it('lists each changed code, before and after, with the responses that touched it', () => {
    const r = review([
      {
        finding: 'S1',
        verdict: 'accepted',
        reason: 'a reason long enough to pass',
        locators: ['p24'],
        changed: ['models/us.json#/codes/stateRole/value'],
      },
      {
        finding: 'S2',
        verdict: 'declined',
        reason: 'a reason long enough to pass',
        locators: ['p25'],
        changed: [],
      },
    ]);
    const revisions = revisionsOf(
      bundleOf([modelCoded('us', 4, 3), modelCoded('uk', 3)], { reviews: [r] }),
    );
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({
      model: 'us',
      dimension: 'stateRole',
      parts: ['value', 'confidence'],
    });
    expect(revisions[0]?.before.value).toBe(3);
    expect(revisions[0]?.after.value).toBe(4);
    expect(revisions[0]?.responses.map((x) => x.finding)).toEqual(['S1']);
  });
});

describe('checks of codings and reviews', () => {
  it('accepts a well-formed corpus with codings and a review', () => {
    const r = review([
      {
        finding: 'S1',
        verdict: 'accepted',
        reason: 'a reason long enough to pass',
        locators: ['p24'],
        changed: ['models/us.json#/codes/stateRole/value'],
      },
    ]);
    expect(checkCodingsAndReviews(bundleOf([modelCoded('us', 4, 3)], { reviews: [r] }))).toEqual(
      [],
    );
  });

  it('names an unknown coder, a repeated coder and missing evidence', () => {
    const m = modelCoded('us', 4, 3);
    const bad: Model = {
      ...m,
      codes: {
        ...m.codes,
        stateRole: {
          ...m.codes.stateRole,
          codings: [
            { coder: 'nobody', value: 2, confidence: 'low', rationale, evidence: ['e1'] },
            { coder: 'first', value: 2, confidence: 'low', rationale, evidence: ['zz'] },
            { coder: 'first', value: 3, confidence: 'low', rationale, evidence: ['e1'] },
          ],
        },
      },
    };
    expect(checkCodingsAndReviews(bundleOf([bad])).map(formatIssue)).toEqual([
      'models[0].codes.stateRole.codings[0].coder: names the coder "nobody", who is not described (expected a coder of the source\'s "coders" (reconciled, first, review))',
      'models[0].codes.stateRole.codings[1].evidence[0]: names evidence "zz", which does not exist (expected the id of an entry in this model\'s "evidence" list)',
      'models[0].codes.stateRole.codings[2].coder: gives the coder "first" a second coding of this value (expected one coding per coder and value)',
    ]);
  });

  it('wants exactly one reconciled coder', () => {
    const issues = checkCodingsAndReviews(
      buildBundle({ models: [], sources: [source([buildCoder('a', 'original')])] }),
    );
    expect(issues.map((i) => i.problem)).toEqual(['names 0 coders with the role "reconciled"']);
  });

  it('wants every finding answered once, and every changed path to exist', () => {
    const r = review(
      [
        {
          finding: 'S1',
          verdict: 'accepted',
          reason: 'a reason long enough to pass',
          locators: ['p24'],
          changed: ['models/us.json#/codes/stateRole/nothing'],
        },
        {
          finding: 'S1',
          verdict: 'declined',
          reason: 'a reason long enough to pass',
          locators: ['p99'],
          changed: [],
        },
        {
          finding: 'X9',
          verdict: 'partly',
          reason: 'a reason long enough to pass',
          locators: ['p2'],
          changed: [],
        },
      ],
      ['S1', 'S2', 'X9'],
    );
    expect(
      checkCodingsAndReviews(bundleOf([modelCoded('us', 4, 3)], { reviews: [r] })).map(
        (i) => i.problem,
      ),
    ).toEqual([
      '"S1" has 2 responses',
      '"S2" has no response',
      'names "models/us.json#/codes/stateRole/nothing", which the corpus does not have',
      "names paragraph p99, past the source's 45",
      'is "partly" but names no change',
    ]);
  });

  it('resolves JSON pointers as RFC 6901 says', () => {
    const doc = { a: [{ 'b/c': 1, 'd~e': 2 }] };
    expect(pointerExists(doc, '/a/0/b~1c')).toBe(true);
    expect(pointerExists(doc, '/a/0/d~0e')).toBe(true);
    expect(pointerExists(doc, '/a/1')).toBe(false);
    expect(pointerExists(doc, '/a/01')).toBe(false);
    expect(pointerExists(doc, '')).toBe(true);
    const bundle = bundleOf([modelCoded('us', 4, 3)]);
    expect(changedPathExists(bundle, 'models/us.json#/codes/stateRole/codings/0/value')).toBe(true);
    expect(changedPathExists(bundle, 'models/fr.json#/summary')).toBe(false);
    expect(changedPathExists(bundle, 'sources.json#/0/coders/1/role')).toBe(true);
  });
});
