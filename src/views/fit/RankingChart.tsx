/**
 * Container of the policy-fit ranking: reads the store (colours, emphasis, medium), measures,
 * lays out and hands the drawing its words; the table form carries the same numbers.
 */
import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { ChartFrame } from '../shared/ChartFrame';
import { useTypeScale } from '../shared/chart-hooks';
import { useElementSize } from '../../lib/useElementSize';
import { useLang, useLinkedFocus, useModelIndex } from '../../state/selectors';
import { useEmphasisChannel } from '../shared/useEmphasisChannel';
import { formatNumber } from '../../i18n/format';
import { percent } from '../../corpus/derive';
import type { Ranked } from '../../profile/distance';
import { layoutRanking } from './RankingChartLayout';
import { RankingChartDrawing } from './RankingChartDrawing';

const DISTANCE_DIGITS = { minimumFractionDigits: 3, maximumFractionDigits: 3 };

/**
 * The ranking as a table, a component of its own so that its figures are formatted only when the
 * reader asks for the table: built beside the chart, 200 models' distances took a sixth of policy
 * fit's first render at 4× throttle.
 */
function RankingTable({ ranking }: { ranking: Ranked[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
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
            <td>{formatNumber(lang, r.distance, DISTANCE_DIGITS)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RankingChart({ ranking }: { ranking: Ranked[] }) {
  const { t } = useTranslation();
  const indexOf = useModelIndex();
  const emphasis = useEmphasisChannel();
  const link = useLinkedFocus();
  const type = useTypeScale();
  // Drawn at the usual width until the observer reports its box, as the overview's glyphs are.
  const [ref, size] = useElementSize<HTMLDivElement>();
  const models = useMemo(
    () => ranking.map((r) => ({ ...r, index: indexOf.get(r.id) ?? 0 })),
    [ranking, indexOf],
  );
  const layout = useMemo(() => layoutRanking(models, size.width, type), [models, size.width, type]);
  const labels = useMemo(
    () => ({
      title: t('fit.rankingTitle'),
      description: layout.rows
        .map((r) =>
          t('fit.rankText', { rank: r.rank, model: r.model.name, similarity: r.similarity }),
        )
        .join('; '),
    }),
    [t, layout],
  );
  return (
    <ChartFrame
      title={t('fit.rankingTitle')}
      summary={t('fit.rankingSummary')}
      table={<RankingTable ranking={ranking} />}
    >
      <div className="chart" ref={ref}>
        <RankingChartDrawing layout={layout} labels={labels} emphasis={emphasis} link={link} />
      </div>
    </ChartFrame>
  );
}
