/**
 * What cites each paragraph of the article: per paragraph, the models (which coded values, how
 * many actors, instruments, examples, lessons and facts) and the concepts whose evidence quotes
 * it, and where each quote stands in the paragraph's text. Numbers, ids and the corpus's own
 * names only; the words are the view's. Pure, over the reader's (translated) bundle.
 */
import { DIMENSION_IDS } from '../../corpus/ids';
import { ARTICLE_ID, collapseWhitespace } from '../../corpus/source-text';
import { sourceOfQuote } from '../../evidence/CopyCitationText';
import type { Bundle, DimensionId, Evidence, Model } from '../../corpus/schema';

export const LIST_KINDS = ['actors', 'instruments', 'examples', 'lessons', 'facts'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export interface ModelCiter {
  kind: 'model';
  model: string;
  name: string;
  /** The coded values whose evidence quotes the paragraph, in codebook order. */
  dimensions: DimensionId[];
  /** How many entries of each list quote it. */
  counts: Record<ListKind, number>;
}

export interface ConceptCiter {
  kind: 'concept';
  concept: string;
  title: string;
}

export type Citer = ModelCiter | ConceptCiter;

/** One quote of the corpus placed in its paragraph: characters [start, end) of the text. */
export interface PlacedQuote {
  evidenceId: string;
  start: number;
  end: number;
  /** Who quotes it, and for what. */
  citer: Citer;
}

export interface ParagraphCites {
  citers: Citer[];
  /** The quotes found in the text, by where they start. */
  quotes: PlacedQuote[];
  /** Quotes that name the paragraph but are not found in it word for word (a user's corpus). */
  unplaced: number;
}

/** The source a quote is from (one rule for the whole app). */
export const sourceOfEvidence = sourceOfQuote;

/** What of a model cites some of its evidence ids. */
function modelCiter(model: Model, ids: ReadonlySet<string>): ModelCiter {
  const hits = (refs: readonly string[]) => refs.some((id) => ids.has(id));
  return {
    kind: 'model',
    model: model.id,
    name: model.name,
    dimensions: DIMENSION_IDS.filter((d) => hits(model.codes[d].evidence)),
    counts: {
      actors: model.actors.filter((a) => hits(a.evidence)).length,
      instruments: model.instruments.filter((i) => hits(i.evidence)).length,
      examples: model.examples.filter((x) => hits(x.evidence)).length,
      lessons: model.lessons.filter((l) => hits(l.evidence)).length,
      facts: model.facts.filter((f) => ids.has(f.evidence)).length,
    },
  };
}

/** Whether a model's citer says anything (evidence no entry points at says nothing). */
export const citesSomething = (c: Citer): boolean =>
  c.kind === 'concept' || c.dimensions.length > 0 || LIST_KINDS.some((k) => c.counts[k] > 0);

interface Owner {
  evidence: readonly Evidence[];
  citer: (ids: ReadonlySet<string>) => Citer;
}

function ownersOf(bundle: Bundle): Owner[] {
  return [
    ...bundle.models.map((m) => ({
      evidence: m.evidence,
      citer: (ids: ReadonlySet<string>) => modelCiter(m, ids),
    })),
    ...bundle.concepts.items.map((c) => ({
      evidence: c.evidence,
      citer: (): Citer => ({ kind: 'concept', concept: c.id, title: c.title }),
    })),
  ];
}

/**
 * Every paragraph of the article that the corpus quotes, by locator (`p31`). Only quotes from the
 * article with id `articleId` count; a quote is placed at its first occurrence in the paragraph.
 */
export function citesByParagraph(
  bundle: Bundle,
  paragraphs: ReadonlyMap<string, string>,
  articleId: string = ARTICLE_ID,
): Map<string, ParagraphCites> {
  const result = new Map<string, ParagraphCites>();
  const entry = (locator: string) => {
    let found = result.get(locator);
    if (!found) result.set(locator, (found = { citers: [], quotes: [], unplaced: 0 }));
    return found;
  };
  for (const owner of ownersOf(bundle)) {
    const byLocator = new Map<string, Evidence[]>();
    for (const e of owner.evidence) {
      if (sourceOfEvidence(e, bundle) !== articleId) continue;
      byLocator.set(e.locator, [...(byLocator.get(e.locator) ?? []), e]);
    }
    for (const [locator, evidence] of byLocator) {
      const citer = owner.citer(new Set(evidence.map((e) => e.id)));
      if (!citesSomething(citer)) continue;
      const cites = entry(locator);
      cites.citers.push(citer);
      const text = paragraphs.get(locator) ?? '';
      for (const e of evidence) {
        const quote = collapseWhitespace(e.quote);
        const start = quote ? text.indexOf(quote) : -1;
        if (start < 0) {
          cites.unplaced += 1;
          continue;
        }
        const own = owner.citer(new Set([e.id]));
        cites.quotes.push({ evidenceId: e.id, start, end: start + quote.length, citer: own });
      }
    }
  }
  for (const cites of result.values()) cites.quotes.sort((a, b) => a.start - b.start);
  return result;
}

/** A run of a paragraph's text and the quotes that cover it (none: plain text). */
export interface TextRun {
  text: string;
  quotes: PlacedQuote[];
  /** The quotes that end with this run (their "quoted by" note goes after it). */
  ending: PlacedQuote[];
}

/** The paragraph cut where any quote starts or ends, so overlapping quotes mark their runs. */
export function runsOf(text: string, quotes: readonly PlacedQuote[]): TextRun[] {
  const cuts = new Set([0, text.length]);
  for (const q of quotes) {
    cuts.add(q.start);
    cuts.add(q.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    runs.push({
      text: text.slice(from, to),
      quotes: quotes.filter((q) => q.start <= from && q.end >= to),
      ending: quotes.filter((q) => q.end === to),
    });
  }
  return runs;
}

/**
 * The sources a corpus quotes that are not the bundled article, by id, with their titles where
 * the corpus describes them: a user's corpus may cite another text, which this view cannot show.
 */
export function otherSourcesQuoted(
  bundle: Bundle,
  articleId: string = ARTICLE_ID,
): { id: string; title: string | null }[] {
  const ids = new Set<string>();
  const all = [
    ...bundle.models.flatMap((m) => m.evidence),
    ...bundle.concepts.items.flatMap((c) => c.evidence),
  ];
  for (const e of all) ids.add(sourceOfEvidence(e, bundle));
  ids.delete(articleId);
  return [...ids].map((id) => ({
    id,
    title: bundle.sources.find((s) => s.id === id)?.title ?? null,
  }));
}

/** How many quotes of the corpus come from the article (0: this corpus quotes other texts only). */
export const quotesFromArticle = (bundle: Bundle, articleId: string = ARTICLE_ID): number =>
  [
    ...bundle.models.flatMap((m) => m.evidence),
    ...bundle.concepts.items.flatMap((c) => c.evidence),
  ].filter((e) => sourceOfEvidence(e, bundle) === articleId).length;
