import { memo, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { ChartFrame } from '../shared/ChartFrame';
import { DataTable } from '../../charts/DataTable';
import { ModelMarker } from '../../charts/ModelMarker';
import { useElementSize } from '../../lib/useElementSize';
import { contentSize } from '../../lib/content-size';
import { useModelIndex, useSelectedModels } from '../../state/selectors';
import { useEmphasisChannel } from '../shared/useEmphasisChannel';
import { useMeasureRender } from '../../lib/perf';
import { useMeasureDrawn } from '../../lib/perf-drawn';
import { useFirstScreenDrawn } from '../../lib/useFirstScreenDrawn';
import { useProgressiveRows } from '../../lib/useProgressiveCount';
import { GOVERNANCE_LEVELS } from '../../corpus/derive';
import { useMarkEvents, useTypeScale } from '../shared/chart-hooks';
import { deriveGovernance, withGovernanceCodings } from './derive';
import type { GovernanceRow } from './derive';
import { AllCodersToggle } from '../shared/AllCodersToggle';
import { useCoderFollowing, useCoderKeys, useWrittenModels } from '../shared/useAllCoders';
import { layoutGovernance } from './layout';
import { GovernanceDrawing } from './GovernanceDrawing';
import { useGovernanceLabels } from './useGovernanceLabels';
import { ViewTitle } from '../shared/ViewTitle';
import { Term } from '../shared/Term';

/** Container of the bars: measures, picks the type scale, lays out, hands the drawing words. */
function GovernanceChart({ rows }: { rows: GovernanceRow[] }) {
  const emphasis = useEmphasisChannel();
  const events = useMarkEvents('governanceLevel');
  const type = useTypeScale();
  const [ref, size, measured] = useElementSize<HTMLDivElement>(
    undefined,
    undefined,
    false,
    contentSize,
  );
  useMeasureDrawn('governance', measured);
  const labels = useGovernanceLabels(rows);
  const layout = useMemo(
    () => layoutGovernance(rows, size.width, type, labels),
    [rows, size.width, type, labels],
  );
  const following = useCoderFollowing();
  // A long chart is drawn a screen of bars at a time, as the overview draws its cards: the
  // chart's height comes from the layout, so bars added later move nothing.
  const barsShown = useProgressiveRows(layout.bars.length);
  return (
    <div className="chart" ref={ref} aria-busy={barsShown < layout.bars.length}>
      {measured ? (
        <GovernanceDrawing
          layout={layout}
          labels={labels}
          emphasis={emphasis}
          events={events}
          following={following}
          barsShown={barsShown}
        />
      ) : (
        <div style={{ height: layout.height }} />
      )}
    </div>
  );
}

function GovernanceTable({ rows }: { rows: GovernanceRow[] }) {
  const { t } = useTranslation();
  // All coders at once: a column per coder, as the chart draws a mark per coder.
  const coderColumns = (rows.find((r) => r.codings)?.codings ?? []).map(({ coder }) => ({
    header: coder.name,
    cell: (r: GovernanceRow) => {
      const c = r.codings?.find((x) => x.coder.id === coder.id);
      return c
        ? t('codings.chart.sharesValue', {
            national: c.shown.national,
            regional: c.shown.regional,
            local: c.shown.local,
            lead: t(`levels.${c.lead}`),
            confidence: t(`confidence.${c.confidence}`),
          })
        : '';
    },
  }));
  return (
    <DataTable
      caption={t('governance.chartTitle')}
      rows={rows}
      rowKey={(r) => r.id}
      rowHeader={{ header: t('table.model'), cell: (r) => r.name }}
      columns={[
        ...GOVERNANCE_LEVELS.map((l) => ({
          header: t(`levels.${l}`),
          cell: (r: GovernanceRow) => r.shown[l],
        })),
        { header: t('governance.lead'), cell: (r) => t(`levels.${r.lead}`) },
        { header: t('table.confidence'), cell: (r) => t(`confidence.${r.confidence}`) },
        {
          header: t('governance.actorsHere'),
          cell: (r) =>
            GOVERNANCE_LEVELS.filter((l) => r.actorsByLevel[l].length)
              .map((l) => `${t(`levels.${l}`)}: ${r.actorsByLevel[l].join('; ')}`)
              .join(' · '),
        },
        ...coderColumns,
      ]}
    />
  );
}

/** One model's public actors by level; memoised, as its row is kept while the model is (derive.ts). */
const ActorsPanel = memo(function ActorsPanel({ row }: { row: GovernanceRow }) {
  const { t } = useTranslation();
  return (
    <li className="panel">
      <h3 className="panel__model">
        <ModelMarker index={row.index} size={14} /> {row.name}
      </h3>
      <dl className="definitions">
        {GOVERNANCE_LEVELS.map((l) => (
          <div key={l}>
            <dt>
              <Term kind="level" id={l}>
                {t(`levels.${l}`)}
              </Term>
              {row.lead === l ? ` (${t('governance.lead')})` : ''}
            </dt>
            <dd>
              {row.actorsByLevel[l].length
                ? row.actorsByLevel[l].join('; ')
                : t('governance.noActors')}
            </dd>
          </div>
        ))}
      </dl>
    </li>
  );
});

/** Each model's actors by level; memoised, so a view's render draws it only for new rows. */
const ActorsPanels = memo(function ActorsPanels({ rows }: { rows: GovernanceRow[] }) {
  return (
    <ul className="small-multiples">
      {rows.map((r) => (
        <ActorsPanel key={r.id} row={r} />
      ))}
    </ul>
  );
});

export function Governance() {
  const { t } = useTranslation();
  const models = useSelectedModels();
  const indexOf = useModelIndex();
  const coders = useCoderKeys();
  const written = useWrittenModels(models);
  const [allCoders, setAllCoders] = useState(false);
  const showCoders = allCoders && coders.length > 1;
  const rows = useMemo(() => deriveGovernance(models, indexOf), [models, indexOf]);
  const charted = useMemo(
    () => (showCoders ? withGovernanceCodings(rows, written, coders) : rows),
    [rows, showCoders, written, coders],
  );
  useMeasureRender('governance', models);
  // The actors' panels sit under the chart: drawn just after the first screen, and after a change
  // of selection they follow the chart a render later.
  const belowChart = useFirstScreenDrawn();
  const panelRows = useDeferredValue(rows);
  return (
    <>
      <ViewTitle>{t('governance.title')}</ViewTitle>
      <p className="lead">{t('governance.intro')}</p>
      <ChartFrame
        title={t('governance.chartTitle')}
        summary={showCoders ? t('codings.chart.governanceSummary') : t('governance.summary')}
        table={<GovernanceTable rows={charted} />}
        tools={
          coders.length > 1 ? <AllCodersToggle on={allCoders} onChange={setAllCoders} /> : null
        }
      >
        <GovernanceChart rows={charted} />
      </ChartFrame>
      <h2>{t('governance.actorsTitle')}</h2>
      {belowChart ? <ActorsPanels rows={panelRows} /> : <ul className="small-multiples" />}
    </>
  );
}
