/**
 * What is true of OUR data (data/): the codings the source article supports, the tours we ship.
 * The only unit file that reads the bundled corpus on purpose; every other unit test runs on small
 * built data (tests/support/corpus.ts), so a change of coding fails here, once, with a clear name.
 */
import { describe, expect, it } from 'vitest';
import { checkTour } from '../../src/corpus/checks';
import { bundleJson } from '../../src/export/bundle';
import { selectionRows } from '../../src/export/csv';
import { validateBundle } from '../../src/corpus/validate';
import { modelComparable, rankModels } from '../../src/profile/distance';
import { deriveHandoutEvidence } from '../../src/views/handout/derive';
import { bundledCorpus } from '../support/corpus';

const corpus = bundledCorpus();
const model = (id: string) => {
  const found = corpus.models.find((m) => m.id === id);
  if (!found) throw new Error(`no model "${id}" in the bundled corpus`);
  return found;
};
const tour = (id: string) => {
  const found = corpus.tours.find((t) => t.id === id);
  if (!found) throw new Error(`no tour "${id}" in the bundled corpus`);
  return found;
};

describe('the five models', () => {
  it('are Italy, France, the United Kingdom, the United States and Japan', () => {
    expect(corpus.models.map((m) => m.id).sort()).toEqual([
      'france',
      'italy',
      'japan',
      'united-kingdom',
      'united-states',
    ]);
  });

  it('are each closest to themselves: no two share a profile', () => {
    for (const m of corpus.models)
      expect(rankModels(modelComparable(m), corpus.models)[0]).toMatchObject({
        id: m.id,
        distance: 0,
      });
  });

  it('export to JSON as a bundle that validates and round-trips unchanged', () => {
    const result = validateBundle(JSON.parse(bundleJson(corpus)) as unknown);
    expect(result.ok && result.value).toEqual(corpus);
  });
});

describe('codings', () => {
  it("Japan's state role is 5 (director), Italy's 2: three steps apart", () => {
    expect(model('japan').codes.stateRole.value).toBe(5);
    expect(model('italy').codes.stateRole.value).toBe(2);
    const japan = modelComparable(model('japan')).values;
    const italy = modelComparable(model('italy')).values;
    expect(japan.stateRole - italy.stateRole).toBe(3);
    // Japan's clusters are barely traditional, Italy's mostly: 85 points apart.
    expect(Math.round((japan.sectorFocus.traditional - italy.sectorFocus.traditional) * 100)).toBe(
      -85,
    );
  });

  it("Japan's firm hierarchy is a strict hierarchy (5), coded with high confidence from p30", () => {
    const row = selectionRows([model('japan')], corpus.codebook).find(
      (r) => r.dimension === 'firmHierarchy',
    );
    expect(row).toMatchObject({
      value: '5',
      step_label: 'strict hierarchy headed by a lead large company',
      confidence: 'high',
      locators: 'p30 p30',
    });
  });

  it("the UK's governance is 30/30/40 and led locally; Italy's, after review 1, 55/10/35 and led nationally, with the first coding's 30/20/50 kept beside it", () => {
    const uk = model('united-kingdom').codes.governanceLevel;
    expect(uk.value).toEqual({ national: 0.3, regional: 0.3, local: 0.4 });
    expect(uk.lead).toBe('local');
    const italy = model('italy').codes.governanceLevel;
    expect(italy.value).toEqual({ national: 0.55, regional: 0.1, local: 0.35 });
    expect(italy.lead).toBe('national');
    expect(italy.confidence).toBe('low');
    const first = italy.codings?.find((c) => c.coder === 'first-coding');
    expect(first?.value).toEqual({ national: 0.3, regional: 0.2, local: 0.5 });
    expect(first?.lead).toBe('local');
  });

  it("the handout shows Japan's state role as director, with the quotes its code cites", () => {
    const [state] = deriveHandoutEvidence([model('japan')], corpus.codebook)[0]!.dimensions;
    expect(state!.stepLabel).toBe('director');
    expect(state!.quotes.map((q) => q.id)).toEqual(model('japan').codes.stateRole.evidence);
    expect(state!.quotes.length).toBeGreaterThan(0);
  });
});

describe('the tours we ship', () => {
  it('are "Five ways" and "What the state does", each of 6 to 10 steps with talking points', () => {
    expect(corpus.tours.map((t) => t.id).sort()).toEqual(['five-ways', 'what-the-state-does']);
    for (const t of corpus.tours) {
      expect(t.steps.length).toBeGreaterThanOrEqual(6);
      expect(t.steps.length).toBeLessThanOrEqual(10);
      for (const step of t.steps) expect(step.talkingPoints.length).toBeGreaterThan(0);
    }
    expect(tour('five-ways').steps).toHaveLength(9);
  });

  it('name only models the corpus has', () => {
    const ids = new Set(corpus.models.map((m) => m.id));
    for (const t of corpus.tours) expect(checkTour(t, ids)).toEqual([]);
  });

  it('"Five ways" covers the four card dimensions; "What the state does" France and the US instruments', () => {
    const views = new Set(tour('five-ways').steps.map((s) => s.view));
    for (const v of ['state-role', 'governance', 'sectors', 'hierarchy'])
      expect(views).toContain(v);
    const state = tour('what-the-state-does').steps;
    expect(state.some((s) => s.evidence?.model === 'france')).toBe(true);
    expect(
      state.some((s) => s.evidence?.model === 'united-states' && s.evidence.key === 'instruments'),
    ).toBe(true);
  });
});

describe('our response to coding review 1', () => {
  // The ids the review lists at its top ("Finding ids (answer each one)"), written out here so
  // that a shortened findings list in the data cannot pass for a complete answer.
  const range = (prefix: string, last: number) =>
    Array.from({ length: last }, (_, i) => `${prefix}${i + 1}`);
  const LISTED = [
    ...range('I', 7),
    ...range('F', 9),
    ...range('U', 10),
    'US-a1',
    ...range('S', 9),
    'J-a1',
    ...range('J', 9),
    ...range('C', 7),
    ...range('T', 14),
    ...range('W', 7),
    ...range('SRC', 3),
    'italy.governanceLevel',
    'france.sectorFocus',
    'united-kingdom.sectorFocus',
    'united-kingdom.universityIndustry',
    'united-states.stateRole',
    'japan.stateRole',
    ...range('O', 6),
  ];

  it('answers every finding the review lists, once, in its order', () => {
    const [review] = corpus.reviews;
    expect(review?.findings).toEqual(LISTED);
    expect(review?.responses.map((r) => r.finding)).toEqual(LISTED);
  });

  it('changes the codes the decisions name, keeping the first coding beside them', () => {
    const code = (model: string) => corpus.models.find((m) => m.id === model)!.codes;
    const first = (c: { codings?: { coder: string; value: unknown }[] }) =>
      c.codings?.find((x) => x.coder === 'first-coding')?.value;
    expect(code('united-states').stateRole.value).toBe(4);
    expect(first(code('united-states').stateRole)).toBe(3);
    expect(code('united-kingdom').universityIndustry.value).toBe(3);
    expect(first(code('united-kingdom').universityIndustry)).toBe(4);
    expect(code('japan').stateRole.confidence).toBe('medium');
    expect(code('italy').governanceLevel.lead).toBe('national');
  });
});
