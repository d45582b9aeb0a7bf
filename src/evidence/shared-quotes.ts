/**
 * The quotes behind several codings of one value, each shown once: a quote two codings cite is
 * one entry that names both ("cited by: First coding, Reconciled"). Pure.
 */
import type { Coder, Evidence } from '../corpus/schema';

export interface SharedQuote {
  /** 1-based, the order the panel lists the quotes in; the codings refer to quotes by it. */
  number: number;
  evidence: Evidence;
  /** The codings that cite it, in the coders' order. */
  citedBy: Coder[];
}

interface CitingCoding {
  coder: Coder;
  evidence: readonly string[];
  reconciled: boolean;
}

/**
 * Every quote the codings cite, once. The reconciled coding's quotes come first in its own order
 * (what the views rest on), then each other coding's further quotes in the coders' order. An id
 * the model does not hold is left out (validation rejects one; a stale draft may still have it).
 */
export function sharedQuotes(
  codings: readonly CitingCoding[],
  evidence: readonly Evidence[],
): SharedQuote[] {
  const byId = new Map(evidence.map((e) => [e.id, e]));
  const reading = [...codings.filter((c) => c.reconciled), ...codings.filter((c) => !c.reconciled)];
  const ids = [...new Set(reading.flatMap((c) => c.evidence))];
  return ids
    .flatMap((id) => byId.get(id) ?? [])
    .map((quote, i) => ({
      number: i + 1,
      evidence: quote,
      citedBy: codings.filter((c) => c.evidence.includes(quote.id)).map((c) => c.coder),
    }));
}

/** The numbers of the quotes one coding cites, in the panel's order. */
export function quoteNumbersOf(
  coding: Pick<CitingCoding, 'evidence'>,
  quotes: readonly SharedQuote[],
): number[] {
  return quotes.filter((q) => coding.evidence.includes(q.evidence.id)).map((q) => q.number);
}
