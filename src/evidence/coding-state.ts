/**
 * What the codings part of the evidence panel reads from the store: the corpus as written (its
 * codes' own fields are the reconciled coding, whichever coder the charts draw) in the reader's
 * language, and the coder `coding=` names. Selectors at file level, so their identity is stable.
 */
import { useAppStore } from '../state/selectors';
import { shownBundle } from '../state/store';
import type { AppState } from '../state/store';

// shownBundle under no chosen coder is the translated corpus itself (the same object each time).
const selectReconciledBundle = (s: AppState) =>
  shownBundle({ corpus: s.corpus, content: s.content, lang: s.lang, coding: null });
const selectChosenCoding = (s: AppState) => s.coding;

/** The corpus in the reader's language, as the reconciled coding has it (null before it loads). */
export const useReconciledBundle = () => useAppStore(selectReconciledBundle);

/** The coder whose coding the charts draw (`coding=`); null: the reconciled coding. */
export const useChosenCoding = () => useAppStore(selectChosenCoding);
