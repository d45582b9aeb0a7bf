import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GOVERNANCE_LEVELS } from '../../corpus/derive';
import type { GovernanceLevel } from '../../corpus/schema';
import { useConfidenceWords } from '../shared/chart-hooks';
import type { GovernanceRow } from './derive';
import type { GovernanceLabels } from './GovernanceDrawing';
import type { GovernanceWords } from './layout';

export const byLevel = <T>(f: (level: GovernanceLevel) => T): Record<GovernanceLevel, T> =>
  Object.fromEntries(GOVERNANCE_LEVELS.map((l) => [l, f(l)])) as Record<GovernanceLevel, T>;

/** The words of the bars and their legend, translated once per language and set of rows. */
export function useGovernanceLabels(
  rows: readonly GovernanceRow[],
): GovernanceLabels & GovernanceWords {
  const { t } = useTranslation();
  const confidence = useConfidenceWords();
  return useMemo(() => {
    const level = byLevel((l) => t(`levels.${l}`));
    return {
      title: t('governance.chartTitle'),
      description: rows
        .map((r) =>
          t('governance.rowText', {
            model: r.name,
            national: r.shown.national,
            regional: r.shown.regional,
            local: r.shown.local,
            lead: level[r.lead],
          }),
        )
        .join('; '),
      level,
      initial: byLevel((l) => t(`letters.${l}`)),
      lead: t('governance.lead'),
      leadLegend: t('governance.leadLegend'),
      approximateLegend: t('chart.approximateLegend'),
      legend: t('chart.legend'),
      actorsHere: t('governance.actorsHere'),
      noActors: t('governance.noActors'),
      markName: (row, s) =>
        t('governance.markName', {
          model: row.name,
          level: level[s.level],
          percent: s.shown,
          lead: s.isLead ? t('governance.leadSuffix') : '',
        }),
      confidence,
    };
  }, [t, rows, confidence]);
}
