import { useTranslation } from '../../i18n/react';
import { ModelMarker } from '../../charts/ModelMarker';
import { ModelPageLink } from '../shared/ModelPageLink';
import { TableScroll } from '../shared/TableScroll';
import { wordWidthVars } from '../../charts/text-width';
import { useModelIndex } from '../../state/selectors';
import { useResolvedTheme } from '../../lib/useResolvedTheme';
import { percent } from '../../corpus/derive';
import { heatCellStyle } from '../../charts/sector-colours';
import { useMemo } from 'react';
import type { Model } from '../../corpus/schema';
import type { Profile } from '../../corpus/profile';
import type { DistanceOptions, Ranked } from '../../profile/distance';
import { matrixModels, PROFILE_ID, similarityMatrix } from './derive';

/** The ranking chart lives in its own container, layout and drawing files. */
export { RankingChart } from './RankingChart';

/** The similarity of every pair among the models and the profile (the nearest MATRIX_MODELS of a
 *  larger corpus). Shown inside a disclosure whose summary names it, so the section carries the
 *  name as its label rather than a heading. */
export function SimilarityMatrix({
  profile,
  models,
  ranking,
  options,
}: {
  profile: Profile;
  models: readonly Model[];
  ranking: readonly Ranked[];
  options: DistanceOptions;
}) {
  const { t } = useTranslation();
  const theme = useResolvedTheme();
  const indexOf = useModelIndex();
  const shown = useMemo(() => matrixModels(models, ranking), [models, ranking]);
  const matrix = useMemo(
    () => similarityMatrix(profile, shown, options),
    [profile, shown, options],
  );
  return (
    <section aria-label={t('fit.matrixTitle')}>
      <p className="chart-frame__summary">{t('fit.matrixSummary')}</p>
      {shown.length < models.length ? (
        <p className="chart-frame__summary">
          {t('fit.matrixNearest', { shown: shown.length, total: models.length })}
        </p>
      ) : null}
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
