import { describe, expect, it } from 'vitest';
import { checkBundle, checkEvidenceSources, checkModel } from '../../src/corpus/checks';
import { formatIssue } from '../../src/corpus/issues';
import type { Bundle, Evidence, Source } from '../../src/corpus/schema';
import { articleText } from '../../src/corpus/source-text';
import { buildModel, codebook } from '../support/corpus';

const lines = (model: ReturnType<typeof buildModel>) =>
  checkModel(model, codebook()).map(formatIssue);

describe('cross-checks', () => {
  it('accept a minimal valid model', () => {
    expect(lines(buildModel({ id: 'ok' }))).toEqual([]);
  });

  it('accept shares that sum to 1 within ±0.01 and reject those outside', () => {
    const near = buildModel({ id: 'near' });
    near.codes.governanceLevel.value = { national: 0.333, regional: 0.333, local: 0.333 };
    expect(lines(near)).toEqual([]);
    const off = buildModel({ id: 'off' });
    off.codes.sectorFocus.value = {
      traditional: 0.5,
      industrial: 0.2,
      'high-tech': 0.2,
      mixed: 0.05,
    };
    expect(lines(off)).toEqual([
      'codes.sectorFocus.value: shares sum to 0.95 (expected shares that sum to 1 (± 0.01))',
    ]);
  });

  it('find a dangling evidence id in every kind of entry', () => {
    const m = buildModel({
      id: 'refs',
      actors: [
        {
          id: 'a',
          type: 'sme',
          label: 'A',
          role: 'a role long enough here',
          dimensions: [],
          evidence: ['e1', 'gone'],
        },
      ],
      facts: [{ label: 'f', value: 1, unit: 'count', qualifier: 'exact', evidence: 'missing' }],
    });
    expect(lines(m)).toEqual([
      'actors[0].evidence[1]: names evidence "gone", which does not exist (expected the id of an entry in this model\'s "evidence" list)',
      'facts[0].evidence: names evidence "missing", which does not exist (expected the id of an entry in this model\'s "evidence" list)',
    ]);
  });

  it('find links to nodes that do not exist, at both ends', () => {
    const m = buildModel({ id: 'links' });
    m.codes.firmHierarchy.structure.links = [{ source: 'x', target: 'y', kind: 'cooperation' }];
    expect(lines(m)).toEqual([
      'codes.firmHierarchy.structure.links[0].source: names node "x", which does not exist (expected the id of a node in structure.nodes)',
      'codes.firmHierarchy.structure.links[0].target: names node "y", which does not exist (expected the id of a node in structure.nodes)',
    ]);
  });

  it('find duplicate evidence and node ids', () => {
    const m = buildModel({ id: 'dups' });
    m.evidence = [...m.evidence, { id: 'e1', quote: 'again', locator: 'p2', cites: [] }];
    m.codes.firmHierarchy.structure.nodes.push({
      id: 'a',
      type: 'sme',
      label: 'twin',
      tier: 1,
      count: 1,
    });
    expect(lines(m)).toEqual([
      'evidence[1].id: repeats the id "e1" (expected an id used only once in evidence)',
      'codes.firmHierarchy.structure.nodes[1].id: repeats the id "a" (expected an id used only once in nodes)',
    ]);
  });

  it('hold ordinal values to the codebook steps, so a codebook with a shorter scale is enforced', () => {
    const cb = structuredClone(codebook());
    const dim = cb.dimensions.find((d) => d.id === 'stateRole');
    dim!.steps = dim!.steps!.slice(0, 3);
    const m = buildModel({ id: 'scale' });
    m.codes.stateRole.value = 4;
    expect(checkModel(m, cb).map(formatIssue)).toEqual([
      "codes.stateRole.value: value 4 is off the scale (expected one of the codebook's steps 1, 2, 3)",
    ]);
  });

  it('find repeated model ids across a bundle', () => {
    const cb = codebook();
    const issues = checkBundle({
      codebook: cb,
      sources: [],
      concepts: { items: [] },
      tours: [],
      reviews: [],
      models: [buildModel({ id: 'x' }), buildModel({ id: 'x' })],
    });
    expect(issues.map(formatIssue)).toEqual([
      'models[1].id: repeats the model id "x" (expected each model id once per corpus)',
    ]);
  });
});

describe('evidence sources', () => {
  it('accepts a quote naming a known source, and locates one naming an unknown source', async () => {
    const { bundledCorpus } = await import('../support/corpus');
    const { validateBundle } = await import('../../src/corpus/validate');
    const { formatIssue } = await import('../../src/corpus/issues');
    const bundle = structuredClone(bundledCorpus()) as any;
    bundle.models[0].evidence[0].source = bundle.sources[0].id;
    expect(validateBundle(bundle).ok).toBe(true);
    bundle.models[0].evidence[1].source = 'nowhere';
    const result = validateBundle(bundle);
    expect(!result.ok && result.issues.map(formatIssue)).toEqual([
      `models[0].evidence[1].source: names the source "nowhere", which is not in the corpus (expected the id of a source in "sources" (${bundle.sources[0].id}))`,
    ]);
  });
});

describe('locators and quotes against their source', () => {
  const article = articleText('the-article', '[p1] One two three.\n\n[p2] Four five six.\n');
  const source = (id: string, paragraphs: number): Source => ({
    id,
    title: id,
    kind: 'article',
    description: 'a source used by the unit tests only',
    language: 'en',
    paragraphs,
    note: 'a note long enough to pass the schema',
    references: [],
    method: [{ heading: 'Method', text: 'a method text long enough to pass' }],
  });
  const bundleOf = (evidence: Evidence[], sources: Source[] = []): Bundle => ({
    codebook: codebook(),
    sources,
    concepts: { items: [] },
    tours: [],
    reviews: [],
    models: [buildModel({ id: 'm', evidence })],
  });
  const quote = (locator: string, text: string, from?: string): Evidence => ({
    id: 'e1',
    quote: text,
    locator,
    cites: [],
    ...(from ? { source: from } : {}),
  });
  const found = (bundle: Bundle, withArticle = true) =>
    checkEvidenceSources(bundle, withArticle ? article : undefined).map(formatIssue);

  it('refuses a locator past the paragraphs of the source it names', () => {
    expect(found(bundleOf([quote('p3', 'One')], [source('the-article', 2)]))).toEqual([
      'models[0].evidence[0].locator: names paragraph p3, but the source "the-article" has 2 paragraphs (expected a paragraph from p1 to p2)',
    ]);
    // A source of the user's own, with its own count; its text is not ours to check.
    const own = bundleOf(
      [quote('p9', 'any words', 'notes')],
      [source('the-article', 2), source('notes', 10)],
    );
    expect(found(own)).toEqual([]);
    own.models[0]!.evidence[0]!.locator = 'p11';
    expect(found(own)).toEqual([
      'models[0].evidence[0].locator: names paragraph p11, but the source "notes" has 10 paragraphs (expected a paragraph from p1 to p10)',
    ]);
  });

  it('uses the article when the corpus lists no sources', () => {
    expect(found(bundleOf([quote('p46', 'One')]))).toEqual([
      'models[0].evidence[0].locator: names paragraph p46, but the source "the-article" has 2 paragraphs (expected a paragraph from p1 to p2)',
    ]);
    expect(found(bundleOf([quote('p46', 'One')]), false)).toEqual([]);
  });

  it('checks quotes from the article word for word, whitespace aside', () => {
    expect(found(bundleOf([quote('p2', 'five\n six')]))).toEqual([]);
    expect(found(bundleOf([quote('p2', 'five six!')]))).toEqual([
      "models[0].evidence[0].quote: is not verbatim in paragraph p2 of the article (expected the article's own words from p2; only spacing may differ)",
    ]);
    expect(found(bundleOf([quote('p1', 'Four five')]))).toHaveLength(1);
  });

  it("checks the locators of a source's references", () => {
    const s = {
      ...source('the-article', 2),
      references: [
        { marker: '[1]', supports: 'what the reference supports', locators: ['p1', 'p5'] },
      ],
    };
    expect(found(bundleOf([quote('p1', 'One')], [s]))).toEqual([
      'sources[0].references[0].locators[1]: names paragraph p5, but the source "the-article" has 2 paragraphs (expected a paragraph from p1 to p2)',
    ]);
  });
});
