import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { PRESENT_TYPE } from '../../charts/type-scale';
import { useBundle, useModelIndex, useSelectedModels } from '../../state/selectors';
import { useMarkEvents } from '../shared/chart-hooks';
import { SlideChart } from '../shared/SlideChart';
import { useSlideBox } from '../shared/slide-box';
import { deriveStateRole, sortPlacedModels } from './derive';
import { layoutStateRole } from './layout';
import { useStateRoleLabels } from './useStateRoleLabels';
import { StateRoleDrawing } from './StateRoleDrawing';
import { useEmphasisChannel } from '../shared/useEmphasisChannel';

/**
 * The state-role dot plot as a slide: strongest state on top, step names under the axis (they are
 * the key), rows spread to fill the stage. The step definitions and the instrument lists stay on
 * the page: the lecturer speaks them.
 */
export function StateRoleSlide() {
  const { t } = useTranslation();
  const bundle = useBundle();
  const models = useSelectedModels();
  const indexOf = useModelIndex();
  const emphasis = useEmphasisChannel();
  const box = useSlideBox();
  const events = useMarkEvents('stateRole');
  const data = useMemo(() => {
    const derived = deriveStateRole(models, bundle.codebook, indexOf);
    return { ...derived, models: sortPlacedModels(derived.models, 'value') };
  }, [models, bundle, indexOf]);
  const labels = useStateRoleLabels(data);
  const anyLow = data.models.some((m) => m.confidence === 'low');
  // Where the chart is too narrow to name the steps under the axis, a key line names them.
  const keyShown = useMemo(
    () => layoutStateRole(data, box.width, PRESENT_TYPE).narrow,
    [data, box.width],
  );
  return (
    <div className="slide-view">
      <SlideChart>
        {(chartBox) => (
          <StateRoleDrawing
            // The low-confidence legend under the chart takes one line of the stage.
            layout={layoutStateRole(
              data,
              chartBox.width,
              PRESENT_TYPE,
              chartBox.height - (anyLow ? PRESENT_TYPE.label * 2 : 0),
            )}
            labels={labels}
            emphasis={emphasis}
            events={events}
          />
        )}
      </SlideChart>
      {keyShown ? (
        <ul className="slide-key" aria-label={t('stateRole.keyLabel')}>
          {data.steps.map((s) => (
            <li key={s.value}>
              <strong>{s.value}</strong> {s.label}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
