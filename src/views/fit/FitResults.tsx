import { useTranslation } from 'react-i18next';
import { ModelMarker } from '../../charts/ModelMarker';
import { ModelPageLink } from '../shared/ModelPageLink';
import { TableScroll } from '../shared/TableScroll';
import { wordWidthVars } from '../../charts/text-width';
import { useModelIndex } from '../../state/selectors';
import { useResolvedTheme } from '../../lib/useResolvedTheme';
import { percent } from '../../corpus/derive';
import { heatCellStyle } from '../../charts/sector-colours';
import type { Difference } from '../../profile/distance';
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

/** The ranking chart lives in its own container, layout and drawing files. */
export { RankingChart } from './RankingChart';

export function SimilarityMatrix({ matrix }: { matrix: FitMatrix }) {
  const { t } = useTranslation();
  const theme = useResolvedTheme();
  const indexOf = useModelIndex();
  return (
    <section aria-labelledby="similarity-title">
      <h2 id="similarity-title">{t('fit.matrixTitle')}</h2>
      <p className="chart-frame__summary">{t('fit.matrixSummary')}</p>
      <TableScroll label={t('fit.matrixTitle')}>
        <table
          className="heat-map similarity-matrix"
          style={wordWidthVars(matrix.names, matrix.names)}
        >
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
                      {id === PROFILE_ID ? (
                        matrix.names[i]
                      ) : (
                        <ModelPageLink model={id}>{matrix.names[i]}</ModelPageLink>
                      )}
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
      </TableScroll>
    </section>
  );
}
