import { memo, useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Model } from '../../corpus/schema';
import type { Profile } from '../../corpus/profile';
import type { DistanceOptions, Ranked } from '../../profile/distance';
import { nearestWithConfidenceToggled, weightCrossings } from '../../profile/sensitivity';
import { useLang, useModelIndex } from '../../state/selectors';
import { FitUnderCodings } from './FitUnderCodings';
import type { FitUnderCodings as UnderCodings } from './under-codings';
import { crossingSentence } from './sure-words';

/**
 * How sure the answer is, one sentence each: the smallest weight change that changes the nearest
 * model, whether it holds with the confidence handling switched, and under each other coding
 * (the full table of rankings under each coding one disclosure away). Memoised: FitAnswer hands
 * it deferred inputs, so the render that shows a new answer passes the old ones and skips it.
 */
export const FitHowSure = memo(function FitHowSure({
  profile,
  models,
  ranking,
  options,
  underCodings,
}: {
  profile: Profile;
  models: readonly Model[];
  ranking: readonly Ranked[];
  options: DistanceOptions;
  underCodings: { fit: UnderCodings; shownCoder: string } | null;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const indexOf = useModelIndex();
  const nearest = ranking[0];
  const region = useMemo(() => ({ values: profile.values }), [profile.values]);
  const crossing = useMemo(
    () => crossingSentence(t, lang, weightCrossings(region, models, options), ranking),
    [t, lang, region, models, options, ranking],
  );
  const toggled = useMemo(
    () => nearestWithConfidenceToggled(region, models, options),
    [region, models, options],
  );
  if (!nearest) return null;
  const confidenceKey = options.downWeightLowConfidence ? 'confidenceOff' : 'confidenceOn';
  const confidence =
    toggled && toggled.id !== nearest.id
      ? t(`fitSure.${confidenceKey}.changes`, { model: toggled.name })
      : t(`fitSure.${confidenceKey}.holds`, { model: nearest.name });
  const codings = underCodings
    ? underCodings.fit.coders
        .filter((c) => c.id !== underCodings.shownCoder)
        .map((coder) => {
          const group = underCodings.fit.nearest.find((g) =>
            g.coders.some((c) => c.id === coder.id),
          );
          return {
            id: coder.id,
            text:
              !group || group.id === nearest.id
                ? t('fitSure.codingHolds', { coder: coder.name, model: nearest.name })
                : t('fitSure.codingChanges', { coder: coder.name, model: group.name }),
          };
        })
    : [];
  return (
    <section aria-labelledby="fit-sure-title" className="fit-sure">
      <h3 id="fit-sure-title">{t('fitSure.title')}</h3>
      <ul className="fit-sure__notes">
        <li data-note="weights">{crossing}</li>
        <li data-note="confidence">{confidence}</li>
        {codings.map((c) => (
          <li key={c.id} data-note="coding">
            {c.text}
          </li>
        ))}
      </ul>
      {underCodings ? (
        <details className="fit-disclosure fit-sure__codings">
          <summary>{t('fitSure.codings')}</summary>
          <FitUnderCodings
            fit={underCodings.fit}
            shownCoder={underCodings.shownCoder}
            lang={lang}
            indexOf={indexOf}
          />
        </details>
      ) : null}
    </section>
  );
});
