import { useState } from 'react';
import { useTranslation } from '../i18n/react';
import { slidePartFor, slidePartsOf } from '../corpus/vocabulary';
import type { ViewId } from '../corpus/vocabulary';
import { SlideEvidence } from '../evidence/SlideEvidence';
import {
  useActions,
  useAppStore,
  useEvidenceTarget,
  usePart,
  useStepQuoteIndex,
} from '../state/selectors';
import type { AppState } from '../state/store';

const selectTour = (s: AppState) => s.tour;
import { SlideStage } from '../views/shared/SlideStage';
import { SLIDES, slideComponent } from '../views/slides';

/**
 * A presented view as one slide: its title, the stage its chart is laid out for, and the step's
 * evidence beside the chart (under it on a screen taller than wide). The stage is measured, width
 * and height, so each slide fits the screen it is on with nothing to scroll.
 */
export function SlideFrame({ view }: { view: ViewId }) {
  // Rendered with key={view}: the component of this view's slide is picked once per mount.
  const [Slide] = useState(() => slideComponent(view));
  const { t } = useTranslation();
  const part = slidePartFor(view, usePart());
  const parts = slidePartsOf(view);
  const tour = useAppStore(selectTour);
  const { setPart } = useActions();
  const evidence = useEvidenceTarget();
  const quoteIndex = useStepQuoteIndex();
  const entry = SLIDES[view];
  if (!entry || !Slide || !part) return null;
  const titleKey = entry.titles[part];
  return (
    <div className={evidence ? 'slide slide--evidence' : 'slide'} data-part={part}>
      <h1 className="slide__title">{titleKey ? t(titleKey) : null}</h1>
      {/* Outside a tour the lecturer picks the part to show (a tour step names its own). */}
      {!tour && parts.length > 1 ? (
        <div className="slide__parts order-toggle" role="group" aria-label={t('slides.partsLabel')}>
          {parts.map((p) => (
            <button
              key={p}
              type="button"
              className="order-toggle__option"
              aria-pressed={p === part}
              onClick={() => setPart(p)}
            >
              {t(`slides.part.${p}`)}
            </button>
          ))}
        </div>
      ) : null}
      <div className="slide__body">
        <SlideStage Slide={Slide} part={part} />
        {evidence ? <SlideEvidence quoteIndex={quoteIndex} /> : null}
      </div>
    </div>
  );
}
