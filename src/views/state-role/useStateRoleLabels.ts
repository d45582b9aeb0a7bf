import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfidenceWords } from '../shared/chart-hooks';
import type { PlacedModel, StateRoleData } from './derive';
import type { StateRoleLabels } from './StateRoleDrawing';

/** The dot plot's words, the same on the page and on a slide. */
export function useStateRoleLabels(data: StateRoleData): StateRoleLabels {
  const { t } = useTranslation();
  const confidence = useConfidenceWords();
  return useMemo(() => {
    const markName = (m: PlacedModel) =>
      t('stateRole.markName', { model: m.name, value: m.value, label: m.stepLabel });
    return {
      title: t('stateRole.chartTitle'),
      description: data.models.map(markName).join('; '),
      markName,
      confidence,
      lowConfidence: t('chart.lowConfidenceMark'),
    };
  }, [t, data, confidence]);
}
