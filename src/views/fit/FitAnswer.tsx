import { useTranslation } from 'react-i18next';
import { useLang, useModelIndex } from '../../state/selectors';
import type { DistanceOptions } from '../../profile/distance';
import type { Profile } from '../../corpus/profile';
import type { FitMatrix, FitResult } from './derive';
import { RankingChart, SimilarityMatrix, useDifferenceText } from './FitResults';
import { FitUnderCodings } from './FitUnderCodings';
import { useFitUnderCodings } from './use-fit-under-codings';

/** The answer beside the question: the nearest model, how it differs, the ranking. */
export function FitAnswer({
  profile,
  fit,
  matrix,
  distanceOptions,
}: {
  profile: Profile;
  fit: FitResult;
  matrix: FitMatrix;
  distanceOptions: DistanceOptions;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const indexOf = useModelIndex();
  const describe = useDifferenceText();
  const underCodings = useFitUnderCodings(profile, distanceOptions);
  return (
    <>
      <section aria-labelledby="nearest-title" aria-live="polite">
        <h2 id="nearest-title">
          {fit.nearest
            ? t('fit.nearest', {
                model: fit.nearest.name,
                similarity: Math.round((1 - fit.nearest.distance) * 100),
              })
            : t('fit.noModels')}
        </h2>
        <ul className="difference-list">
          {fit.nearest
            ? fit.nearestDifferences.map((d) => (
                <li key={d.dimension}>{describe(d, fit.nearest!.name)}</li>
              ))
            : null}
        </ul>
      </section>
      <RankingChart ranking={fit.ranking} />
      {underCodings ? (
        <FitUnderCodings
          fit={underCodings.fit}
          shownCoder={underCodings.shownCoder}
          lang={lang}
          indexOf={indexOf}
        />
      ) : null}
      <SimilarityMatrix matrix={matrix} />
    </>
  );
}
