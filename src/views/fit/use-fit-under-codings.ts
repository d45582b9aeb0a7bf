/**
 * The profile's ranking under every coder, for the selected models; null when the corpus has one
 * coder (there is nothing to set side by side).
 */
import { useMemo } from 'react';
import { codersOf, reconciledCoderId } from '../../corpus/codings';
import type { Profile } from '../../corpus/profile';
import type { DistanceOptions } from '../../profile/distance';
import { useAppStore, useSelectedModelIds } from '../../state/selectors';
import type { AppState } from '../../state/store';
import { useReconciledBundle } from '../../state/selectors';
import { fitUnderCodings } from './under-codings';
import type { FitUnderCodings } from './under-codings';

const selectCoding = (s: AppState) => s.coding;

export function useFitUnderCodings(
  profile: Profile,
  options: DistanceOptions,
): { fit: FitUnderCodings; shownCoder: string } | null {
  const bundle = useReconciledBundle();
  const ids = useSelectedModelIds();
  const coding = useAppStore(selectCoding);
  return useMemo(() => {
    const coders = codersOf(bundle);
    if (coders.length < 2) return null;
    const shownCoder = coding ?? reconciledCoderId(bundle);
    const byId = new Map(bundle.models.map((m) => [m.id, m]));
    const models = ids.flatMap((id) => byId.get(id) ?? []);
    return { fit: fitUnderCodings(profile, models, coders, options, shownCoder), shownCoder };
  }, [bundle, ids, coding, profile, options]);
}
