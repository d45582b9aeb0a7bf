import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { ChartFrame } from '../shared/ChartFrame';
import { DataTable } from '../../charts/DataTable';
import { useElementSize } from '../../lib/useElementSize';
import { contentSize } from '../../lib/content-size';
import { useBundle, useModelIndex, useSelectedModels } from '../../state/selectors';
import { useMarkEvents, useTypeScale } from '../shared/chart-hooks';
import { deriveStateRole, sortPlacedModels, stateRoleCodings } from './derive';
import type { StateRoleData, StateRoleOrder } from './derive';
import { AllCodersToggle } from '../shared/AllCodersToggle';
import { useCoderFollowing, useCoderKeys, useWrittenModels } from '../shared/useAllCoders';
import { InstrumentMatrixTable } from './InstrumentMatrix';
import { layoutStateRole } from './layout';
import { useStateRoleLabels } from './useStateRoleLabels';
import { StateRoleDrawing } from './StateRoleDrawing';
import { useEmphasisChannel } from '../shared/useEmphasisChannel';
import { useMeasureRender } from '../../lib/perf';
import { useMeasureDrawn } from '../../lib/perf-drawn';
import { useFirstScreenDrawn } from '../../lib/useFirstScreenDrawn';
import { useProgressiveRows } from '../../lib/useProgressiveCount';
import { ViewTitle } from '../shared/ViewTitle';
import { Term } from '../shared/Term';

/** Container of the dot plot: measures, picks the type scale, lays out, hands the drawing words. */
function StateRoleChart({ data }: { data: StateRoleData }) {
  const emphasis = useEmphasisChannel();
  const events = useMarkEvents('stateRole');
  const type = useTypeScale();
  const [ref, size, measured] = useElementSize<HTMLDivElement>(
    undefined,
    undefined,
    false,
    contentSize,
  );
  useMeasureDrawn('state-role', measured);
  const layout = useMemo(() => layoutStateRole(data, size.width, type), [data, size.width, type]);
  const labels = useStateRoleLabels(data);
  const following = useCoderFollowing();
  // A long plot is drawn a screen of rows at a time, as the overview draws its cards: the plot's
  // height comes from the layout, so rows added later move nothing.
  const rowsShown = useProgressiveRows(layout.rows.length);
  return (
    <div className="chart" ref={ref} aria-busy={rowsShown < layout.rows.length}>
      {measured ? (
        <StateRoleDrawing
          layout={layout}
          labels={labels}
          emphasis={emphasis}
          events={events}
          following={following}
          rowsShown={rowsShown}
        />
      ) : (
        <div style={{ height: layout.height }} />
      )}
    </div>
  );
}

function StateRoleTable({ data }: { data: StateRoleData }) {
  const { t } = useTranslation();
  const codings = data.codings;
  // All coders at once: a column per coder, as the chart draws a mark per coder.
  const coderColumns = (codings?.coders ?? []).map((coder) => ({
    header: coder.name,
    cell: (m: StateRoleData['models'][number]) => {
      const r = codings?.byModel[m.id]?.find((c) => c.coder.id === coder.id);
      return r
        ? t('codings.chart.stepValue', {
            value: r.value,
            label: r.stepLabel,
            confidence: t(`confidence.${r.confidence}`),
          })
        : '';
    },
  }));
  return (
    <DataTable
      caption={t('stateRole.chartTitle')}
      rows={data.models}
      rowKey={(m) => m.id}
      rowHeader={{ header: t('table.model'), cell: (m) => m.name }}
      columns={[
        { header: t('table.value'), cell: (m) => m.value },
        { header: t('table.step'), cell: (m) => m.stepLabel },
        { header: t('table.confidence'), cell: (m) => t(`confidence.${m.confidence}`) },
        ...coderColumns,
      ]}
    />
  );
}

/** The two orders of the dot plot's rows, as a pair of pressed/unpressed buttons. */
function OrderToggle({
  order,
  onChange,
}: {
  order: StateRoleOrder;
  onChange: (order: StateRoleOrder) => void;
}) {
  const { t } = useTranslation();
  const option = (value: StateRoleOrder, label: string) => (
    <button
      type="button"
      className="order-toggle__option"
      aria-pressed={order === value}
      onClick={() => onChange(value)}
    >
      {label}
    </button>
  );
  return (
    <div className="order-toggle" role="group" aria-label={t('stateRole.orderLabel')}>
      {option('value', t('stateRole.orderValue'))}
      {option('corpus', t('stateRole.orderCorpus'))}
    </div>
  );
}

export function StateRole() {
  const { t } = useTranslation();
  const bundle = useBundle();
  const models = useSelectedModels();
  const indexOf = useModelIndex();
  const coders = useCoderKeys();
  const written = useWrittenModels(models);
  const [allCoders, setAllCoders] = useState(false);
  const showCoders = allCoders && coders.length > 1;
  const data = useMemo(() => {
    const derived = deriveStateRole(models, bundle.codebook, indexOf);
    return showCoders
      ? { ...derived, codings: stateRoleCodings(written, bundle.codebook, coders) }
      : derived;
  }, [models, bundle, indexOf, showCoders, written, coders]);
  // By step first: the strongest state on top answers the view's question at a glance.
  const [order, setOrder] = useState<StateRoleOrder>('value');
  const sorted = useMemo(
    () => ({ ...data, models: sortPlacedModels(data.models, order) }),
    [data, order],
  );
  useMeasureRender('state-role', models);
  // The instrument matrix sits under the chart: drawn just after the first screen (with 200
  // models its 1,600 cells were a third of the view's first render at 4× throttle), and after a
  // change of selection it follows the chart a render later (a fifth of a 200-model update).
  const belowChart = useFirstScreenDrawn();
  const matrixData = useDeferredValue(data);
  return (
    <>
      <ViewTitle>{t('stateRole.title')}</ViewTitle>
      <p className="lead">{t('stateRole.intro')}</p>
      {/* Outside the frame, so the chart's download holds the chart alone; it orders the table too. */}
      <OrderToggle order={order} onChange={setOrder} />
      <ChartFrame
        title={t('stateRole.chartTitle')}
        summary={showCoders ? t('codings.chart.stateRoleSummary') : t('stateRole.summary')}
        table={<StateRoleTable data={sorted} />}
        tools={
          coders.length > 1 ? <AllCodersToggle on={allCoders} onChange={setAllCoders} /> : null
        }
      >
        <StateRoleChart data={sorted} />
        <dl className="step-legend">
          {data.steps.map((s) => (
            <div key={s.value}>
              <dt>
                {s.value} —{' '}
                <Term kind="state-role-step" id={s.value} mayBeBeside>
                  {s.label}
                </Term>
              </dt>
              {/* Beside the term too, so the five steps can be read side by side (a phone keeps
                  the terms only: their definitions are a tap away). */}
              <dd className="step-legend__definition">{s.definition}</dd>
            </div>
          ))}
        </dl>
      </ChartFrame>
      {belowChart ? <InstrumentMatrixTable data={matrixData} /> : null}
    </>
  );
}
