/**
 * The search index of the corpus shown now, in the reader's language: built on first use, kept
 * for the visit, and built again when the corpus (a user's own, say) or the language changes —
 * the translated bundle is a new object then, and the index is keyed by it.
 */
import { useEffect, useState } from 'react';
import { loadBundledArticle } from '../corpus/bundled-article';
import { ARTICLE_ID } from '../corpus/source-text';
import type { Bundle } from '../corpus/schema';
import { useAppStore, useLang, useReconciledBundle } from '../state/selectors';
import { contentTranslationOf } from '../state/store';
import { searchDocuments } from './documents';
import type { SearchLang } from './fold';
import { buildSearchIndexAsync } from './search-index';
import type { SearchIndex } from './search-index';

export type IndexState =
  { status: 'loading' } | { status: 'ready'; index: SearchIndex } | { status: 'error' };

const built = new WeakMap<Bundle, Map<SearchLang, Promise<SearchIndex>>>();

/** The bundled article's paragraphs, when the corpus quotes it (a user's may quote another text). */
async function paragraphsFor(bundle: Bundle): Promise<ReadonlyMap<string, string> | undefined> {
  const quotesArticle =
    bundle.sources.length === 0 || bundle.sources.some((s) => s.id === ARTICLE_ID);
  if (!quotesArticle) return undefined;
  // Without the article the rest still searches (offline, a chunk that failed to load).
  return loadBundledArticle().then(
    (article) => article.paragraphs,
    () => undefined,
  );
}

function indexFor(
  bundle: Bundle,
  lang: SearchLang,
  quoteTranslations: ReadonlyMap<string, string> | undefined,
): Promise<SearchIndex> {
  const byLang = built.get(bundle) ?? new Map<SearchLang, Promise<SearchIndex>>();
  built.set(bundle, byLang);
  let pending = byLang.get(lang);
  if (!pending) {
    pending = paragraphsFor(bundle).then((paragraphs) =>
      buildSearchIndexAsync(searchDocuments(bundle, { quoteTranslations, paragraphs }), lang),
    );
    // A failed build is tried again next time.
    pending.catch(() => byLang.delete(lang));
    byLang.set(lang, pending);
  }
  return pending;
}

export function useSearchIndex(): IndexState {
  const bundle = useReconciledBundle();
  const lang = useLang();
  const quotes = useAppStore(contentTranslationOf)?.quotes;
  const [state, setState] = useState<{ key: object; lang: string; value: IndexState } | null>(null);
  useEffect(() => {
    let current = true;
    indexFor(bundle, lang, quotes).then(
      (index) => current && setState({ key: bundle, lang, value: { status: 'ready', index } }),
      () => current && setState({ key: bundle, lang, value: { status: 'error' } }),
    );
    return () => {
      current = false;
    };
  }, [bundle, lang, quotes]);
  // An index of another corpus or language is never shown while the new one builds.
  return state && state.key === bundle && state.lang === lang ? state.value : { status: 'loading' };
}
