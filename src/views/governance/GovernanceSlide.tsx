import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { PRESENT_TYPE } from '../../charts/type-scale';
import { useModelIndex, useSelectedModels } from '../../state/selectors';
import { useEmphasisChannel } from '../shared/useEmphasisChannel';
import { useMarkEvents } from '../shared/chart-hooks';
import { SlideChart } from '../shared/SlideChart';
import { deriveGovernance } from './derive';
import { GovernanceDrawing, GovernanceLegend, useTexturesId } from './GovernanceDrawing';
import { layoutGovernance } from './layout';
import { useGovernanceLabels } from './useGovernanceLabels';

/**
 * The governance bars as a slide: the bars fill the stage's height (spread or tightened), and the
 * key — the levels' colours and letters, the lead's outline, and the dashed outline where a bar is
 * an estimate — goes under them in the slide's type. The public actors stay on the page.
 */
export function GovernanceSlide() {
  const { t } = useTranslation();
  const models = useSelectedModels();
  const indexOf = useModelIndex();
  const emphasis = useEmphasisChannel();
  const events = useMarkEvents('governanceLevel');
  const rows = useMemo(() => deriveGovernance(models, indexOf), [models, indexOf]);
  const base = useGovernanceLabels(rows);
  const labels = useMemo(
    () => ({
      ...base,
      confidenceShort: {
        high: t('chart.confidenceShort.high'),
        medium: t('chart.confidenceShort.medium'),
        low: t('chart.confidenceShort.low'),
      },
    }),
    [base, t],
  );
  const textures = useTexturesId();
  // The key's swatches and outlines are drawn at the slide's sizes, whatever the chart's box.
  const keyLayout = useMemo(
    () => layoutGovernance(rows, 1000, PRESENT_TYPE, labels),
    [rows, labels],
  );
  return (
    <div className="slide-view slide-view--centred">
      <SlideChart>
        {(box) => (
          <div className="chart">
            <GovernanceDrawing
              layout={layoutGovernance(rows, box.width, PRESENT_TYPE, labels, box.height)}
              labels={labels}
              emphasis={emphasis}
              events={events}
              legend={false}
              textures={textures}
            />
          </div>
        )}
      </SlideChart>
      <GovernanceLegend
        layout={keyLayout}
        labels={labels}
        textures={textures}
        approximate={rows.some((r) => r.confidence === 'low')}
      />
    </div>
  );
}
