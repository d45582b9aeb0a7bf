import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { useConfidenceWords } from '../shared/chart-hooks';
import { groupReadings } from '../shared/coder-marks';
import type { CoderGroup } from '../shared/coder-marks';
import { useCoderWords } from '../shared/useAllCoders';
import type { CoderStep, PlacedModel, StateRoleData } from './derive';
import type { StateRoleLabels } from './StateRoleDrawing';

/** The dot plot's words, the same on the page and on a slide. */
export function useStateRoleLabels(data: StateRoleData): StateRoleLabels {
  const { t } = useTranslation();
  const confidence = useConfidenceWords();
  const words = useCoderWords();
  // Apart from the rows, so the marks' handles keep the same words through a change of selection
  // and the rows that only move are not drawn again (StateRoleDrawing).
  const markName = useMemo(
    () => (m: PlacedModel) =>
      t('stateRole.markName', { model: m.name, value: m.value, label: m.stepLabel }),
    [t],
  );
  return useMemo(() => {
    const step = (r: CoderStep) =>
      t('codings.chart.stepValue', {
        value: r.value,
        label: r.stepLabel,
        confidence: confidence[r.confidence],
      });
    const codings = data.codings;
    const coders = codings
      ? {
          keys: codings.coders,
          legend: words.legend,
          allAgree: words.allAgree,
          markName: (m: PlacedModel, group: CoderGroup<CoderStep>) =>
            words.markName(m.name, group, step),
          lines: (group: CoderGroup<CoderStep>) => words.lines(group, step),
        }
      : undefined;
    // With all coders drawn, the text alternative names every coder's step, model by model.
    const description = codings
      ? data.models
          .map((m) =>
            groupReadings(codings.byModel[m.id] ?? [])
              .map((g) => words.markName(m.name, g, step))
              .join('; '),
          )
          .join('; ')
      : data.models.map(markName).join('; ');
    return {
      title: t('stateRole.chartTitle'),
      description,
      markName,
      confidence,
      lowConfidence: t('chart.lowConfidenceMark'),
      coders,
    };
  }, [t, markName, data, confidence, words]);
}
