import { useCallback, useEffect } from 'react';
import type { CorpusStatus } from '../../state/store';
import { useAppStoreApi } from '../../state/selectors';

/**
 * Loads the corpus if the entry point has not (it usually has, before the first render); returns
 * the function that loads it again (the Retry of a failed load).
 */
export function useCorpusLoad(loadCorpus: () => Promise<CorpusStatus>): () => void {
  const store = useAppStoreApi();
  const load = useCallback(() => {
    store.getState().setCorpus({ status: 'loading' });
    void loadCorpus().then((result) => store.getState().setCorpus(result));
  }, [store, loadCorpus]);
  useEffect(() => {
    if (store.getState().corpus.status === 'loading') load();
  }, [store, load]);
  return load;
}
