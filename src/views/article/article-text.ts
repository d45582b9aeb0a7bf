/**
 * The source article as the article view reads it: its title, the navigation headings our copy
 * adds ("## " lines) and its numbered paragraphs, in order. Pure; the markdown comes from
 * load-article.ts. The lines between the title and the first heading describe our copy, not the
 * article, and are left out.
 */
import { collapseWhitespace } from '../../corpus/source-text';

export type ArticleBlock =
  | { kind: 'heading'; id: string; text: string }
  | { kind: 'paragraph'; number: number; locator: string; text: string };

export interface ArticleDocument {
  /** The article's title as our copy gives it ("# Source text: …"), sentence-cased. */
  title: string;
  blocks: ArticleBlock[];
  /** The paragraphs by locator (`p31`), whitespace collapsed as quotes are compared. */
  paragraphs: ReadonlyMap<string, string>;
}

/** A heading's stable slug, from its English text: `the-cluster-concept`, `united-states`. */
export const headingSlug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A heading's anchor: `article-italy`, `article-united-states`. */
export const headingAnchor = (text: string): string => `article-${headingSlug(text)}`;

/** The element id of a paragraph, which `?view=article&p=31` scrolls to. */
export const paragraphAnchor = (number: number): string => `article-p${number}`;

export function parseArticle(markdown: string): ArticleDocument {
  let title = '';
  const blocks: ArticleBlock[] = [];
  const paragraphs = new Map<string, string>();
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    const titleLine = /^#\s+(?:Source text:\s*)?(.+)$/.exec(line);
    if (titleLine?.[1] && !title) {
      const t = collapseWhitespace(titleLine[1]);
      title = t.charAt(0).toUpperCase() + t.slice(1);
      continue;
    }
    const heading = /^##\s+(.+)$/.exec(line);
    if (heading?.[1]) {
      const text = collapseWhitespace(heading[1]);
      blocks.push({ kind: 'heading', id: headingAnchor(text), text });
      continue;
    }
    const para = /^\[p(\d+)\]\s+(.*)$/.exec(line);
    if (para?.[1] && para[2] !== undefined) {
      const number = Number(para[1]);
      const text = collapseWhitespace(para[2]);
      blocks.push({ kind: 'paragraph', number, locator: `p${number}`, text });
      paragraphs.set(`p${number}`, text);
    }
  }
  return { title, blocks, paragraphs };
}

/** The article's own reference markers ([1]…[7]) in the text we hold, in numeric order. */
export function referenceMarkers(doc: ArticleDocument): string[] {
  const found = new Set<number>();
  for (const text of doc.paragraphs.values())
    for (const m of text.matchAll(/\[(\d+)\]/g)) found.add(Number(m[1]));
  return [...found].sort((a, b) => a - b).map((n) => `[${n}]`);
}
