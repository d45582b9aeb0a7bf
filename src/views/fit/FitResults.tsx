import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { scaleLinear } from 'd3-scale';
import { ChartFrame } from '../shared/ChartFrame';
import { ChartSvg } from '../../charts/ChartSvg';
import { focusState } from '../../charts/ModelMark';
import { ModelMarker } from '../../charts/ModelMarker';
import { useElementSize } from '../../lib/useElementSize';
import { useActions, useEmphasis, useModelIndex } from '../../state/selectors';
import { useResolvedTheme } from '../../lib/useResolvedTheme';
import { percent } from '../../corpus/derive';
import { heatCellStyle } from '../../charts/sector-colours';
import type { Difference, Ranked } from '../../profile/distance';
import type { FitMatrix } from './derive';
import { PROFILE_ID } from './derive';

/** "2 steps more state-directed than Italy" and the like, for each dimension. */
export function useDifferenceText() {
  const { t } = useTranslation();
  return (d: Difference, model: string) => {
    if (d.kind === 'same')
      return t('fit.diff.same', { dimension: t(`fit.dimension.${d.dimension}`), model });
    if (d.kind === 'steps') {
      const dir = d.steps > 0 ? 'more' : 'less';
      return t(`fit.diff.${d.dimension}.${dir}`, { count: Math.abs(d.steps), model });
    }
    const category =
      d.dimension === 'governanceLevel' ? t(`levels.${d.category}`) : t(`families.${d.category}`);
    return t(`fit.diff.${d.dimension}.${d.points > 0 ? 'more' : 'less'}`, {
      count: Math.abs(d.points),
      category,
      model,
    });
  };
}

export function RankingChart({ ranking }: { ranking: Ranked[] }) {
  const { t } = useTranslation();
  const indexOf = useModelIndex();
  const focus = useEmphasis();
  const { setHighlight } = useActions();
  const [ref, size] = useElementSize<HTMLDivElement>();
  const labelWidth = size.width < 480 ? 110 : 170;
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([0, 1])
        .range([0, Math.max(60, size.width - labelWidth - 70)]),
    [size.width, labelWidth],
  );
  const rowHeight = 30;
  const height = ranking.length * rowHeight + 8;
  const table = (
    <table>
      <caption className="visually-hidden">{t('fit.rankingTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('fit.rank')}</th>
          <th scope="col">{t('table.model')}</th>
          <th scope="col">{t('fit.similarity')}</th>
          <th scope="col">{t('fit.distance')}</th>
        </tr>
      </thead>
      <tbody>
        {ranking.map((r, i) => (
          <tr key={r.id}>
            <td>{i + 1}</td>
            <th scope="row">{r.name}</th>
            <td>{percent(1 - r.distance)}%</td>
            <td>{r.distance.toFixed(3)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame title={t('fit.rankingTitle')} summary={t('fit.rankingSummary')} table={table}>
      <div className="chart" ref={ref}>
        <ChartSvg
          title={t('fit.rankingTitle')}
          description={ranking
            .map((r, i) =>
              t('fit.rankText', {
                rank: i + 1,
                model: r.name,
                similarity: percent(1 - r.distance),
              }),
            )
            .join('; ')}
          width={size.width}
          height={height}
          className="ranking"
        >
          {ranking.map((r, i) => {
            const y = i * rowHeight + 4;
            const w = x(1 - r.distance);
            const index = indexOf.get(r.id) ?? 0;
            return (
              <g
                key={r.id}
                className={`row moving ${focusState(r.id, focus)}`}
                style={{ transform: `translate(0px, ${y}px)` }}
                onMouseEnter={() => setHighlight(r.id)}
                onMouseLeave={() => setHighlight(null)}
              >
                <text
                  x={labelWidth - 10}
                  y={11}
                  textAnchor="end"
                  dominantBaseline="central"
                  className="row-label ranking-name"
                >
                  {r.name}
                </text>
                <rect
                  x={labelWidth}
                  y={0}
                  width={Math.max(1, w)}
                  height={22}
                  fill={`var(--model-${index % 7})`}
                />
                <text
                  x={labelWidth + w + 6}
                  y={11}
                  dominantBaseline="central"
                  className="row-label"
                >
                  {percent(1 - r.distance)}%
                </text>
              </g>
            );
          })}
        </ChartSvg>
      </div>
    </ChartFrame>
  );
}

export function SimilarityMatrix({ matrix }: { matrix: FitMatrix }) {
  const { t } = useTranslation();
  const theme = useResolvedTheme();
  const indexOf = useModelIndex();
  return (
    <section aria-labelledby="similarity-title">
      <h2 id="similarity-title">{t('fit.matrixTitle')}</h2>
      <p className="chart-frame__summary">{t('fit.matrixSummary')}</p>
      <div className="table-scroll">
        <table className="heat-map similarity-matrix">
          <caption className="visually-hidden">{t('fit.matrixTitle')}</caption>
          <thead>
            <tr>
              <td />
              {matrix.names.map((name, j) => (
                <th scope="col" key={matrix.ids[j]}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.similarity.map((row, i) => {
              const id = matrix.ids[i] ?? '';
              return (
                <tr key={id}>
                  <th scope="row">
                    <span className="panel__model">
                      {id === PROFILE_ID ? null : (
                        <ModelMarker index={indexOf.get(id) ?? 0} size={12} />
                      )}
                      {matrix.names[i]}
                    </span>
                  </th>
                  {row.map((s, j) => {
                    const style = heatCellStyle(s, theme);
                    return (
                      <td
                        key={matrix.ids[j]}
                        className="heat-cell heat-cell--plain"
                        style={{ background: style.fill, color: style.text }}
                      >
                        {`${percent(s)}%`}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
