import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../shared/ChartFrame';
import { DataTable } from '../../charts/DataTable';
import { ChartSvg } from '../../charts/ChartSvg';
import { MarkButton } from '../../evidence/MarkButton';
import { ModelMark, focusState } from '../../charts/ModelMark';
import { ModelMarker } from '../../charts/ModelMarker';
import { useElementSize } from '../../lib/useElementSize';
import {
  useBundle,
  useEmphasis,
  useModelIndex,
  usePresent,
  useSelectedModels,
} from '../../state/selectors';
import { PRESENT_SCALE } from '../../charts/type-scale';
import { ConfidenceNote } from '../../evidence/ConfidenceNote';
import { deriveStateRole } from './derive';
import type { StateRoleData } from './derive';
import { layoutStateRole } from './layout';
import { useMeasureRender } from '../../lib/perf';
import { ViewTitle } from '../shared/ViewTitle';

function StateRoleChart({ data }: { data: StateRoleData }) {
  const { t } = useTranslation();
  const focus = useEmphasis();
  const indexOf = useModelIndex();
  const [ref, size, measured] = useElementSize<HTMLDivElement>();
  const present = usePresent();
  const layout = useMemo(
    () =>
      layoutStateRole(
        data.models,
        data.steps.map((s) => s.value),
        size.width,
        present ? PRESENT_SCALE : 1,
      ),
    [data, size.width, present],
  );
  const description = data.models
    .map((m) => t('stateRole.markName', { model: m.name, value: m.value, label: m.stepLabel }))
    .join('; ');
  return (
    <div className="chart" ref={ref}>
      <ChartSvg
        title={t('stateRole.chartTitle')}
        description={description}
        width={layout.width}
        height={layout.height}
        measured={measured}
      >
        {layout.stepX.map((s) => (
          <line key={s.value} className="gridline" x1={s.x} x2={s.x} y1={0} y2={layout.axisY} />
        ))}
        <line
          className="axis-line"
          x1={layout.plotLeft}
          x2={layout.plotRight}
          y1={layout.axisY}
          y2={layout.axisY}
        />
        {layout.stepX.map((s) => {
          const step = data.steps.find((st) => st.value === s.value);
          return (
            <g key={s.value} className="axis-tick" transform={`translate(${s.x} ${layout.axisY})`}>
              <text y={20} textAnchor="middle" className="axis-number">
                {s.value}
              </text>
              {layout.narrow ? null : (
                <text y={40} textAnchor="middle" className="axis-label">
                  {step?.label}
                </text>
              )}
            </g>
          );
        })}
        {layout.rows.map((row) => {
          const model = data.models.find((m) => m.id === row.id);
          const index = indexOf.get(row.id) ?? 0;
          const state = focusState(row.id, focus);
          return (
            <g key={row.id} className={`row ${state}`}>
              <line className="row-rule" x1={layout.plotLeft} x2={row.x} y1={row.y} y2={row.y} />
              <text
                x={row.labelX}
                y={row.labelY}
                textAnchor={layout.narrow ? 'start' : 'end'}
                dominantBaseline="central"
                className="row-label"
              >
                {model?.name}
              </text>
              <ModelMark
                index={index}
                x={row.x}
                y={row.y}
                state={state}
                size={present ? 520 : 220}
              />
            </g>
          );
        })}
      </ChartSvg>
      {measured &&
        layout.rows.map((row) => {
          const model = data.models.find((m) => m.id === row.id);
          if (!model) return null;
          return (
            <MarkButton
              key={row.id}
              box={{ x: row.x - 14, y: row.y - 14, width: 28, height: 28 }}
              label={t('stateRole.markName', {
                model: model.name,
                value: model.value,
                label: model.stepLabel,
              })}
              model={model.id}
              evidence="stateRole"
              tooltip={
                <>
                  <strong>{model.name}</strong>: {model.value} — {model.stepLabel}
                  <ConfidenceNote confidence={model.confidence} />
                </>
              }
            />
          );
        })}
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

function InstrumentPanels({ data }: { data: StateRoleData }) {
  const { t } = useTranslation();
  const indexOf = useModelIndex();
  const focus = useEmphasis();
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
                <li key={row.modelId} className={`panel__row ${focusState(row.modelId, focus)}`}>
                  <span className="panel__model">
                    <ModelMarker index={indexOf.get(row.modelId) ?? 0} size={12} />
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
  const data = useMemo(() => deriveStateRole(models, bundle.codebook), [models, bundle]);
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
      <InstrumentPanels data={data} />
    </>
  );
}
