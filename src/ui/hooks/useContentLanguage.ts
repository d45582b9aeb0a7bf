import { useEffect } from 'react';
import { showContentIn } from '../../state/content';
import { useAppStoreApi, useCorpus, useLang } from '../../state/selectors';

/** Keeps the corpus's text in the reader's language as the language or the corpus changes. */
export function useContentLanguage(): void {
  const store = useAppStoreApi();
  const lang = useLang();
  const corpus = useCorpus();
  useEffect(() => {
    void showContentIn(store, lang);
  }, [store, lang, corpus]);
}
