/**
 * What the printed policy brief holds, decided without words: the two nearest models, each with
 * its differences from the region (largest gap first) and, for its largest few, the quotes that
 * show what the model did on the side of the gap, each with the items it supports. Each quote
 * appears once per model, even where moveToward first showed it under a dimension the brief does
 * not print (its items are then quoted here, under the dimension that is printed). Pure.
 */
import type { Evidence, Model } from '../../../corpus/schema';
import type { Profile } from '../../../corpus/profile';
import type { DistanceOptions, Ranked } from '../../../profile/distance';
import { rankModels } from '../../../profile/distance';
import type { DimensionMove, MoveItem } from '../../../profile/directions';
import { moveToward } from '../../../profile/directions';

/** How many models the brief describes. */
export const BRIEF_MODELS = 2;
/** For how many of a model's largest differences the brief quotes what the model did. */
export const BRIEF_DIFFERENCES_DONE = 3;
/** How many quotes (each with the items it supports) under one difference: the one covering most. */
export const BRIEF_QUOTES_PER_DIFFERENCE = 1;
/** How many items are named above one quote. */
export const BRIEF_ITEMS_PER_QUOTE = 3;

export interface BriefQuote {
  evidence: Evidence;
  /** The items the quote supports, at most BRIEF_ITEMS_PER_QUOTE. */
  items: MoveItem[];
  /** How many more items it supports than are named. */
  moreItems: number;
}

export interface BriefDone {
  move: DimensionMove;
  quotes: BriefQuote[];
}

export interface BriefModel {
  model: Model;
  rank: number;
  /** (1 − distance) × 100, rounded. */
  similarity: number;
  /** Every dimension where the model differs from the region, largest gap first. */
  differences: DimensionMove[];
  /** The largest few of those, with what the model did there. */
  done: BriefDone[];
}

export interface BriefContent {
  nearest: BriefModel[];
  /** The models after the nearest two, in rank order. */
  others: { ranked: Ranked; similarity: number }[];
}

export const similarityOf = (r: Ranked) => Math.round((1 - r.distance) * 100);

/** The quotes one printed difference shows: the move's groups, then the quotes of its repeats
 *  (their quotes went under a dimension moveToward shows earlier), skipping quotes printed above. */
function quotesFor(move: DimensionMove, model: Model, printed: Set<string>): BriefQuote[] {
  const byId = new Map(model.evidence.map((e) => [e.id, e]));
  const groups = new Map<string, MoveItem[]>();
  for (const g of move.groups) groups.set(g.evidence.id, [...g.items]);
  for (const r of move.repeats) {
    const id = r.evidenceIds.find((e) => byId.has(e));
    if (id === undefined) continue;
    groups.set(id, [...(groups.get(id) ?? []), r.item]);
  }
  for (const q of move.quotesShownUnder ?? [])
    if (!groups.has(q.evidenceId)) groups.set(q.evidenceId, []);
  const quotes: BriefQuote[] = [];
  for (const [id, items] of groups) {
    const evidence = byId.get(id);
    if (!evidence || printed.has(id)) continue;
    if (quotes.length === BRIEF_QUOTES_PER_DIFFERENCE) break;
    printed.add(id);
    quotes.push({
      evidence,
      items: items.slice(0, BRIEF_ITEMS_PER_QUOTE),
      moreItems: Math.max(0, items.length - BRIEF_ITEMS_PER_QUOTE),
    });
  }
  return quotes;
}

export function briefModel(
  profile: Profile,
  model: Model,
  ranked: Ranked,
  rank: number,
): BriefModel {
  const differences = moveToward(profile.values, model)
    .filter((m) => m.direction.kind !== 'same')
    // Largest gap first; equal gaps keep the codebook's order (the sort is stable).
    .sort((a, b) => b.direction.gap - a.direction.gap);
  const printed = new Set<string>();
  const done = differences
    .slice(0, BRIEF_DIFFERENCES_DONE)
    .map((move) => ({ move, quotes: quotesFor(move, model, printed) }));
  return { model, rank, similarity: similarityOf(ranked), differences, done };
}

export function briefContent(
  profile: Profile,
  models: readonly Model[],
  options: DistanceOptions,
): BriefContent {
  const ranking = rankModels({ values: profile.values }, models, options);
  const nearest = ranking.slice(0, BRIEF_MODELS).flatMap((ranked, i) => {
    const model = models.find((m) => m.id === ranked.id);
    return model ? [briefModel(profile, model, ranked, i + 1)] : [];
  });
  const others = ranking
    .slice(BRIEF_MODELS)
    .map((ranked) => ({ ranked, similarity: similarityOf(ranked) }));
  return { nearest, others };
}

/**
 * A quote short enough for the page: whole if it has at most `maxWords` words, else its first
 * words up to the last word boundary within the limit, then an ellipsis. The words kept are the
 * quote's own (never reworded); a comma or colon left dangling before the ellipsis goes.
 */
export function trimQuote(text: string, maxWords = 20): { text: string; trimmed: boolean } {
  const words = text.trim().split(/\s+/);
  if (words.length <= maxWords) return { text: text.trim(), trimmed: false };
  const kept = words
    .slice(0, maxWords)
    .join(' ')
    .replace(/[,;:–—-]+$/u, '');
  return { text: `${kept}…`, trimmed: true };
}
