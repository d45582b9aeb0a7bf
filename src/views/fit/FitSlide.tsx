import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { useShallow } from 'zustand/react/shallow';
import { PRESENT_TYPE } from '../../charts/type-scale';
import type { Profile } from '../../corpus/profile';
import { ExampleButtons } from './ExampleButtons';
import {
  useAppStore,
  useLinkedFocus,
  useModelIndex,
  useSelectedModels,
} from '../../state/selectors';
import { useEmphasisChannel } from '../shared/useEmphasisChannel';
import type { AppState } from '../../state/store';
import { SlideChart } from '../shared/SlideChart';
import { deriveFit } from './derive';
import { layoutRanking } from './RankingChartLayout';
import { RankingChartDrawing } from './RankingChartDrawing';

const selectFit = (s: AppState) => ({
  profile: s.profile,
  options: s.fitOptions,
  setProfile: s.setProfile,
});

/**
 * The policy-fit ranking as a slide: one line saying which profile the models are ranked against,
 * and the bars laid out to fill the stage with the projector's type. With no profile there is no
 * ranking (a ranking against the middle of every scale says nothing): the slide offers the two
 * example regions instead, one press each. The editor and "what would move" stay on the page.
 */
export function FitSlide() {
  const { profile, setProfile } = useAppStore(useShallow(selectFit));
  const { t } = useTranslation();
  if (!profile) {
    return (
      <div className="slide-view slide-fit__empty">
        <p>{t('fit.slideEmpty')}</p>
        <ExampleButtons className="slide-fit__examples" onPick={setProfile} />
      </div>
    );
  }
  return <FitSlideRanking profile={profile} />;
}

function FitSlideRanking({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const models = useSelectedModels();
  const indexOf = useModelIndex();
  const emphasis = useEmphasisChannel();
  const link = useLinkedFocus();
  const { options } = useAppStore(useShallow(selectFit));
  const fit = useMemo(
    () =>
      deriveFit(profile, models, {
        weights: options.weights,
        downWeightLowConfidence: options.downWeightLowConfidence,
      }),
    [profile, models, options.weights, options.downWeightLowConfidence],
  );
  const ranked = useMemo(
    () => fit.ranking.map((r) => ({ ...r, index: indexOf.get(r.id) ?? 0 })),
    [fit, indexOf],
  );
  const labels = useMemo(
    () => ({
      title: t('fit.rankingTitle'),
      description: ranked
        .map((r, i) =>
          t('fit.rankText', {
            rank: i + 1,
            model: r.name,
            similarity: Math.round((1 - r.distance) * 100),
          }),
        )
        .join('; '),
    }),
    [t, ranked],
  );
  return (
    <div className="slide-view">
      <p className="slide-fit__profile">{t('slides.fitProfile', { name: profile.name })}</p>
      <SlideChart>
        {(box) => (
          <RankingChartDrawing
            layout={layoutRanking(ranked, box.width, PRESENT_TYPE, box.height)}
            labels={labels}
            emphasis={emphasis}
            link={link}
          />
        )}
      </SlideChart>
    </div>
  );
}
