/**
 * The search index (MiniSearch) over the documents of documents.ts, and the query it answers.
 * Every word, indexed or asked, goes through fold.ts's `searchTerm`, so "научный парк" meets
 * "научных парков" and "ilmiy park" meets "Ilmiy parklar". A query asks for every word (a typo
 * of one or two letters forgiven in longer words); the last word may be unfinished, so it also
 * matches as the start of a word. When no document has every word, any word will do (`partial`).
 */
import MiniSearch from 'minisearch';
import type { Query, SearchResult } from 'minisearch';
import type { SearchDocument, SearchKind } from './documents';
import { foldText, searchTerm, wordsOf } from './fold';
import type { SearchLang } from './fold';

export interface SearchHit {
  doc: SearchDocument;
  score: number;
  /** The index terms the document matched on (folded and stemmed): what to highlight. */
  terms: string[];
}

export interface SearchAnswer {
  hits: SearchHit[];
  /** True when no document had every word, and these match only some. */
  partial: boolean;
}

export interface SearchIndex {
  lang: SearchLang;
  size: number;
  search: (query: string) => SearchAnswer;
}

const FIELDS = ['title', 'context', 'text', 'english'] as const;

/** A name counts for more than a passage that mentions it; the owner's name a little more too. */
const FIELD_BOOST = { title: 3, context: 1.3, text: 1, english: 1 };

/**
 * What a reader most often looks for comes first when words match equally well: a named thing
 * (an actor, a model) before a passage that mentions it.
 */
const KIND_BOOST: Record<SearchKind, number> = {
  model: 1.5,
  actor: 1.4,
  instrument: 1.3,
  example: 1.3,
  concept: 1.3,
  term: 1.2,
  fact: 1.1,
  lesson: 1,
  rationale: 1,
  quote: 0.9,
  paragraph: 0.8,
};

/** Edits forgiven in a word: none in short words ("park" is not "part"), more in long ones. */
export const fuzzinessOf = (term: string): number =>
  term.length <= 4 ? 0 : term.length <= 8 ? 1 : 2;

/** The shortest stem a word still being typed is also looked up by (so "нау" is not "на…"). */
const MIN_PREFIX_STEM = 3;

/**
 * The query as MiniSearch's query tree: one sub-query per word, all required (or any, for the
 * second try). The last word, unless followed by a space, is matched as a prefix both stemmed
 * ("парки" → "парк…") and as typed ("нау" → "наук…", which its stem "на" would over-reach).
 */
export function queryOf(query: string, lang: SearchLang, combineWith: 'AND' | 'OR'): Query | null {
  const words = wordsOf(query);
  const typing = !/\s$/.test(query);
  const parts: Query[] = [];
  words.forEach((word, i) => {
    const term = searchTerm(word, lang);
    if (!term) return;
    const last = typing && i === words.length - 1;
    if (!last) {
      parts.push({ queries: [term], fuzzy: fuzzinessOf(term), prefix: false });
      return;
    }
    const asTyped = foldText(word.normalize('NFC'));
    const forms = [...new Set([asTyped, ...(term.length >= MIN_PREFIX_STEM ? [term] : [])])];
    parts.push({
      queries: forms,
      combineWith: 'OR',
      fuzzy: fuzzinessOf(asTyped),
      prefix: true,
    });
  });
  return parts.length > 0 ? { queries: parts, combineWith } : null;
}

function hitsOf(results: SearchResult[], docs: ReadonlyMap<string, SearchDocument>): SearchHit[] {
  return results.flatMap((r) => {
    const doc = docs.get(r.id as string);
    return doc ? [{ doc, score: r.score, terms: r.terms }] : [];
  });
}

function createMiniSearch(
  lang: SearchLang,
  docs: ReadonlyMap<string, SearchDocument>,
): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    idField: 'id',
    fields: [...FIELDS],
    storeFields: [],
    tokenize: (text) => wordsOf(text),
    processTerm: (word) => searchTerm(word, lang),
    searchOptions: {
      boost: FIELD_BOOST,
      boostDocument: (id: string) => KIND_BOOST[docs.get(id)?.kind ?? 'paragraph'],
      // The query tree holds terms already folded: asked as they are.
      tokenize: (text) => [text],
      processTerm: (term) => term,
      weights: { fuzzy: 0.4, prefix: 0.6 },
    },
  });
}

function indexOf(
  lang: SearchLang,
  mini: MiniSearch<SearchDocument>,
  docs: ReadonlyMap<string, SearchDocument>,
): SearchIndex {
  return {
    lang,
    size: docs.size,
    search(query) {
      const every = queryOf(query, lang, 'AND');
      if (!every) return { hits: [], partial: false };
      const all = hitsOf(mini.search(every), docs);
      if (all.length > 0 || wordsOf(query).length < 2) return { hits: all, partial: false };
      const some = queryOf(query, lang, 'OR');
      return { hits: some ? hitsOf(mini.search(some), docs) : [], partial: true };
    },
  };
}

const byId = (documents: readonly SearchDocument[]) =>
  new Map(documents.map((d) => [d.id, d] as const));

/** Builds the index at once (tests, the benchmark, small corpora). */
export function buildSearchIndex(
  documents: readonly SearchDocument[],
  lang: SearchLang,
): SearchIndex {
  const docs = byId(documents);
  const mini = createMiniSearch(lang, docs);
  mini.addAll(documents);
  return indexOf(lang, mini, docs);
}

/**
 * Builds the index in chunks, yielding to the page between them, so a large corpus (a user's 200
 * models) never freezes the page while the search box opens.
 */
export async function buildSearchIndexAsync(
  documents: readonly SearchDocument[],
  lang: SearchLang,
): Promise<SearchIndex> {
  const docs = byId(documents);
  const mini = createMiniSearch(lang, docs);
  await mini.addAllAsync(documents, { chunkSize: 500 });
  return indexOf(lang, mini, docs);
}
