/**
 * The type scale a chart's layout is run with. Each medium gets its own: labels, marks and strokes
 * are sized here and layout makes room for them, so no stylesheet has to inflate SVG text after the
 * fact (which would make labels collide).
 */
export interface TypeScale {
  /** Chart label size in px (names, axis steps, values). */
  label: number;
  /** Secondary text in px (letters inside segments, glyph row names); never under 12 on screen. */
  small: number;
  /** Multiplier for mark sizes, gaps and hit boxes, relative to the screen scale. */
  factor: number;
  /** Stroke width of rules and outlines in px. */
  stroke: number;
}

export const SCREEN_TYPE: TypeScale = { label: 14, small: 12, factor: 1, stroke: 1.5 };

/** Projected slides: every label at 24 px, the smallest a room can read from the back. */
export const PRESENT_TYPE: TypeScale = { label: 24, small: 24, factor: 24 / 14, stroke: 2.5 };

/** The scale for the current medium: the projector in presentation mode, else the screen. */
export const typeScaleFor = (present: boolean): TypeScale => (present ? PRESENT_TYPE : SCREEN_TYPE);
