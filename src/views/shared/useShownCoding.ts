/**
 * Whose coding the views draw now: the coder `coding=` names, or the reconciled coder. Read by the
 * chart tools' coding control and by every chart frame, which says so when it is not the default.
 */
import { useMemo } from 'react';
import { codersOf, reconciledCoderId } from '../../corpus/codings';
import type { Coder } from '../../corpus/schema';
import { useAppStore, useBundle } from '../../state/selectors';
import type { AppState } from '../../state/store';

const selectCoding = (s: AppState) => s.coding;
const selectSetCoding = (s: AppState) => s.setCoding;

export interface ShownCoding {
  /** Every coder, the reconciled one first (it is the default), then in the corpus's order. */
  coders: Coder[];
  reconciled: Coder | undefined;
  /** The coder drawn now when it is not the reconciled one; undefined for the default. */
  other: Coder | undefined;
  /** The id of the coder drawn now. */
  current: string;
  /** Draw the corpus as this coder coded it (the reconciled coder clears `coding=`). */
  choose: (coder: string) => void;
}

export function useShownCoding(): ShownCoding {
  const bundle = useBundle();
  const coding = useAppStore(selectCoding);
  const setCoding = useAppStore(selectSetCoding);
  return useMemo(() => {
    const all = codersOf(bundle);
    const reconciledId = reconciledCoderId(bundle);
    const reconciled = all.find((c) => c.id === reconciledId);
    const coders = [...(reconciled ? [reconciled] : []), ...all.filter((c) => c !== reconciled)];
    const other = coding && coding !== reconciledId ? all.find((c) => c.id === coding) : undefined;
    return {
      coders,
      reconciled,
      other,
      current: other?.id ?? reconciledId,
      choose: (coder: string) => setCoding(coder === reconciledId ? null : coder),
    };
  }, [bundle, coding, setCoding]);
}
