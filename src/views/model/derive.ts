/**
 * A model's page: what it says about one model, computed from the corpus (no pixels, no words).
 * Items keep their index in the model's own arrays, so the page's anchors (`model-fact-2`) stay
 * the same whichever way the page groups them. Each quote is printed in full the first time the
 * page reaches it; later items that cite it point back to it (one element per quote id).
 */
import { GOVERNANCE_LEVELS } from '../../corpus/derive';
import type {
  Codebook,
  Confidence,
  DimensionId,
  Evidence,
  GovernanceLevel,
  Model,
} from '../../corpus/schema';

/** Which kind of item on the page, and its index in the model's array of that kind. */
export interface ItemPlace {
  kind: 'actor' | 'instrument' | 'example' | 'fact' | 'lesson';
  index: number;
}

/** One quote under an item: in full where the page first cites it, else a pointer back. */
export interface CitedQuote {
  evidence: Evidence;
  /** True where the page shows the quote itself; false where an earlier item already did. */
  first: boolean;
  /** The item under which the page shows this quote in full. */
  shownAt: ItemPlace;
}

/** Pointers back to quotes another item shows, one per item (its quotes in order). */
export interface QuoteBackReference {
  shownAt: ItemPlace;
  evidence: Evidence[];
}

/**
 * An item's pointers back, grouped by the item that shows the quotes, so two quotes shown under
 * the same earlier item make one line, not two identical ones.
 */
export function backReferences(quotes: readonly CitedQuote[]): QuoteBackReference[] {
  const groups: QuoteBackReference[] = [];
  for (const quote of quotes) {
    if (quote.first) continue;
    const same = groups.find(
      (g) => g.shownAt.kind === quote.shownAt.kind && g.shownAt.index === quote.shownAt.index,
    );
    if (same) same.evidence.push(quote.evidence);
    else groups.push({ shownAt: quote.shownAt, evidence: [quote.evidence] });
  }
  return groups;
}

export interface PageItem<T> {
  /** The item's index in the model's array of its kind (the anchor's number). */
  index: number;
  item: T;
  quotes: CitedQuote[];
}

type Actor = Model['actors'][number];
type Instrument = Model['instruments'][number];

export interface ActorTypeGroup {
  type: Actor['type'];
  actors: PageItem<Actor>[];
}

/** Actors acting at one level of government, or (level null) those that are not public bodies. */
export interface ActorLevelGroup {
  level: GovernanceLevel | null;
  types: ActorTypeGroup[];
}

export interface InstrumentTypeGroup {
  type: Instrument['type'];
  instruments: PageItem<Instrument>[];
}

export interface CodeSummary {
  dimension: DimensionId;
  confidence: Confidence;
  rationale: string;
  /** Ordinal codes: the step; null for shares. */
  step: number | null;
  /** The scale's number of steps (ordinal codes). */
  of: number;
  /** Share codes: each category's share in codebook order; empty for ordinal codes. */
  shares: { key: string; share: number }[];
  /** The leading level of a governance code. */
  lead: string | null;
}

export interface Neighbours {
  previous: string | null;
  next: string | null;
  /** 1-based position in the corpus. */
  number: number;
  total: number;
}

export interface ModelPageData {
  model: Model;
  neighbours: Neighbours;
  codes: CodeSummary[];
  actors: ActorLevelGroup[];
  instruments: InstrumentTypeGroup[];
  examples: PageItem<Model['examples'][number]>[];
  facts: PageItem<Model['facts'][number]>[];
  strengths: PageItem<Model['lessons'][number]>[];
  challenges: PageItem<Model['lessons'][number]>[];
}

/** The models before and after this one in the corpus's order (no wrapping round). */
export function neighboursOf(ids: readonly string[], id: string): Neighbours {
  const i = ids.indexOf(id);
  return {
    previous: i > 0 ? (ids[i - 1] ?? null) : null,
    next: i >= 0 && i < ids.length - 1 ? (ids[i + 1] ?? null) : null,
    number: i + 1,
    total: ids.length,
  };
}

/** The value of each coded dimension as numbers and keys, in the codebook's order. */
export function codeSummaries(model: Model, codebook: Codebook): CodeSummary[] {
  return codebook.dimensions.map(({ id: dimension }) => {
    const code = model.codes[dimension];
    const steps = codebook.dimensions.find((d) => d.id === dimension)?.steps?.length ?? 5;
    const base = { dimension, confidence: code.confidence, rationale: code.rationale, of: steps };
    if (typeof code.value === 'number') {
      return { ...base, step: code.value, shares: [], lead: null };
    }
    const order = codebook.dimensions.find((d) => d.id === dimension)?.categories?.map((c) => c.id);
    const values = code.value as Record<string, number>;
    const keys = order ?? Object.keys(values);
    return {
      ...base,
      step: null,
      shares: keys.map((key) => ({ key, share: values[key] ?? 0 })),
      lead: 'lead' in code ? code.lead : null,
    };
  });
}

/** Hands out quotes in page order, marking each one's first appearance. */
function quoteCursor(model: Model) {
  const byId = new Map(model.evidence.map((e) => [e.id, e]));
  const shownAt = new Map<string, ItemPlace>();
  return (place: ItemPlace, ids: readonly string[]): CitedQuote[] =>
    ids.flatMap((id) => {
      const evidence = byId.get(id);
      if (!evidence) return [];
      const earlier = shownAt.get(id);
      if (!earlier) shownAt.set(id, place);
      return [{ evidence, first: !earlier, shownAt: earlier ?? place }];
    });
}

/** Groups by a key in a fixed order (keys not in it come after, in the order met). */
function groupInOrder<T, K>(items: T[], keyOf: (item: T) => K, order: readonly K[]): [K, T[]][] {
  const groups = new Map<K, T[]>(order.map((k) => [k, []]));
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].filter(([, list]) => list.length > 0);
}

export function deriveModelPage(
  model: Model,
  codebook: Codebook,
  ids: readonly string[],
): ModelPageData {
  const quotes = quoteCursor(model);
  const actorTypes = codebook.actorTypes.map((t) => t.id as Actor['type']);
  const instrumentTypes = codebook.instrumentTypes.map((t) => t.id as Instrument['type']);
  // Page order decides which item shows a shared quote in full: actors, instruments, examples,
  // facts, lessons. Grouping first, then handing out quotes in the order the page draws them.
  const actorsByLevel = groupInOrder(
    model.actors.map((item, index) => ({ item, index })),
    ({ item }) => item.level ?? null,
    [...GOVERNANCE_LEVELS, null],
  );
  const actors = actorsByLevel.map(([level, list]) => ({
    level,
    types: groupInOrder(list, ({ item }) => item.type, actorTypes).map(([type, members]) => ({
      type,
      actors: members.map(({ item, index }) => ({
        index,
        item,
        quotes: quotes({ kind: 'actor', index }, item.evidence),
      })),
    })),
  }));
  const instruments = groupInOrder(
    model.instruments.map((item, index) => ({ item, index })),
    ({ item }) => item.type,
    instrumentTypes,
  ).map(([type, members]) => ({
    type,
    instruments: members.map(({ item, index }) => ({
      index,
      item,
      quotes: quotes({ kind: 'instrument', index }, item.evidence),
    })),
  }));
  const examples = model.examples.map((item, index) => ({
    index,
    item,
    quotes: quotes({ kind: 'example', index }, item.evidence),
  }));
  const facts = model.facts.map((item, index) => ({
    index,
    item,
    quotes: quotes({ kind: 'fact', index }, [item.evidence]),
  }));
  const lessons = model.lessons.map((item, index) => ({ index, item }));
  const lessonItems = (kind: 'strength' | 'challenge') =>
    lessons.filter((l) => l.item.kind === kind);
  const withQuotes = (l: { index: number; item: Model['lessons'][number] }) => ({
    ...l,
    quotes: quotes({ kind: 'lesson', index: l.index }, l.item.evidence),
  });
  const strengths = lessonItems('strength').map(withQuotes);
  const challenges = lessonItems('challenge').map(withQuotes);
  return {
    model,
    neighbours: neighboursOf(ids, model.id),
    codes: codeSummaries(model, codebook),
    actors,
    instruments,
    examples,
    facts,
    strengths,
    challenges,
  };
}

/** One strip: every model's value on a dimension (or on one category of a share dimension). */
export interface StripData {
  dimension: DimensionId;
  /** The level or family a share strip is about; null for an ordinal dimension. */
  category: string | null;
  kind: 'ordinal' | 'share';
  /** The scale's ends: steps 1..n, or shares 0..1. */
  domain: [number, number];
  own: { id: string; index: number; value: number; confidence: Confidence };
  others: { id: string; index: number; value: number }[];
  /** How many other models sit below, level with and above this one. */
  below: number;
  level: number;
  above: number;
}

function valueOn(model: Model, dimension: DimensionId, category: string | null): number {
  const value = model.codes[dimension].value;
  if (typeof value === 'number') return value;
  return category ? ((value as Record<string, number>)[category] ?? 0) : 0;
}

/**
 * Where the model sits among all models of the corpus: a strip per ordinal dimension and one per
 * category of each share dimension (a governance code is three shares, so three strips).
 */
export function stripsOf(models: readonly Model[], id: string, codebook: Codebook): StripData[] {
  const indexOf = new Map(models.map((m, i) => [m.id, i]));
  const own = models.find((m) => m.id === id);
  if (!own) return [];
  return codebook.dimensions.flatMap((dimension) => {
    const ordinal = dimension.kind === 'ordinal';
    const categories: (string | null)[] = ordinal
      ? [null]
      : (dimension.categories?.map((c) => c.id) ??
        Object.keys(own.codes[dimension.id].value as Record<string, number>));
    return categories.map((category) => {
      const at = (m: Model) => valueOn(m, dimension.id, category);
      const value = at(own);
      const others = models
        .filter((m) => m.id !== id)
        .map((m) => ({ id: m.id, index: indexOf.get(m.id) ?? 0, value: at(m) }));
      // Shares are compared at whole percent, as the page writes them.
      const key = (v: number) => (ordinal ? v : Math.round(v * 100));
      return {
        dimension: dimension.id,
        category,
        kind: ordinal ? ('ordinal' as const) : ('share' as const),
        domain: ordinal ? [1, dimension.steps?.length ?? 5] : [0, 1],
        own: {
          id,
          index: indexOf.get(id) ?? 0,
          value,
          confidence: own.codes[dimension.id].confidence,
        },
        others,
        below: others.filter((o) => key(o.value) < key(value)).length,
        level: others.filter((o) => key(o.value) === key(value)).length,
        above: others.filter((o) => key(o.value) > key(value)).length,
      } satisfies StripData;
    });
  });
}
