import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Model } from '../../corpus/schema';
import type { DistanceOptions } from '../../profile/distance';
import { spreadOf } from '../../profile/sensitivity';
import type { Profile } from '../../corpus/profile';
import type { FitResult } from './derive';
import { RankingChart, SimilarityMatrix } from './FitResults';
import { FitHowSure } from './FitHowSure';
import { spreadSentence } from './sure-words';
import { useFitUnderCodings } from './use-fit-under-codings';

const similarity = (distance: number) => Math.round((1 - distance) * 100);

/**
 * The answer beside the question: the nearest model and the runner-up, how far apart the
 * similarities lie (so a reader weighs the order, not the figures), the ranking, how sure the
 * answer is, and the similarity matrix one disclosure away.
 */
export function FitAnswer({
  profile,
  models,
  fit,
  distanceOptions,
}: {
  profile: Profile;
  models: readonly Model[];
  fit: FitResult;
  distanceOptions: DistanceOptions;
}) {
  const { t } = useTranslation();
  const underCodings = useFitUnderCodings(profile, distanceOptions);
  const spread = useMemo(() => spreadOf(fit.ranking), [fit.ranking]);
  // How sure the answer is follows the answer in a render of its own after a change: its
  // sensitivity analysis ranks every model about a dozen times (50 ms of a 200-model change at
  // 4× throttle), and the nearest model and the ranking should not wait for it. Until then the
  // note reads as it did, for the inputs it was written for.
  const sureProfile = useDeferredValue(profile);
  const sureModels = useDeferredValue(models);
  const sureRanking = useDeferredValue(fit.ranking);
  const sureOptions = useDeferredValue(distanceOptions);
  const sureCodings = useDeferredValue(underCodings);
  const second = fit.ranking[1];
  // The matrix is drawn only while its disclosure is open: closed, its cells (a model count
  // squared) would still be built and laid out with every answer.
  const [matrixOpen, setMatrixOpen] = useState(false);
  return (
    <div className="fit-answer">
      <section aria-labelledby="nearest-title" aria-live="polite">
        <h2 id="nearest-title">
          {fit.nearest
            ? t('fit.nearest', {
                model: fit.nearest.name,
                similarity: similarity(fit.nearest.distance),
              })
            : t('fit.noModels')}
        </h2>
        {second ? (
          <p className="fit-answer__next">
            {t('fitSure.runnerUp', { model: second.name, similarity: similarity(second.distance) })}
          </p>
        ) : null}
        {spread ? (
          <p className="fit-answer__spread">{spreadSentence(t, spread, fit.ranking.length)}</p>
        ) : null}
      </section>
      <RankingChart ranking={fit.ranking} />
      <FitHowSure
        profile={sureProfile}
        models={sureModels}
        ranking={sureRanking}
        options={sureOptions}
        underCodings={sureCodings}
      />
      <details
        className="fit-disclosure fit-answer__matrix"
        onToggle={(event) => setMatrixOpen(event.currentTarget.open)}
      >
        <summary>{t('fit.matrixTitle')}</summary>
        {matrixOpen ? (
          <SimilarityMatrix
            profile={profile}
            models={models}
            ranking={fit.ranking}
            options={distanceOptions}
          />
        ) : null}
      </details>
    </div>
  );
}
