/**
 * The room a presented slide has: the stage between the slide's title and the tour bar (and beside
 * or above the step's evidence). A slide lays its chart out for this box with the projector's type
 * scale, so it fits the screen without scrolling and without shrinking any text.
 */
import { createContext, useContext } from 'react';
import type { Size } from '../../lib/useElementSize';
import type { SlidePart } from '../../corpus/vocabulary';

export const SlideBox = createContext<Size>({ width: 1024, height: 600 });

/** The stage's width and height in px, as measured. */
export const useSlideBox = (): Size => useContext(SlideBox);

/** What every view's slide component is given: which part of the view to show. */
export interface SlideProps {
  part: SlidePart;
}
