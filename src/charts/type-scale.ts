/**
 * The type scale a chart's layout is run with. Each medium gets its own: labels, marks and strokes
 * are sized here and layout makes room for them, so no stylesheet has to inflate SVG text after the
 * fact (which would make labels collide).
 */
export interface TypeScale {
  /** Chart label size in px. */
  label: number;
  /** Multiplier for mark sizes, gaps and strokes, relative to the screen scale. */
  factor: number;
}

export const SCREEN_TYPE: TypeScale = { label: 14, factor: 1 };

/** Projected slides: labels at 24 px, the smallest a room can read from the back. */
export const PRESENT_TYPE: TypeScale = { label: 24, factor: 24 / 14 };

/** Chart labels grow from 14 px to 24 px in presentation mode; layouts make room in proportion. */
export const PRESENT_SCALE = PRESENT_TYPE.factor;
