import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { PRESENT_TYPE } from '../../charts/type-scale';
import { blankProfile } from '../../corpus/profile';
import {
  useAppStore,
  useEmphasis,
  useLinkedFocus,
  useModelIndex,
  useSelectedModels,
} from '../../state/selectors';
import type { AppState } from '../../state/store';
import { SlideChart } from '../shared/SlideChart';
import { deriveFit } from './derive';
import { layoutRanking } from './RankingChartLayout';
import { RankingChartDrawing } from './RankingChartDrawing';

const selectFit = (s: AppState) => ({ profile: s.profile, options: s.fitOptions });

/**
 * The policy-fit ranking as a slide: one line saying which profile the models are ranked against
 * (or, with none set, what the ranking then shows), and the bars laid out to fill the stage with
 * the projector's type. The profile editor, the weights and "what they did" stay on the page.
 */
export function FitSlide() {
  const { t } = useTranslation();
  const models = useSelectedModels();
  const indexOf = useModelIndex();
  const emphasis = useEmphasis();
  const link = useLinkedFocus();
  const { profile: stored, options } = useAppStore(useShallow(selectFit));
  const profile = useMemo(() => stored ?? blankProfile(t('fit.defaultName')), [stored, t]);
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
      <p className="slide-fit__profile">
        {stored ? t('slides.fitProfile', { name: stored.name }) : t('slides.fitNoProfile')}
      </p>
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
