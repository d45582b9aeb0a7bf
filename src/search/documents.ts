/**
 * What search looks through: one document per thing a reader may want to find (a model, an actor,
 * a quote, a concept, a codebook term, a paragraph of the article), each with its text in the
 * reader's language, the verbatim English where there is one, and the exact place it opens.
 * Pure: built from whatever corpus is loaded (a user's own too) and the article's paragraphs.
 * Words the interface adds (group names, "Paragraph 31") are not here: the results UI takes them
 * from the catalogue by `kind` and the keys given.
 */
import type { Bundle, Evidence, Model } from '../corpus/schema';
import { DIMENSION_IDS } from '../corpus/ids';
import type { EvidenceKey } from '../corpus/vocabulary';

/** The kinds of thing search finds, in the order their groups are listed when scores tie. */
export const SEARCH_KINDS = [
  'model',
  'actor',
  'instrument',
  'example',
  'fact',
  'lesson',
  'rationale',
  'concept',
  'term',
  'quote',
  'paragraph',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * Where a result opens. `targets` are element ids on the page opened, the most exact first: the
 * opener moves focus to the first that appears (a later one if the first never does).
 */
export type SearchPlace =
  | { kind: 'model'; model: string; targets: string[] }
  | { kind: 'evidence'; model: string; key: EvidenceKey; quote?: string }
  | { kind: 'view'; view: 'concepts' | 'sources'; targets: string[] }
  | { kind: 'article'; paragraph: number };

export interface SearchDocument {
  /** Unique in one index. */
  id: string;
  kind: SearchKind;
  /** The name shown first (corpus text in the reader's language); empty for quotes and paragraphs. */
  title: string;
  /** The text searched and shown beneath (reader's language). */
  text: string;
  /** Verbatim English (a quote, a paragraph): searched too, shown marked as English. */
  english: string;
  /** What it belongs to, in corpus text: a model's name, a concept's title, a dimension's label. */
  context: string;
  /** What it belongs to, as a catalogue key, where the corpus has no words for it. */
  contextKey?: string;
  /** The article's paragraph, for paragraphs (and quotes, whose locator it is). */
  paragraph?: number;
  place: SearchPlace;
}

/** What besides the bundle the documents are made from. */
export interface DocumentSources {
  /** Our translation of each verbatim quote into the reader's language (empty in English). */
  quoteTranslations?: ReadonlyMap<string, string>;
  /** The article's paragraphs by locator ("p31"), when the corpus quotes the bundled article. */
  paragraphs?: ReadonlyMap<string, string>;
}

const paragraphNumber = (locator: string): number | undefined => {
  const n = Number(locator.replace(/^p/, ''));
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

const onModelPage = (model: string, ...targets: string[]): SearchPlace => ({
  kind: 'model',
  model,
  targets,
});

/**
 * Where a quote of a model opens: the evidence panel of the first coded value that cites it, else
 * the model page item that cites it (its quotes are shown there), else the article at its paragraph.
 */
function quotePlace(model: Model, evidence: Evidence): SearchPlace {
  const cites = (ids: readonly string[]) => ids.includes(evidence.id);
  const dimension = DIMENSION_IDS.find((d) => cites(model.codes[d].evidence));
  if (dimension) return { kind: 'evidence', model: model.id, key: dimension, quote: evidence.id };
  const actor = model.actors.find((a) => cites(a.evidence));
  if (actor) return onModelPage(model.id, `model-actor-${actor.id}`, 'model-actors');
  const instrument = model.instruments.find((i) => cites(i.evidence));
  if (instrument)
    return onModelPage(model.id, `model-instrument-${instrument.id}`, 'model-instruments');
  const example = model.examples.findIndex((e) => cites(e.evidence));
  if (example >= 0) return onModelPage(model.id, `model-example-${example}`, 'model-examples');
  const lesson = model.lessons.findIndex((l) => cites(l.evidence));
  if (lesson >= 0) return onModelPage(model.id, `model-lesson-${lesson}`, 'model-lessons');
  const fact = model.facts.findIndex((f) => f.evidence === evidence.id);
  if (fact >= 0) return onModelPage(model.id, `model-fact-${fact}`, 'model-facts');
  const paragraph = paragraphNumber(evidence.locator);
  return paragraph ? { kind: 'article', paragraph } : onModelPage(model.id);
}

function modelDocuments(model: Model, bundle: Bundle, sources: DocumentSources): SearchDocument[] {
  const m = model.id;
  const context = model.name;
  const base = { english: '', context };
  const docs: SearchDocument[] = [
    {
      ...base,
      id: `model:${m}`,
      kind: 'model',
      title: model.name,
      text: `${model.modelName} ${model.summary}`,
      context: '',
      place: onModelPage(m),
    },
  ];
  for (const a of model.actors)
    docs.push({
      ...base,
      id: `actor:${m}:${a.id}`,
      kind: 'actor',
      title: a.label,
      text: a.role,
      place: onModelPage(m, `model-actor-${a.id}`, 'model-actors'),
    });
  for (const i of model.instruments)
    docs.push({
      ...base,
      id: `instrument:${m}:${i.id}`,
      kind: 'instrument',
      title: i.label,
      text: i.description,
      place: onModelPage(m, `model-instrument-${i.id}`, 'model-instruments'),
    });
  model.examples.forEach((e, index) =>
    docs.push({
      ...base,
      id: `example:${m}:${index}`,
      kind: 'example',
      title: e.name,
      text: '',
      place: onModelPage(m, `model-example-${index}`, 'model-examples'),
    }),
  );
  model.facts.forEach((f, index) =>
    docs.push({
      ...base,
      id: `fact:${m}:${index}`,
      kind: 'fact',
      title: f.label,
      text: '',
      place: onModelPage(m, `model-fact-${index}`, 'model-facts'),
    }),
  );
  model.lessons.forEach((l, index) =>
    docs.push({
      ...base,
      id: `lesson:${m}:${index}`,
      kind: 'lesson',
      title: '',
      text: l.text,
      place: onModelPage(m, `model-lesson-${index}`, 'model-lessons'),
    }),
  );
  for (const dimension of DIMENSION_IDS) {
    const label = bundle.codebook.dimensions.find((d) => d.id === dimension)?.label ?? dimension;
    docs.push({
      ...base,
      id: `rationale:${m}:${dimension}`,
      kind: 'rationale',
      title: label,
      text: model.codes[dimension].rationale,
      place: { kind: 'evidence', model: m, key: dimension },
    });
  }
  for (const e of model.evidence)
    docs.push({
      ...base,
      id: `quote:${m}:${e.id}`,
      kind: 'quote',
      title: '',
      text: sources.quoteTranslations?.get(e.quote) ?? '',
      english: e.quote,
      paragraph: paragraphNumber(e.locator),
      place: quotePlace(model, e),
    });
  return docs;
}

function conceptDocuments(bundle: Bundle, sources: DocumentSources): SearchDocument[] {
  return bundle.concepts.items.flatMap((item) => {
    const place: SearchPlace = { kind: 'view', view: 'concepts', targets: [`concept-${item.id}`] };
    const concept: SearchDocument = {
      id: `concept:${item.id}`,
      kind: 'concept',
      title: item.title,
      text: [item.summary, ...item.points].join(' '),
      english: '',
      context: '',
      place,
    };
    const quotes = item.evidence.map((e): SearchDocument => ({
      id: `quote:concept:${item.id}:${e.id}`,
      kind: 'quote',
      title: '',
      text: sources.quoteTranslations?.get(e.quote) ?? '',
      english: e.quote,
      context: item.title,
      paragraph: paragraphNumber(e.locator),
      place,
    }));
    return [concept, ...quotes];
  });
}

/**
 * The kind of term the concepts page's glossary files a codebook entry under: its entries have the
 * ids `glossary-<kind>-<id>` and its groups `glossary-<kind>`.
 */
const GLOSSARY_KIND: Record<string, string> = {
  stateRole: 'state-role-step',
  firmHierarchy: 'hierarchy-step',
  universityIndustry: 'university-step',
  governanceLevel: 'level',
  sectorFocus: 'sector-family',
  sectorFamilies: 'sector-family',
  actorTypes: 'actor-type',
  instrumentTypes: 'instrument-type',
  linkKinds: 'link-kind',
  confidence: 'confidence',
};

/** A codebook term's place: its glossary entry, else its glossary group, else the glossary. */
function inGlossary(group: string, id: string | number): SearchPlace {
  const kind = GLOSSARY_KIND[group] ?? group;
  return {
    kind: 'view',
    view: 'concepts',
    targets: [`glossary-${kind}-${id}`, `glossary-${kind}`, 'glossary'],
  };
}

/**
 * Codebook terms: each dimension (its question; the sources page lists it with its steps), each
 * scale step and category, and the actor, instrument, sector family, link and confidence terms,
 * each opening its entry in the concepts page's glossary.
 */
function termDocuments(bundle: Bundle): SearchDocument[] {
  const { codebook } = bundle;
  const docs: SearchDocument[] = [];
  for (const d of codebook.dimensions) {
    docs.push({
      id: `term:dimension:${d.id}`,
      kind: 'term',
      title: d.label,
      text: d.question,
      english: '',
      context: '',
      contextKey: 'search.termGroups.dimension',
      place: { kind: 'view', view: 'sources', targets: [`dimension-${d.id}`] },
    });
    for (const s of d.steps ?? [])
      docs.push({
        id: `term:${d.id}:${s.value}`,
        kind: 'term',
        title: `${s.value} — ${s.label}`,
        text: s.definition,
        english: '',
        context: d.label,
        place: inGlossary(d.id, s.value),
      });
    for (const c of d.categories ?? [])
      docs.push({
        id: `term:${d.id}:${c.id}`,
        kind: 'term',
        title: c.label,
        text: c.definition,
        english: '',
        context: d.label,
        place: inGlossary(d.id, c.id),
      });
  }
  // The sector families are the sector-focus categories where that dimension lists them: once.
  const familiesListed = codebook.dimensions.some(
    (d) => d.id === 'sectorFocus' && (d.categories?.length ?? 0) > 0,
  );
  const vocabularies = [
    ['actorTypes', codebook.actorTypes],
    ['instrumentTypes', codebook.instrumentTypes],
    ['sectorFamilies', familiesListed ? [] : codebook.sectorFamilies],
    ['linkKinds', codebook.linkKinds],
    ['confidence', codebook.confidence],
  ] as const;
  for (const [group, entries] of vocabularies)
    for (const entry of entries)
      docs.push({
        id: `term:${group}:${entry.id}`,
        kind: 'term',
        title: entry.label,
        text: entry.definition,
        english: '',
        context: '',
        contextKey: `search.termGroups.${group}`,
        place: inGlossary(group, entry.id),
      });
  return docs;
}

function paragraphDocuments(paragraphs: ReadonlyMap<string, string>): SearchDocument[] {
  return [...paragraphs].flatMap(([locator, text]) => {
    const paragraph = paragraphNumber(locator);
    if (!paragraph) return [];
    return [
      {
        id: `paragraph:${paragraph}`,
        kind: 'paragraph' as const,
        title: '',
        text: '',
        english: text,
        context: '',
        paragraph,
        place: { kind: 'article' as const, paragraph },
      },
    ];
  });
}

/** Every document of a corpus (in the reader's language) and, when given, of the article. */
export function searchDocuments(bundle: Bundle, sources: DocumentSources = {}): SearchDocument[] {
  return [
    ...bundle.models.flatMap((m) => modelDocuments(m, bundle, sources)),
    ...conceptDocuments(bundle, sources),
    ...termDocuments(bundle),
    ...(sources.paragraphs ? paragraphDocuments(sources.paragraphs) : []),
  ];
}
