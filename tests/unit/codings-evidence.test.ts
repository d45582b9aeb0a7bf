/**
 * The evidence panel's several codings, on built data: the columns and the coders who agree, each
 * quote once with the codings that cite it, what the reconciled value took from each coder, and
 * the "revised after review 1" summary.
 */
import { describe, expect, it } from 'vitest';
import { codersOf, SOLE_CODER } from '../../src/corpus/codings';
import type { Bundle, Model, Review, Source } from '../../src/corpus/schema';
import { codingColumns } from '../../src/evidence/coding-columns';
import { findingLabel } from '../../src/corpus/revisions';
import { idsOfModel, looksLikeCode, splitOnIds } from '../../src/evidence/id-spans';
import { revisedShapes, shapeOf } from '../../src/evidence/structure-shape';
import { revisionSummary } from '../../src/evidence/revision-summary';
import { quoteNumbersOf, sharedQuotes } from '../../src/evidence/shared-quotes';
import { tookFromEach } from '../../src/evidence/took-from-each';
import { buildCoder, buildSource } from '../support/codings';
import { buildBundle, buildCodebook, buildModel } from '../support/corpus';

// Listed out of order on purpose: codersOf puts them in the reader's order.
const LISTED = [
  buildCoder('reconciled', 'reconciled'),
  buildCoder('first', 'original'),
  buildCoder('review', 'reviewer'),
];
const source: Source = buildSource(LISTED);
/** The coders in the reader's order: first coding, reviewer, reconciled. */
const CODERS = codersOf({ sources: [source] });
const quote = (id: string, locator: string) => ({ id, quote: `quote ${id}`, locator, cites: [] });
const rationale = (who: string) => `${who}'s rationale, long enough to pass`;

/**
 * A model whose state role is reconciled at 4 (quotes e1, e2), coded 3 by the first coder at high
 * confidence (quotes e2, e3); the reviewer is not listed (agrees). Its hierarchy: the first coder
 * gives the same step with another structure; the reviewer the same step and structure, at low
 * confidence, citing e1 only.
 */
function usModel(): Model {
  const base = buildModel({
    id: 'us',
    evidence: [quote('e1', 'p24'), quote('e2', 'p25'), quote('e3', 'p28'), quote('e4', 'p29')],
  });
  const code = { confidence: 'medium' as const, rationale: rationale('reconciled') };
  return {
    ...base,
    codes: {
      ...base.codes,
      stateRole: {
        value: 4,
        ...code,
        evidence: ['e1', 'e2'],
        codings: [
          {
            coder: 'first',
            value: 3,
            confidence: 'high',
            rationale: rationale('first'),
            evidence: ['e2', 'e3'],
          },
        ],
      },
      firmHierarchy: {
        ...base.codes.firmHierarchy,
        codings: [
          {
            coder: 'first',
            value: 3,
            confidence: 'medium',
            rationale: rationale('first'),
            evidence: ['e1'],
            structure: {
              nodes: [{ id: 'b', type: 'large-firm', label: 'large firms', tier: 0, count: 2 }],
              links: [],
            },
          },
          {
            coder: 'review',
            value: 3,
            confidence: 'low',
            rationale: rationale('review'),
            evidence: ['e1'],
          },
        ],
      },
    },
  };
}

const bundleOf = (models: Model[], more: Partial<Bundle> = {}) =>
  buildBundle({ models, sources: [source], ...more });

describe('codings side by side', () => {
  it('writes out the listed codings and the reconciled one, in coder order; others agree', () => {
    const side = codingColumns(usModel(), 'stateRole', CODERS, buildCodebook(), null);
    expect(side.columns.map((c) => [c.coder.id, c.value.score?.value, c.confidence])).toEqual([
      ['first', 3, 'high'],
      ['reconciled', 4, 'medium'],
    ]);
    expect(side.columns.map((c) => c.step?.label)).toEqual([
      'stateRole step 3',
      'stateRole step 4',
    ]);
    expect(side.columns.map((c) => c.rationale)).toEqual([
      rationale('first'),
      rationale('reconciled'),
    ]);
    expect(side.columns.find((c) => c.reconciled)?.coder.id).toBe('reconciled');
    expect(side.agreeing.map((c) => c.id)).toEqual(['review']);
  });

  it('marks the coder the charts draw: coding= if it names a coder, else the reconciled', () => {
    const shown = (chosen: string | null) =>
      codingColumns(usModel(), 'stateRole', CODERS, buildCodebook(), chosen).shown;
    expect(shown(null)).toBe('reconciled');
    expect(shown('first')).toBe('first');
    expect(shown('review')).toBe('review');
    expect(shown('nobody')).toBe('reconciled');
  });

  it('a corpus with one coder has one column and nobody agreeing', () => {
    const side = codingColumns(
      buildModel({ id: 'x' }),
      'stateRole',
      [SOLE_CODER],
      buildCodebook(),
      null,
    );
    expect(side.columns.map((c) => c.coder.id)).toEqual([SOLE_CODER.id]);
    expect(side.agreeing).toEqual([]);
  });

  it('gives share codes as parts with the lead marked', () => {
    const base = buildModel({ id: 'it' });
    const model: Model = {
      ...base,
      codes: {
        ...base.codes,
        governanceLevel: {
          ...base.codes.governanceLevel,
          codings: [
            {
              coder: 'first',
              value: { national: 0.3, regional: 0.2, local: 0.5 },
              lead: 'local',
              confidence: 'low',
              rationale: rationale('first'),
              evidence: ['e1'],
            },
          ],
        },
      },
    };
    const side = codingColumns(model, 'governanceLevel', CODERS, buildCodebook(), null);
    expect(side.columns[0]?.value.parts.filter((p) => p.lead).map((p) => p.key)).toEqual(['local']);
    expect(side.columns[1]?.value.parts.find((p) => p.lead)?.key).toBe('national');
    expect(side.columns[0]?.step).toBeNull();
  });
});

describe('quotes shared by several codings', () => {
  const side = codingColumns(usModel(), 'stateRole', CODERS, buildCodebook(), null);
  const quotes = sharedQuotes(side.columns, usModel().evidence);

  it('lists each quote once: the reconciled coding’s first, then the others’ further quotes', () => {
    expect(quotes.map((q) => [q.number, q.evidence.id])).toEqual([
      [1, 'e1'],
      [2, 'e2'],
      [3, 'e3'],
    ]);
  });

  it('names every coding that cites a quote, in coder order', () => {
    expect(quotes.map((q) => q.citedBy.map((c) => c.id))).toEqual([
      ['reconciled'],
      ['first', 'reconciled'],
      ['first'],
    ]);
  });

  it('gives each coding the numbers of its quotes', () => {
    expect(side.columns.map((c) => quoteNumbersOf(c, quotes))).toEqual([
      [2, 3],
      [1, 2],
    ]);
  });

  it('leaves out an id the model does not hold', () => {
    const cited = [{ coder: SOLE_CODER, evidence: ['e1', 'gone'], reconciled: true }];
    expect(sharedQuotes(cited, usModel().evidence).map((q) => q.evidence.id)).toEqual(['e1']);
  });
});

describe('what the reconciled value took from each', () => {
  it('says from which value to which, the confidence, and the quotes it kept', () => {
    const lines = tookFromEach(usModel(), 'stateRole', CODERS, buildCodebook());
    expect(lines.map((l) => l.coder.id)).toEqual(['first', 'review']);
    expect(lines[0]).toMatchObject({
      agrees: false,
      differences: ['value', 'confidence'],
      confidence: 'high',
      reconciledConfidence: 'medium',
      quotesKept: 1,
      quotes: 2,
    });
    expect(lines[0]?.value.score?.value).toBe(3);
    expect(lines[0]?.reconciledValue.score?.value).toBe(4);
    // Not listed: agrees in everything, and cites the reconciled coding's quotes.
    expect(lines[1]).toMatchObject({ agrees: true, differences: [], quotesKept: 2, quotes: 2 });
  });

  it('tells a same value apart from a different structure or confidence', () => {
    const lines = tookFromEach(usModel(), 'firmHierarchy', CODERS, buildCodebook());
    expect(lines.map((l) => [l.coder.id, l.agrees, l.differences])).toEqual([
      ['first', false, ['structure']],
      // The reviewer draws no structure of its own: it keeps the reconciled one.
      ['review', false, ['confidence']],
    ]);
  });

  it('has no line for a corpus with one coder', () => {
    expect(
      tookFromEach(buildModel({ id: 'x' }), 'stateRole', [SOLE_CODER], buildCodebook()),
    ).toEqual([]);
  });
});

describe('revised after review 1', () => {
  const response = (finding: string, changed: string[]) => ({
    finding,
    verdict: 'accepted' as const,
    reason: `our reason for ${finding}, long enough`,
    locators: ['p24', 'p29'],
    changed,
  });
  const review: Review = {
    id: 'review-1',
    title: 'Review one',
    coder: 'review',
    basis: '0c1a04a',
    received: '2026-11',
    summary: 'a review summary long enough to pass',
    findings: ['S1', 'S2', 'H1'],
    responses: [
      response('S1', ['models/us.json#/codes/stateRole/value']),
      response('S2', ['models/us.json#/codes/stateRole/rationale', 'models/us.json#/facts/0']),
      response('H1', ['models/us.json#/codes/firmHierarchy/structure']),
    ],
  };
  const bundle = bundleOf([usModel()], { reviews: [review] });

  it('gives before → after and the responses that touched the value', () => {
    const summary = revisionSummary(bundle, 'us', 'stateRole');
    expect(summary).toMatchObject({
      reviewNumber: 1,
      reviewTitle: 'Review one',
      parts: ['value', 'confidence'],
    });
    expect(summary?.before).toMatchObject({
      confidence: 'high',
      step: { label: 'stateRole step 3' },
    });
    expect(summary?.after).toMatchObject({
      confidence: 'medium',
      step: { label: 'stateRole step 4' },
    });
    expect(summary?.responses.map((r) => [r.finding, r.locators])).toEqual([
      ['S1', ['p24', 'p29']],
      ['S2', ['p24', 'p29']],
    ]);
  });

  it('names a redrawn structure', () => {
    expect(revisionSummary(bundle, 'us', 'firmHierarchy')?.parts).toEqual(['structure']);
    expect(revisionSummary(bundle, 'us', 'firmHierarchy')?.shapes?.before).toEqual({
      groups: 1,
      tiers: 1,
      links: 0,
    });
    expect(revisionSummary(bundle, 'us', 'stateRole')?.shapes).toBeNull();
  });

  it('is null for a value the review left as it was, and for a corpus without a review', () => {
    expect(revisionSummary(bundle, 'us', 'universityIndustry')).toBeNull();
    expect(revisionSummary(bundleOf([usModel()]), 'us', 'stateRole')).toBeNull();
  });
});

describe('the shape of a revised structure', () => {
  const review = {
    id: 'review',
    title: 'Review one',
    coder: 'review',
    basis: '0c1a04a',
    received: '2026-11',
    summary: 'a review summary long enough to pass',
    findings: ['H1'],
    responses: [],
  } satisfies Review;

  it('gives the first coding’s tiers and links, then the reconciled one’s', () => {
    const model = usModel();
    const after = model.codes.firmHierarchy.structure;
    expect(revisedShapes(bundleOf([model], { reviews: [review] }), 'us')).toEqual({
      before: { groups: 1, tiers: 1, links: 0 },
      after: {
        groups: after.nodes.length,
        tiers: new Set(after.nodes.map((n) => n.tier)).size,
        links: after.links.length,
      },
    });
  });

  it('is null without a review', () => {
    expect(revisedShapes(bundleOf([usModel()]), 'us')).toBeNull();
  });
});

describe('quote ids inside a reason', () => {
  const ids = ['us-contract-rights', 'us-contract-rights-2', 'us-contract-rights-list'];

  it('splits out each whole id, the longest first', () => {
    const text = 'rests on us-contract-rights-list, and us-contract-rights-2 no longer cites [5]';
    expect(splitOnIds(text, ids)).toEqual([
      { text: 'rests on ', id: false },
      { text: 'us-contract-rights-list', id: true },
      { text: ', and ', id: false },
      { text: 'us-contract-rights-2', id: true },
      { text: ' no longer cites [5]', id: false },
    ]);
  });

  it('leaves an id inside a longer token alone, and text without ids whole', () => {
    expect(splitOnIds('see xus-contract-rights or us-contract-rights-3', ids)).toEqual([
      { text: 'see xus-contract-rights or us-contract-rights-3', id: false },
    ]);
    expect(splitOnIds('(us-contract-rights)', ids).map((p) => p.id)).toEqual([false, true, false]);
    expect(splitOnIds('no ids here', [])).toEqual([{ text: 'no ids here', id: false }]);
  });

  it('takes a place in a list ("lessons[1]") as code too', () => {
    expect(splitOnIds('and lessons[1] now', [])).toEqual([
      { text: 'and ', id: false },
      { text: 'lessons[1]', id: true },
      { text: ' now', id: false },
    ]);
  });

  it('leaves a one-word id that reads as a word ("state") plain in English prose', () => {
    const words = ['state', 'smes', 'it-small-towns'];
    expect(splitOnIds('the state and it-small-towns', words)).toEqual([
      { text: 'the state and ', id: false },
      { text: 'it-small-towns', id: true },
    ]);
  });

  it('marks a one-word id between quote marks, or as a Latin token in prose of another script', () => {
    const words = ['smes', 'state'];
    expect(splitOnIds("id 'smes' replacing", words).map((p) => p.text)).toEqual([
      "id '",
      'smes',
      "' replacing",
    ]);
    expect(splitOnIds('oʻrniga «smes» identifikatori', words).filter((p) => p.id)).toEqual([
      { text: 'smes', id: true },
    ]);
    expect(splitOnIds('с идентификатором smes вместо', words).filter((p) => p.id)).toEqual([
      { text: 'smes', id: true },
    ]);
    expect(splitOnIds("the state's plan", words).every((p) => !p.id)).toBe(true);
  });

  it('knows a model’s quote, actor, instrument and node ids, the other codings’ nodes too', () => {
    const ids = idsOfModel(usModel());
    expect(ids).toEqual(expect.arrayContaining(['e1', 'e4', 'a', 'b']));
  });
});

describe('a finding id as a reader sees it', () => {
  const bundle = bundleOf([usModel()]);
  const dimension = bundle.codebook.dimensions.find((d) => d.id === 'stateRole')!;

  it('names the model and the dimension of a finding about one code', () => {
    expect(findingLabel('us.stateRole', bundle)).toBe(`${usModel().name}: ${dimension.label}`);
  });

  it('keeps any other id as it is', () => {
    expect(findingLabel('I1', bundle)).toBe('I1');
    expect(findingLabel('O5', bundle)).toBe('O5');
    expect(findingLabel('nowhere.stateRole', bundle)).toBe('nowhere.stateRole');
    expect(findingLabel('us.noSuchDimension', bundle)).toBe('us.noSuchDimension');
  });
});

describe('ids that look like code', () => {
  it('holds a hyphen, a dot, a bracket or a digit', () => {
    expect(['it-small-towns', 'e4', 'a.b', 'lessons[1]'].every(looksLikeCode)).toBe(true);
    expect(['state', 'universities', 'smes'].some(looksLikeCode)).toBe(false);
  });
});

describe('the shape of a structure', () => {
  it('counts the tiers its nodes stand on and its links', () => {
    const node = (id: string, tier: number) => ({
      id,
      type: 'sme' as const,
      label: id,
      tier,
      count: 1,
    });
    expect(
      shapeOf({
        nodes: [node('a', 0), node('b', 1), node('c', 1)],
        links: [{ source: 'a', target: 'b', kind: 'cooperation' }],
      }),
    ).toEqual({ groups: 3, tiers: 2, links: 1 });
  });
});
