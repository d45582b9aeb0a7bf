/**
 * Text that came from outside (a link's parameter, a file's name) and is shown back to the user.
 * Such text can be any length and can hold bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE
 * and friends) that reorder what follows them, so a notice or a banner could be made to say
 * something it does not. Shown text is cleaned and capped here, in one place, and then isolated
 * in a <bdi> by the component that shows it (see FillSlot).
 */

/** Bidi embeddings, overrides, isolates and marks (ALM, LRM, RLM, LRE…RLO, LRI…PDI). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Other control characters (line breaks, tabs, escapes…): a one-line label has no use for them. */
const OTHER_CONTROLS = /\p{Cc}+/gu;

/** How many characters of outside text a notice or a banner repeats by default. */
export const SHOWN_TEXT_MAX = 80;

/**
 * `text` without bidi controls, other controls made one space each, and at most `max`
 * characters (code points, so an emoji or a supplementary letter is never cut in half): a longer
 * text keeps its first max − 1 characters and ends with an ellipsis.
 */
export function shownText(text: string, max = SHOWN_TEXT_MAX): string {
  const clean = text.replace(BIDI_CONTROLS, '').replace(OTHER_CONTROLS, ' ');
  const chars = Array.from(clean);
  return chars.length <= max ? clean : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
