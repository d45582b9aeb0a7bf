import { useCallback, useDeferredValue, useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, useSelectedModels } from '../../state/selectors';
import type { AppState } from '../../state/store';
import { useMeasureRender } from '../../lib/perf';
import { useFirstScreenDrawn } from '../../lib/useFirstScreenDrawn';
import type { Profile } from '../../corpus/profile';
import { blankProfile } from '../../corpus/profile';
import type { DimensionId } from '../../corpus/schema';
import { deriveFit } from './derive';
import type { AnswerValue } from './answers';
import {
  answersFromProfile,
  noAnswers,
  profileFromAnswers,
  withAnswer,
  workingProfile,
} from './answers';
import { useAnswerDraft } from './use-answer-draft';
import { FitQuestions } from './FitQuestions';
import { FitEmptyAnswer } from './FitEmptyAnswer';
import { ProfileEditor } from './ProfileEditor';
import { FitMethod } from './FitMethod';
import { FitAnswer } from './FitAnswer';
import { MoveToward } from './MoveToward';
import { FitShare } from './FitShare';
import { SavedProfiles } from './SavedProfiles';
import { FitBrief, PolicyBriefButton } from './FitBrief';

const selectFit = (s: AppState) => ({
  profile: s.profile,
  options: s.fitOptions,
  setProfile: s.setProfile,
  setOptions: s.setFitOptions,
});

/**
 * Policy fit: the question (five guided questions, the exact editor and the method one disclosure
 * away, then the link and the saved profiles) beside the answer (the nearest models), then what
 * would move the region toward a chosen model. There is an answer only once there is a profile: all
 * five questions answered, a link or a saved profile opened, or the full editor used. Until then
 * the answers given so far are a draft this page keeps, and the answer column says what to do.
 */
export function Fit() {
  const { t } = useTranslation();
  const models = useSelectedModels();
  const { profile: stored, options, setProfile, setOptions } = useAppStore(useShallow(selectFit));
  const [draft, setDraft] = useAnswerDraft();
  const defaultName = t('fit.defaultName');
  const base = useMemo(() => blankProfile(defaultName), [defaultName]);
  const answers = useMemo(() => (stored ? answersFromProfile(stored) : draft), [stored, draft]);
  // What the full editor shows: the profile, or the answers so far over the blank profile.
  const profile = useMemo(() => stored ?? workingProfile(draft, base), [stored, draft, base]);
  const distanceOptions = useMemo(
    () => ({ weights: options.weights, downWeightLowConfidence: options.downWeightLowConfidence }),
    [options.weights, options.downWeightLowConfidence],
  );
  const fit = useMemo(
    () => (stored ? deriveFit(stored, models, distanceOptions) : null),
    [stored, models, distanceOptions],
  );
  const targetId =
    options.target && models.some((m) => m.id === options.target)
      ? options.target
      : fit?.nearest?.id;
  useMeasureRender('fit', models);
  // What the first screen does not show (the closed disclosures, the link and saved profiles under
  // the questions, the moves and the brief further down) follows once the question and the answer
  // are committed: they come up about a third sooner at 4× throttle. After a change the moves and
  // the brief follow the same way, from deferred copies of what they show.
  const belowFold = useFirstScreenDrawn();
  const laterProfile = useDeferredValue(stored);
  const laterModels = useDeferredValue(models);
  const laterOptions = useDeferredValue(distanceOptions);
  const laterTarget = useDeferredValue(targetId);
  const onTarget = useCallback((id: string) => setOptions({ target: id }), [setOptions]);

  const onAnswer = (dimension: DimensionId, value: AnswerValue) => {
    if (stored) return setProfile(withAnswer(stored, dimension, value));
    const next = { ...draft, [dimension]: value };
    const complete = profileFromAnswers(next, base);
    // The fifth answer makes the profile; from then on the store (and the URL) hold it.
    setDraft(complete ? noAnswers() : next);
    if (complete) setProfile(complete);
  };
  const onName = (name: string) =>
    stored ? setProfile({ ...stored, name }) : setDraft({ ...draft, name });
  const onEdit = (next: Profile) => {
    if (!stored) setDraft(noAnswers());
    setProfile(next);
  };
  const onStartAgain = () => {
    setDraft(noAnswers());
    setProfile(null);
    setOptions({ target: null });
  };

  return (
    <>
      <h1>{t('fit.title')}</h1>
      <p className="lead fit-lead">{t('fitGuide.intro')}</p>
      <div className="fit-layout">
        <div className="fit-layout__question">
          <FitQuestions
            answers={answers}
            values={profile.values}
            onAnswer={onAnswer}
            onName={onName}
            onStartAgain={onStartAgain}
          />
          <details className="fit-disclosure">
            <summary>{t('fitGuide.adjust')}</summary>
            {belowFold ? <ProfileEditor profile={profile} onChange={onEdit} /> : null}
          </details>
          <details className="fit-disclosure">
            <summary>{t('fitGuide.method')}</summary>
            {belowFold ? <FitMethod /> : null}
          </details>
        </div>
        <div className="fit-layout__results">
          {stored && fit ? (
            <FitAnswer
              profile={stored}
              models={models}
              fit={fit}
              distanceOptions={distanceOptions}
            />
          ) : (
            <FitEmptyAnswer answers={answers} onExample={onEdit} />
          )}
          {stored ? <PolicyBriefButton /> : null}
        </div>
        {/* The link and the saved profiles: under the questions on a wide screen (below the
            answer they made the page a screen longer), after the answer on a phone. */}
        <div className="fit-layout__keep">
          {stored && belowFold ? <FitShare profile={stored} /> : null}
          {belowFold ? <SavedProfiles current={stored} /> : null}
        </div>
      </div>
      {stored && laterProfile && belowFold ? (
        <MoveToward
          profile={laterProfile}
          models={laterModels}
          targetId={laterTarget}
          onTarget={onTarget}
        />
      ) : null}
      {stored && laterProfile && belowFold ? (
        <FitBrief profile={laterProfile} models={laterModels} options={laterOptions} />
      ) : null}
    </>
  );
}
