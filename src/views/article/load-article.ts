/**
 * The bundled article's text, loaded with the article view (never in the first page): the same
 * on-demand file the browser's check of a user's files reads (corpus/bundled-article.ts), parsed
 * here with its headings. Parsed once per page.
 */
import { useEffect, useState } from 'react';
import { parseArticle } from './article-text';
import type { ArticleDocument } from './article-text';

let loaded: ArticleDocument | null = null;
let pending: Promise<ArticleDocument> | null = null;

function loadArticle(): Promise<ArticleDocument> {
  pending ??= import('../../../data/source/foreign-experience-regional-clusters.md?raw').then(
    ({ default: text }) => (loaded = parseArticle(text)),
    (reason: unknown) => {
      pending = null; // a network blip: the next visit tries again
      throw reason;
    },
  );
  return pending;
}

export type ArticleLoad =
  { status: 'loading' } | { status: 'ready'; doc: ArticleDocument } | { status: 'failed' };

export function useArticleDocument(): ArticleLoad {
  const [state, setState] = useState<ArticleLoad>(() =>
    loaded ? { status: 'ready', doc: loaded } : { status: 'loading' },
  );
  useEffect(() => {
    if (loaded) return;
    let live = true;
    loadArticle().then(
      (doc) => live && setState({ status: 'ready', doc }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
