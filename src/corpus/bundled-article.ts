/**
 * The bundled article's text for the browser's check of a user's files, loaded only when files
 * are checked (it is 19 KB). Node reads the same file from data/source/ (data-dir.ts).
 */
import { ARTICLE_ID, articleText } from './source-text';
import type { ArticleText } from './source-text';

export async function loadBundledArticle(): Promise<ArticleText> {
  // The file name is ARTICLE_ID; an import must name its file literally for the bundler.
  const { default: text } =
    await import('../../data/source/foreign-experience-regional-clusters.md?raw');
  return articleText(ARTICLE_ID, text);
}
