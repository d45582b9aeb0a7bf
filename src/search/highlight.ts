/**
 * Which words of a shown text a result matched, as segments to draw (a matched word in <mark>),
 * and the part of a long text worth showing: the words around its first match. A word is matched
 * when it folds to one of the index terms the result matched on, so "парков" is marked for a
 * search for "парк", and "Science" for "science".
 */
import { searchTerm, WORD } from './fold';
import type { SearchLang } from './fold';

export interface Segment {
  text: string;
  mark: boolean;
}

/** The text cut into marked and unmarked runs (adjacent runs never share a kind). */
export function markSegments(
  text: string,
  terms: ReadonlySet<string>,
  lang: SearchLang,
): Segment[] {
  const segments: Segment[] = [];
  const push = (part: string, mark: boolean) => {
    if (!part) return;
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += part;
    else segments.push({ text: part, mark });
  };
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    const term = searchTerm(m[0], lang);
    if (!term || !terms.has(term)) continue;
    push(text.slice(at, m.index), false);
    push(m[0], true);
    at = m.index + m[0].length;
  }
  push(text.slice(at), false);
  return segments;
}

/** How much of a long text a result shows, in characters (about two lines of the list). */
export const SNIPPET_LENGTH = 180;

/**
 * The part of `text` to show: all of it when short; else about `length` characters from a little
 * before the first matched word, cut at spaces, with "…" where text was left out.
 */
export function snippetOf(
  text: string,
  terms: ReadonlySet<string>,
  lang: SearchLang,
  length = SNIPPET_LENGTH,
): string {
  if (text.length <= length) return text;
  let first = 0;
  for (const m of text.matchAll(WORD)) {
    const term = searchTerm(m[0], lang);
    if (term && terms.has(term)) {
      first = m.index;
      break;
    }
  }
  // Start a few words before the match, so it is read in its sentence.
  let start = Math.max(0, first - Math.round(length / 4));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : first;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  return `${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}
