import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { slidePartFor } from '../../corpus/vocabulary';
import { SlideEvidence } from '../../evidence/SlideEvidence';
import { useElementSize } from '../../lib/useElementSize';
import { contentSize } from '../../lib/content-size';
import { useEvidenceTarget, usePart, useStepQuoteIndex, useView } from '../../state/selectors';
import { SlideStage } from '../shared/SlideStage';
import { SLIDES, slideComponent } from '../slides';
import { slideLayout } from './paper';

/**
 * A step's slide on paper: the same slide component the projector shows (views/slides.ts), its
 * title, and the step's evidence beside the chart, laid out for the room the printed sheet leaves
 * it (measured, like the projector's stage) at projector size and drawn scaled into it. A view
 * that has no slide (a text page) is named instead, with the step's evidence if it opens one.
 */
export function PaperSlide() {
  const { t } = useTranslation();
  const view = useView();
  const part = slidePartFor(view, usePart());
  const evidence = useEvidenceTarget();
  const quoteIndex = useStepQuoteIndex();
  // The component of this view's slide is picked once: each sheet's store shows one step for good.
  const [Slide] = useState(() => slideComponent(view));
  const [roomRef, room, roomMeasured] = useElementSize<HTMLDivElement>(
    undefined,
    undefined,
    true,
    contentSize,
  );
  const titleKey = part ? SLIDES[view]?.titles[part] : undefined;
  const box = slideLayout(room);
  const slide = (
    <div className={evidence ? 'slide slide--evidence' : 'slide'} data-part={part ?? undefined}>
      <h3 className="slide__title">{titleKey ? t(titleKey) : t(`nav.${view}`)}</h3>
      <div className="slide__body">
        {Slide && part ? (
          <SlideStage Slide={Slide} part={part} />
        ) : (
          <p className="tour-print__no-slide">
            {t('tourPrint.noSlide', { view: t(`nav.${view}`) })}
          </p>
        )}
        {evidence ? <SlideEvidence quoteIndex={quoteIndex} /> : null}
      </div>
    </div>
  );
  // The room the sheet leaves is measured; the slide is laid out for it at a projector's width and
  // drawn scaled down into it (paper.ts, slideLayout).
  return (
    <div className="tour-print__room" ref={roomRef}>
      {roomMeasured ? (
        <div
          className="tour-print__scaled"
          style={{
            width: box.width,
            height: box.height,
            transform: `scale(${box.scale})`,
          }}
        >
          {slide}
        </div>
      ) : null}
    </div>
  );
}
