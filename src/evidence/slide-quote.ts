/**
 * The one quote a presented slide shows large: the step names it by its place among the evidence's
 * quotes (lists flattened in order, each quote once), and it keeps the entry it supports, so the
 * room sees what the quote is evidence of.
 */
import type { Evidence } from '../corpus/schema';
import type { EvidenceView, ListItem } from './derive';

export interface SlideQuote {
  quote: Evidence;
  /** The entry the quote supports in a list (an instrument, an actor, a lesson); null for a code. */
  about: ListItem['heading'] | null;
  /** Its place (0-based) and the number of quotes to choose from. */
  index: number;
  count: number;
}

export function slideQuotes(view: EvidenceView): Omit<SlideQuote, 'index' | 'count'>[] {
  if (view.kind === 'code') return view.quotes.map((quote) => ({ quote, about: null }));
  const seen = new Set<string>();
  return view.items.flatMap((item) =>
    item.quotes
      .filter((q) => !seen.has(q.id) && seen.add(q.id))
      .map((quote) => ({ quote, about: item.heading })),
  );
}

/** The quote at `index`, or null when the evidence has none or fewer than index + 1. */
export function slideQuote(view: EvidenceView, index = 0): SlideQuote | null {
  const all = slideQuotes(view);
  const chosen = all[index];
  return chosen ? { ...chosen, index, count: all.length } : null;
}
