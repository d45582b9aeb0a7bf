/**
 * Where the build puts the bundled corpus, relative to the page: the build plugin emits it there,
 * the page's entry preloads it and the app fetches it, all by this one name.
 */
export const CORPUS_URL = 'corpus.json';
