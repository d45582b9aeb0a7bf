import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/corpus/data-dir';
import { searchDocuments } from '../../src/search/documents';
import type { SearchDocument } from '../../src/search/documents';
import { bundledCorpus } from '../support/corpus';
import { repoRoot } from '../support/paths';
import { readTranslationDir } from '../../src/corpus/translation-files';
import { applyTranslations } from '../../src/corpus/translations';

const bundle = bundledCorpus();
const article = readArticle(`${repoRoot}/data`);
if (!article.ok) throw new Error('the bundled article cannot be read');
const paragraphs = article.article.paragraphs;
const docs = searchDocuments(bundle, { paragraphs });
/** The bundled corpus in Russian or Uzbek, as the app shows it, with our quote translations. */
function translatedCorpus(lang: 'ru' | 'uz') {
  const inputs = readTranslationDir(`${repoRoot}/data/i18n`).find((t) => t.lang === lang)!.inputs;
  const files = inputs.map((i) => i.value) as Parameters<typeof applyTranslations>[2];
  return applyTranslations(bundle, lang, files);
}

const byId = (id: string): SearchDocument => {
  const doc = docs.find((d) => d.id === id);
  if (!doc) throw new Error(`no document ${id}`);
  return doc;
};

describe('searchDocuments', () => {
  it('gives every document a unique id', () => {
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });

  it('holds every model, actor, instrument, example, fact, lesson, rationale and quote', () => {
    const count = (kind: string) => docs.filter((d) => d.kind === kind).length;
    const sum = (f: (m: (typeof bundle.models)[number]) => number) =>
      bundle.models.reduce((n, m) => n + f(m), 0);
    expect(count('model')).toBe(bundle.models.length);
    expect(count('actor')).toBe(sum((m) => m.actors.length));
    expect(count('instrument')).toBe(sum((m) => m.instruments.length));
    expect(count('example')).toBe(sum((m) => m.examples.length));
    expect(count('fact')).toBe(sum((m) => m.facts.length));
    expect(count('lesson')).toBe(sum((m) => m.lessons.length));
    expect(count('rationale')).toBe(bundle.models.length * 5);
    const conceptQuotes = bundle.concepts.items.reduce((n, c) => n + c.evidence.length, 0);
    expect(count('quote')).toBe(sum((m) => m.evidence.length) + conceptQuotes);
    expect(count('concept')).toBe(bundle.concepts.items.length);
    expect(count('paragraph')).toBe(paragraphs.size);
  });

  it('holds every codebook term with its definition', () => {
    const terms = docs.filter((d) => d.kind === 'term');
    const { codebook } = bundle;
    const steps = codebook.dimensions.reduce(
      (n, d) => n + (d.steps?.length ?? 0) + (d.categories?.length ?? 0),
      0,
    );
    const vocabularies =
      codebook.actorTypes.length +
      codebook.instrumentTypes.length +
      // the sector families once: as the sector-focus categories, counted with the steps above
      codebook.linkKinds.length +
      codebook.confidence.length;
    expect(terms).toHaveLength(codebook.dimensions.length + steps + vocabularies);
    expect(terms.every((t) => t.title && t.text)).toBe(true);
  });

  it('opens a codebook term at its glossary entry, its group and the glossary as fallbacks', () => {
    expect(byId('term:stateRole:5').place).toEqual({
      kind: 'view',
      view: 'concepts',
      targets: ['glossary-state-role-step-5', 'glossary-state-role-step', 'glossary'],
    });
    expect(byId('term:sectorFocus:high-tech').place).toMatchObject({
      targets: ['glossary-sector-family-high-tech', 'glossary-sector-family', 'glossary'],
    });
    expect(byId('term:actorTypes:university').place).toMatchObject({
      targets: ['glossary-actor-type-university', 'glossary-actor-type', 'glossary'],
    });
    expect(byId('term:dimension:governanceLevel').place).toEqual({
      kind: 'view',
      view: 'sources',
      targets: ['dimension-governanceLevel'],
    });
  });

  it('opens an actor at its item on its model page, the section as the fallback', () => {
    const actor = byId('actor:united-kingdom:science-parks');
    expect(actor).toMatchObject({ title: 'Science parks', context: 'United Kingdom' });
    expect(actor.place).toEqual({
      kind: 'model',
      model: 'united-kingdom',
      targets: ['model-actor-science-parks', 'model-actors'],
    });
    expect(byId('lesson:japan:1').place).toEqual({
      kind: 'model',
      model: 'japan',
      targets: ['model-lesson-1', 'model-lessons'],
    });
  });

  it('opens a rationale in the evidence panel of its dimension', () => {
    expect(byId('rationale:japan:stateRole').place).toEqual({
      kind: 'evidence',
      model: 'japan',
      key: 'stateRole',
    });
  });

  it('opens a quote where it is cited: a coded value’s evidence, else the item citing it', () => {
    const japan = bundle.models.find((m) => m.id === 'japan')!;
    const cited = japan.codes.stateRole.evidence[0]!;
    const first = (
      [
        'stateRole',
        'governanceLevel',
        'sectorFocus',
        'firmHierarchy',
        'universityIndustry',
      ] as const
    ).find((d) => japan.codes[d].evidence.includes(cited));
    expect(byId(`quote:japan:${cited}`).place).toEqual({
      kind: 'evidence',
      model: 'japan',
      key: first,
      quote: cited,
    });
    for (const m of bundle.models)
      for (const e of m.evidence) {
        const doc = byId(`quote:${m.id}:${e.id}`);
        expect(doc.english).toBe(e.quote);
        expect(doc.paragraph).toBe(Number(e.locator.slice(1)));
      }
  });

  it('opens a concept and its quotes at the concept, and a paragraph in the article', () => {
    const item = bundle.concepts.items[0]!;
    expect(byId(`concept:${item.id}`).place).toEqual({
      kind: 'view',
      view: 'concepts',
      targets: [`concept-${item.id}`],
    });
    expect(byId('paragraph:31')).toMatchObject({
      english: paragraphs.get('p31'),
      place: { kind: 'article', paragraph: 31 },
    });
  });

  it('leaves the article out when it is not given (a corpus that quotes another text)', () => {
    expect(searchDocuments(bundle).some((d) => d.kind === 'paragraph')).toBe(false);
  });

  it('is in the reader’s language, quotes verbatim with our translation beside them', () => {
    const ru = translatedCorpus('ru');
    const ruDocs = searchDocuments(ru.bundle, { quoteTranslations: ru.quotes });
    const actor = ruDocs.find((d) => d.id === 'actor:united-kingdom:science-parks')!;
    expect(actor).toMatchObject({ title: 'Научные парки', context: 'Великобритания' });
    const quote = ruDocs.find((d) => d.id === 'quote:united-kingdom:uk-1980s')!;
    expect(quote.english).toMatch(/science parks/);
    expect(quote.text).toMatch(/научных парков/);
  });
});
