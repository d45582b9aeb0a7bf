import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { GOVERNANCE_LEVELS } from '../../corpus/derive';
import type { GovernanceLevel } from '../../corpus/schema';
import { useConfidenceWords } from '../shared/chart-hooks';
import { groupReadings } from '../shared/coder-marks';
import type { CoderGroup } from '../shared/coder-marks';
import { useCoderWords } from '../shared/useAllCoders';
import { useShownCoding } from '../shared/useShownCoding';
import type { CoderShares, GovernanceRow } from './derive';
import type { GovernanceLabels } from './GovernanceDrawing';
import type { GovernanceSegment, GovernanceWords } from './layout';

export const byLevel = <T>(f: (level: GovernanceLevel) => T): Record<GovernanceLevel, T> =>
  Object.fromEntries(GOVERNANCE_LEVELS.map((l) => [l, f(l)])) as Record<GovernanceLevel, T>;

/** The words of the bars and their legend, translated once per language and set of rows. */
export function useGovernanceLabels(
  rows: readonly GovernanceRow[],
): GovernanceLabels & GovernanceWords {
  const { t } = useTranslation();
  const confidence = useConfidenceWords();
  const words = useCoderWords();
  const drawn = useShownCoding();
  // The words of a bar and its handles do not depend on which rows are shown: kept apart, they
  // stay the same objects through a change of selection, so the bars that only move are not
  // drawn again (GovernanceDrawing's memoised rows compare them).
  const base = useMemo(() => {
    const level = byLevel((l) => t(`levels.${l}`));
    return {
      title: t('governance.chartTitle'),
      level,
      initial: byLevel((l) => t(`letters.${l}`)),
      lead: t('governance.lead'),
      leadLegend: t('governance.leadLegend'),
      approximateLegend: t('chart.approximateLegend'),
      legend: t('chart.legend'),
      actorsHere: t('governance.actorsHere'),
      noActors: t('governance.noActors'),
      markName: (row: GovernanceRow, s: GovernanceSegment) =>
        t('governance.markName', {
          model: row.name,
          level: level[s.level],
          percent: s.shown,
          lead: s.isLead ? t('governance.leadSuffix') : '',
        }),
      confidence,
    };
  }, [t, confidence]);
  return useMemo(() => {
    const { level } = base;
    const sharesOf = (r: CoderShares) =>
      t('codings.chart.sharesValue', {
        national: r.shown.national,
        regional: r.shown.regional,
        local: r.shown.local,
        lead: level[r.lead],
        confidence: confidence[r.confidence],
      });
    const keys = rows.find((r) => r.codings)?.codings?.map((c) => c.coder);
    const coders = keys
      ? {
          keys,
          legend: words.legend,
          allAgree: words.allAgree,
          note: t('codings.chart.nationalNote', {
            coder: drawn.coders.find((c) => c.id === drawn.current)?.name ?? '',
          }),
          markName: (row: GovernanceRow, group: CoderGroup<CoderShares>) =>
            words.markName(row.name, group, sharesOf),
          lines: (group: CoderGroup<CoderShares>) => words.lines(group, sharesOf),
        }
      : undefined;
    const rowText = (r: GovernanceRow) =>
      t('governance.rowText', {
        model: r.name,
        national: r.shown.national,
        regional: r.shown.regional,
        local: r.shown.local,
        lead: level[r.lead],
      });
    return {
      ...base,
      // With all coders drawn, the text alternative names every coder's shares too.
      description: rows
        .map((r) =>
          [
            rowText(r),
            ...groupReadings(r.codings ?? []).map((g) => words.markName(r.name, g, sharesOf)),
          ].join('; '),
        )
        .join('; '),
      coders,
    };
  }, [t, base, rows, confidence, words, drawn]);
}
