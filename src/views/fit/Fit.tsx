import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, useBundle, useSelectedModels } from '../../state/selectors';
import type { AppState } from '../../state/store';
import { useMeasureRender } from '../../lib/perf';
import { blankProfile } from '../../corpus/profile';
import { deriveFit, similarityMatrix } from './derive';
import { ProfileEditor } from './ProfileEditor';
import { FitMethod } from './FitMethod';
import { FitAnswer } from './FitAnswer';
import { WhatTheyDid } from './WhatTheyDid';
import { FitShare } from './FitShare';
import { SavedProfiles } from './SavedProfiles';

const selectFit = (s: AppState) => ({
  profile: s.profile,
  options: s.fitOptions,
  setProfile: s.setProfile,
  setOptions: s.setFitOptions,
});

/**
 * Policy fit: the question (a region's profile) beside the answer (the nearest models), then what
 * would move the region toward a chosen model, the link and the saved profiles. Each part is its
 * own file; this one only derives what several of them share.
 */
export function Fit() {
  const { t } = useTranslation();
  const bundle = useBundle();
  const models = useSelectedModels();
  const { profile: stored, options, setProfile, setOptions } = useAppStore(useShallow(selectFit));
  const profile = useMemo(() => stored ?? blankProfile(t('fit.defaultName')), [stored, t]);
  const distanceOptions = useMemo(
    () => ({ weights: options.weights, downWeightLowConfidence: options.downWeightLowConfidence }),
    [options.weights, options.downWeightLowConfidence],
  );
  const fit = useMemo(
    () => deriveFit(profile, models, distanceOptions),
    [profile, models, distanceOptions],
  );
  const matrix = useMemo(
    () => similarityMatrix(profile, models, distanceOptions),
    [profile, models, distanceOptions],
  );
  const targetId =
    options.target && models.some((m) => m.id === options.target)
      ? options.target
      : fit.nearest?.id;
  useMeasureRender('fit', models);

  return (
    <>
      <h1>{t('fit.title')}</h1>
      <p className="lead">{t('fit.intro')}</p>
      <div className="fit-layout">
        <div className="fit-layout__editor">
          <ProfileEditor profile={profile} onChange={setProfile} />
          <FitMethod />
        </div>
        <div className="fit-layout__results">
          <FitAnswer
            profile={profile}
            fit={fit}
            matrix={matrix}
            distanceOptions={distanceOptions}
          />
        </div>
      </div>
      <WhatTheyDid
        profile={profile}
        models={models}
        targetId={targetId}
        onTarget={(id) => setOptions({ target: id })}
      />
      <FitShare profile={profile} />
      <SavedProfiles current={profile} />
      <p className="muted">{t('fit.corpusNote', { count: bundle.models.length })}</p>
    </>
  );
}
