import { useTranslation } from 'react-i18next';
import { ModelMarker } from '../../charts/ModelMarker';
import { ModelPageLink } from '../shared/ModelPageLink';
import { TableScroll } from '../shared/TableScroll';
import { wordWidthVars } from '../../charts/text-width';
import { useModelIndex } from '../../state/selectors';
import { useResolvedTheme } from '../../lib/useResolvedTheme';
import { percent } from '../../corpus/derive';
import { heatCellStyle } from '../../charts/sector-colours';
import type { FitMatrix } from './derive';
import { PROFILE_ID } from './derive';

/** The ranking chart lives in its own container, layout and drawing files. */
export { RankingChart } from './RankingChart';

/** The similarity of every pair among the models and the profile. Shown inside a disclosure whose
 *  summary names it, so the section carries the name as its label rather than a heading. */
export function SimilarityMatrix({ matrix }: { matrix: FitMatrix }) {
  const { t } = useTranslation();
  const theme = useResolvedTheme();
  const indexOf = useModelIndex();
  return (
    <section aria-label={t('fit.matrixTitle')}>
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
