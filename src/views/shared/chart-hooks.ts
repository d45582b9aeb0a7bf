/**
 * What every chart container asks of the store and the catalogues before handing a drawing its
 * props: the medium's type scale, what a mark does, and the confidence levels in words.
 */
import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import type { MarkEvents } from '../../charts/MarkHandle';
import { typeScaleFor } from '../../charts/type-scale';
import type { TypeScale } from '../../charts/type-scale';
import type { Confidence } from '../../corpus/schema';
import type { EvidenceKey } from '../../corpus/vocabulary';
import { useActions, useLinkedFocus, usePresent } from '../../state/selectors';

/** The type scale layout runs with: the projector's in presentation mode, else the screen's. */
export function useTypeScale(): TypeScale {
  return typeScaleFor(usePresent());
}

/** Marks highlight their model while held and open the evidence for `key` when activated. */
export function useMarkEvents(key: EvidenceKey): MarkEvents {
  const link = useLinkedFocus();
  const { openEvidence } = useActions();
  // Stable while its parts are, so a memoised row handed it can be skipped.
  return useMemo(
    () => ({ link, open: (model: string) => openEvidence({ model, key }) }),
    [link, openEvidence, key],
  );
}

export function useConfidenceWords(): Record<Confidence, string> {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      high: t('confidence.high'),
      medium: t('confidence.medium'),
      low: t('confidence.low'),
    }),
    [t],
  );
}
