/**
 * The build's server render of the first page (issue 18): the overview of the bundled corpus in
 * English, as the app draws it before any interaction, so that index.html carries the heading and
 * the cards and the browser paints them before any script has run. main.tsx hydrates this HTML
 * when its own opening state has the key written beside it (state/first-page.ts); any other
 * state renders afresh in its place.
 *
 * Run by src/build/bake-plugin.ts through Vite's module loader; never part of the browser's code.
 */
import { prerenderToNodeStream } from 'react-dom/static';
import { AppRoot } from './app-root';
import { loadCorpus } from './corpus/load';
import { initI18n } from './i18n';
import { firstPageKey } from './state/first-page';
import { createAppStore } from './state/store';

/** Resource hints React hoists to the front of a tree rendered without <html> (an image preload). */
const LEADING_HINTS = /^(?:<link\b[^>]*\/?>)+/;

export async function bakeFirstPage(
  corpusText: string,
): Promise<{ html: string; key: string; head: string }> {
  // The corpus through the app's own loading route: schema and cross-checks, as in the browser.
  const corpus = await loadCorpus('corpus.json', () => Promise.resolve(new Response(corpusText)));
  if (corpus.status !== 'ready') {
    const why = corpus.status === 'error' ? corpus.problems.join('\n') || corpus.detail : 'loading';
    throw new Error(`the first page cannot be baked: the corpus is not valid:\n${why}`);
  }
  const i18n = initI18n();
  // 'system': the theme the page starts in; colours come from CSS for either scheme.
  const store = createAppStore({ theme: 'system', corpus });
  const { prelude } = await prerenderToNodeStream(
    <AppRoot i18n={i18n} store={store} print={false} loadCorpus={() => Promise.resolve(corpus)} />,
    // Every boundary inline: React otherwise moves a large one out of place, to be put back by an
    // inline script, which the CSP refuses (and a baked page has nothing to wait for).
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(chunk as Buffer);
  const html = Buffer.concat(chunks).toString('utf8');
  const head = LEADING_HINTS.exec(html)?.[0] ?? '';
  return { html: html.slice(head.length), key: firstPageKey(store.getState()), head };
}
