import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../shared/ChartFrame';
import { DataTable } from '../../charts/DataTable';
import { ChartSvg } from '../../charts/ChartSvg';
import { MarkButton } from '../../evidence/MarkButton';
import { focusState } from '../../charts/ModelMark';
import { ModelMarker } from '../../charts/ModelMarker';
import { categoryColourVar } from '../../charts/palette';
import { useElementSize } from '../../lib/useElementSize';
import { useEmphasis, useModelIndex, usePresent, useSelectedModels } from '../../state/selectors';
import { PRESENT_SCALE } from '../../charts/type-scale';
import { ConfidenceNote } from '../../evidence/ConfidenceNote';
import { useMeasureRender } from '../../lib/perf';
import { GOVERNANCE_LEVELS, percent } from '../../corpus/derive';
import { deriveGovernance } from './derive';
import type { GovernanceRow } from './derive';
import { layoutGovernance } from './layout';
import { ViewTitle } from '../shared/ViewTitle';

function GovernanceChart({ rows }: { rows: GovernanceRow[] }) {
  const { t } = useTranslation();
  const focus = useEmphasis();
  const [ref, size, measured] = useElementSize<HTMLDivElement>();
  const present = usePresent();
  const layout = useMemo(
    () => layoutGovernance(rows, size.width, present ? PRESENT_SCALE : 1),
    [rows, size.width, present],
  );
  const describe = (r: GovernanceRow) =>
    t('governance.rowText', {
      model: r.name,
      national: percent(r.shares.national),
      regional: percent(r.shares.regional),
      local: percent(r.shares.local),
      lead: t(`levels.${r.lead}`),
    });
  return (
    <div className="chart" ref={ref}>
      <ChartSvg
        title={t('governance.chartTitle')}
        description={rows.map(describe).join('; ')}
        width={layout.width}
        height={layout.height}
        measured={measured}
      >
        <defs>
          <pattern
            id="lead-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="6" className="lead-hatch" />
          </pattern>
        </defs>
        {layout.bars.map((bar) => {
          const row = rows.find((r) => r.id === bar.id);
          const state = focusState(bar.id, focus);
          return (
            <g key={bar.id} className={`row ${state}`}>
              <text
                x={bar.labelX}
                y={bar.labelY}
                textAnchor={layout.narrow ? 'start' : 'end'}
                dominantBaseline="central"
                className="row-label"
              >
                {row?.name}
              </text>
              <g style={{ transform: `translate(0px, ${bar.y}px)` }} className="moving">
                {bar.segments.map((s) => (
                  <g key={s.level}>
                    <rect
                      x={s.x}
                      y={0}
                      width={Math.max(0, s.width - 2)}
                      height={layout.barHeight}
                      fill={categoryColourVar(s.levelIndex)}
                    />
                    {s.isLead ? (
                      <rect
                        x={s.x}
                        y={layout.barHeight - 7}
                        width={Math.max(0, s.width - 2)}
                        height={7}
                        fill="url(#lead-hatch)"
                        className="lead-outline"
                      />
                    ) : null}
                    {s.labelled ? (
                      <text
                        x={s.x + 6}
                        y={layout.barHeight / 2}
                        dominantBaseline="central"
                        className="segment-label"
                      >
                        {t(`levels.${s.level}`).charAt(0).toUpperCase()} {percent(s.share)}%
                        {s.isLead ? ` · ${t('governance.lead')}` : ''}
                      </text>
                    ) : null}
                  </g>
                ))}
              </g>
            </g>
          );
        })}
      </ChartSvg>
      {measured &&
        layout.bars.flatMap((bar) => {
          const row = rows.find((r) => r.id === bar.id);
          if (!row) return [];
          return bar.segments.map((s) => (
            <MarkButton
              key={`${bar.id}-${s.level}`}
              box={{ x: s.x, y: bar.y, width: Math.max(8, s.width - 2), height: layout.barHeight }}
              label={t('governance.markName', {
                model: row.name,
                level: t(`levels.${s.level}`),
                percent: percent(s.share),
                lead: s.isLead ? t('governance.leadSuffix') : '',
              })}
              model={row.id}
              evidence="governanceLevel"
              tooltip={
                <>
                  <strong>
                    {row.name} — {t(`levels.${s.level}`)} {percent(s.share)}%
                  </strong>
                  {s.isLead ? ` (${t('governance.lead')})` : ''}
                  <ConfidenceNote confidence={row.confidence} />
                  <br />
                  {row.actorsByLevel[s.level].length
                    ? `${t('governance.actorsHere')}: ${row.actorsByLevel[s.level].join('; ')}`
                    : t('governance.noActors')}
                </>
              }
            />
          ));
        })}
      <ul className="legend" aria-label={t('chart.legend')}>
        {GOVERNANCE_LEVELS.map((level, i) => (
          <li key={level}>
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" fill={categoryColourVar(i)} />
            </svg>
            {t(`levels.${level}`)} ({t(`levels.${level}`).charAt(0).toUpperCase()})
          </li>
        ))}
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <rect width="14" height="14" fill="url(#lead-hatch)" className="lead-outline" />
          </svg>
          {t('governance.leadLegend')}
        </li>
      </ul>
    </div>
  );
}

function GovernanceTable({ rows }: { rows: GovernanceRow[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('governance.chartTitle')}
      rows={rows}
      rowKey={(r) => r.id}
      rowHeader={{ header: t('table.model'), cell: (r) => r.name }}
      columns={[
        ...GOVERNANCE_LEVELS.map((l) => ({
          header: t(`levels.${l}`),
          cell: (r: GovernanceRow) => `${percent(r.shares[l])}%`,
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
      ]}
    />
  );
}

export function Governance() {
  const { t } = useTranslation();
  const models = useSelectedModels();
  const indexOf = useModelIndex();
  const rows = useMemo(() => deriveGovernance(models), [models]);
  useMeasureRender('governance', models);
  return (
    <>
      <ViewTitle>{t('governance.title')}</ViewTitle>
      <p className="lead">{t('governance.intro')}</p>
      <ChartFrame
        title={t('governance.chartTitle')}
        summary={t('governance.summary')}
        table={<GovernanceTable rows={rows} />}
      >
        <GovernanceChart rows={rows} />
      </ChartFrame>
      <h2>{t('governance.actorsTitle')}</h2>
      <ul className="small-multiples">
        {rows.map((r) => (
          <li key={r.id} className="panel">
            <h3 className="panel__model">
              <ModelMarker index={indexOf.get(r.id) ?? 0} size={14} /> {r.name}
            </h3>
            <dl className="definitions">
              {GOVERNANCE_LEVELS.map((l) => (
                <div key={l}>
                  <dt>
                    {t(`levels.${l}`)}
                    {r.lead === l ? ` (${t('governance.lead')})` : ''}
                  </dt>
                  <dd>
                    {r.actorsByLevel[l].length
                      ? r.actorsByLevel[l].join('; ')
                      : t('governance.noActors')}
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
