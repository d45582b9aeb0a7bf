import { Suspense } from 'react';
import type { ComponentType } from 'react';
import type { SlidePart } from '../../corpus/vocabulary';
import { useElementSize } from '../../lib/useElementSize';
import { contentSize } from '../../lib/content-size';
import { SlideBox } from './slide-box';
import type { SlideProps } from './slide-box';
import { LoadingLine } from './LoadingLine';

/**
 * The stage of a slide, on a projector (ui/SlideFrame) or on paper (tour-print/PaperSlide): the
 * box the slide's chart is laid out for, measured width and height, handed to the slide through
 * SlideBox once known; the slide's code may still be loading, which says so.
 */
export function SlideStage({ Slide, part }: { Slide: ComponentType<SlideProps>; part: SlidePart }) {
  const [stageRef, size, measured] = useElementSize<HTMLDivElement>(
    undefined,
    undefined,
    true,
    contentSize,
  );
  return (
    <div className="slide__stage" ref={stageRef}>
      {measured ? (
        <SlideBox.Provider value={size}>
          <Suspense fallback={<LoadingLine />}>
            <Slide part={part} />
          </Suspense>
        </SlideBox.Provider>
      ) : null}
    </div>
  );
}
