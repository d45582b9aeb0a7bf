/**
 * What the codings part of the evidence panel reads from the store besides the reconciled corpus
 * (useReconciledBundle in state/selectors): the coder `coding=` names.
 */
import { useAppStore } from '../state/selectors';
import type { AppState } from '../state/store';

const selectChosenCoding = (s: AppState) => s.coding;

/** The coder whose coding the charts draw (`coding=`); null: the reconciled coding. */
export const useChosenCoding = () => useAppStore(selectChosenCoding);
