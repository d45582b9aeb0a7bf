import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../shared/ChartFrame';
import { DataTable } from '../../charts/DataTable';
import { focusState } from '../../charts/ModelMark';
import { ModelMarker } from '../../charts/ModelMarker';
import { useElementSize } from '../../lib/useElementSize';
import { useBundle, useEmphasis, useModelIndex, useSelectedModels } from '../../state/selectors';
import { useConfidenceWords, useMarkEvents, useTypeScale } from '../shared/chart-hooks';
import { deriveStateRole } from './derive';
import type { PlacedModel, StateRoleData } from './derive';
import { layoutStateRole } from './layout';
import { StateRoleDrawing } from './StateRoleDrawing';
import { useMeasureRender } from '../../lib/perf';
import { ViewTitle } from '../shared/ViewTitle';

/** Container of the dot plot: measures, picks the type scale, lays out, hands the drawing words. */
function StateRoleChart({ data }: { data: StateRoleData }) {
  const { t } = useTranslation();
  const emphasis = useEmphasis();
  const events = useMarkEvents('stateRole');
  const confidence = useConfidenceWords();
  const type = useTypeScale();
  const [ref, size, measured] = useElementSize<HTMLDivElement>();
  const layout = useMemo(() => layoutStateRole(data, size.width, type), [data, size.width, type]);
  const labels = useMemo(() => {
    const markName = (m: PlacedModel) =>
      t('stateRole.markName', { model: m.name, value: m.value, label: m.stepLabel });
    return {
      title: t('stateRole.chartTitle'),
      description: data.models.map(markName).join('; '),
      markName,
      confidence,
    };
  }, [t, data, confidence]);
  return (
    <div className="chart" ref={ref}>
      {measured ? (
        <StateRoleDrawing layout={layout} labels={labels} emphasis={emphasis} events={events} />
      ) : (
        <div style={{ height: layout.height }} />
      )}
    </div>
  );
}

function StateRoleTable({ data }: { data: StateRoleData }) {
  const { t } = useTranslation();
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
      ]}
    />
  );
}

function InstrumentPanels({ data, emphasis }: { data: StateRoleData; emphasis: string | null }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="instruments-title">
      <h2 id="instruments-title">{t('stateRole.instrumentsTitle')}</h2>
      <p className="chart-frame__summary">{t('stateRole.instrumentsIntro')}</p>
      <ul className="small-multiples">
        {data.panels.map((panel) => (
          <li key={panel.type} className="panel">
            <h3>
              {panel.label}{' '}
              <span className="panel__count">
                ({t('stateRole.instrumentCount', { count: panel.total })})
              </span>
            </h3>
            <p className="panel__definition">{panel.definition}</p>
            <ul className="panel__rows">
              {panel.rows.map((row) => (
                <li key={row.modelId} className={`panel__row ${focusState(row.modelId, emphasis)}`}>
                  <span className="panel__model">
                    <ModelMarker index={row.index} size={12} />
                    {row.name}
                  </span>
                  {row.instruments.length ? (
                    <span>{row.instruments.map((i) => i.label).join('; ')}</span>
                  ) : (
                    <span className="muted">{t('stateRole.noneNamed')}</span>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function StateRole() {
  const { t } = useTranslation();
  const bundle = useBundle();
  const models = useSelectedModels();
  const indexOf = useModelIndex();
  const emphasis = useEmphasis();
  const data = useMemo(
    () => deriveStateRole(models, bundle.codebook, indexOf),
    [models, bundle, indexOf],
  );
  useMeasureRender('state-role', models);
  return (
    <>
      <ViewTitle>{t('stateRole.title')}</ViewTitle>
      <p className="lead">{t('stateRole.intro')}</p>
      <ChartFrame
        title={t('stateRole.chartTitle')}
        summary={t('stateRole.summary')}
        table={<StateRoleTable data={data} />}
      >
        <StateRoleChart data={data} />
        <dl className="step-legend">
          {data.steps.map((s) => (
            <div key={s.value}>
              <dt>
                {s.value} — {s.label}
              </dt>
              <dd>{s.definition}</dd>
            </div>
          ))}
        </dl>
      </ChartFrame>
      <InstrumentPanels data={data} emphasis={emphasis} />
    </>
  );
}
