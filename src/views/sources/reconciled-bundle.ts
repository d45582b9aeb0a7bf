/**
 * The corpus in the reader's language as written: the reconciled coding with every other coder's
 * codings beside it. Comparing coders needs this one, not useBundle()'s, which is drawn under the
 * coder the reader chose (`coding=`), so that its codes' own fields are that coder's.
 */
import { shownBundle } from '../../state/store';
import type { AppState } from '../../state/store';
import { useAppStore } from '../../state/selectors';
import type { Bundle } from '../../corpus/schema';

const selectReconciled = (s: AppState) =>
  shownBundle({ corpus: s.corpus, content: s.content, lang: s.lang, coding: null });

export function useReconciledBundle(): Bundle {
  const bundle = useAppStore(selectReconciled);
  if (!bundle) throw new Error('useReconciledBundle() called before the corpus was ready.');
  return bundle;
}
