/**
 * The source article as numbered paragraphs, and the check that a quote is verbatim from the
 * paragraph its locator names. Comparison collapses whitespace only: wording, punctuation and the
 * article's own typos must match exactly.
 */
import type { Evidence } from './schema';

export const collapseWhitespace = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Reads `[p12] …` paragraphs from the reflowed article; other lines are ignored. */
export function parseParagraphs(markdown: string): Map<string, string> {
  const paragraphs = new Map<string, string>();
  for (const line of markdown.split('\n')) {
    const m = /^\[(p\d+)\]\s+(.*)$/.exec(line.trim());
    if (m?.[1] && m[2] !== undefined) paragraphs.set(m[1], collapseWhitespace(m[2]));
  }
  return paragraphs;
}

/** The id in `sources` of the article the bundled corpus quotes; its text is data/source/<id>.md. */
export const ARTICLE_ID = 'foreign-experience-regional-clusters';

/** The text of a source the corpus quotes: its id in `sources` and its numbered paragraphs. */
export interface ArticleText {
  id: string;
  paragraphs: ReadonlyMap<string, string>;
}

export const articleText = (id: string, markdown: string): ArticleText => ({
  id,
  paragraphs: parseParagraphs(markdown),
});

/** True when the quote stands in the paragraph word for word (whitespace aside). */
export const isVerbatimIn = (quote: string, paragraph: string): boolean =>
  paragraph.includes(collapseWhitespace(quote));

export interface QuoteProblem {
  id: string;
  locator: string;
  problem: string;
}

export function findQuoteProblems(
  evidence: readonly Evidence[],
  paragraphs: ReadonlyMap<string, string>,
): QuoteProblem[] {
  return evidence.flatMap((e) => {
    const paragraph = paragraphs.get(e.locator);
    if (paragraph === undefined) {
      return [{ id: e.id, locator: e.locator, problem: `paragraph ${e.locator} does not exist` }];
    }
    if (!isVerbatimIn(e.quote, paragraph)) {
      return [{ id: e.id, locator: e.locator, problem: `quote is not verbatim in ${e.locator}` }];
    }
    return [];
  });
}
