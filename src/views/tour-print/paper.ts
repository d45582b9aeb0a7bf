/**
 * The paper a printed tour is laid out for, in numbers and without a DOM: the page box each step's
 * sheet gets (A4 landscape less the margins of tour-print.css's @page rule), and which models the
 * tour shows (for the handout that goes with it).
 */
import type { Tour } from '../../corpus/schema';

export interface Millimetres {
  width: number;
  height: number;
}

export interface PageMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** ISO A4 turned on its side. */
export const A4_LANDSCAPE: Millimetres = { width: 297, height: 210 };

/**
 * The margins of `@page tour-sheet` in src/ui/styles/tour-print.css (a unit test holds the two
 * equal). The bottom one is deeper: the footer (tour, address, page number) is printed in it.
 */
export const SHEET_MARGINS: PageMargins = { top: 10, right: 10, bottom: 12, left: 10 };

/** CSS px per millimetre: the browser prints 96 px to the inch. */
export const PX_PER_MM = 96 / 25.4;

/**
 * Px kept free under each sheet: the page's content box is a fraction of a pixel larger than the
 * whole pixels a sheet is drawn in, and a sheet even that much taller would break onto a second
 * page.
 */
export const SHEET_SLACK_PX = 4;

export interface Box {
  width: number;
  height: number;
}

/**
 * The box one sheet fills on paper (and in the screen preview, at the same size, so a slide laid
 * out on screen prints unchanged): the page's content box in whole px, less the slack.
 */
export function sheetBox(
  paper: Millimetres = A4_LANDSCAPE,
  margins: PageMargins = SHEET_MARGINS,
): Box {
  const width = (paper.width - margins.left - margins.right) * PX_PER_MM;
  const height = (paper.height - margins.top - margins.bottom) * PX_PER_MM;
  return {
    width: Math.floor(width) - SHEET_SLACK_PX,
    height: Math.floor(height) - SHEET_SLACK_PX,
  };
}

/**
 * The least height a step's slide keeps, as a share of the sheet: the notes take what the slide
 * leaves, and notes longer than the rest (a lecturer's own tour can say a great deal) run on to
 * a page of their own rather than squeeze the chart below what its 24 px labels need.
 */
export const MIN_SLIDE_SHARE = 0.55;

export const minSlideHeight = (sheet: Box): number => Math.floor(sheet.height * MIN_SLIDE_SHARE);

/**
 * The width of a presented slide on a 1366 × 768 projector (one of the sizes every slide is
 * checked at), in px: measured, the slide region between the page's side paddings.
 */
export const PROJECTED_SLIDE_WIDTH = 1306;

export interface SlideLayout extends Box {
  /** What the slide, laid out for width × height, is drawn at to fill the room. */
  scale: number;
}

/**
 * How a slide is printed in the room (px) its sheet leaves it: laid out as wide as a projector
 * shows it, as tall as the room allows at that width, and drawn scaled down into the room. So it
 * prints as the projector shows it (its 24 px labels at about 18.5 px, 14 pt); laid out for the
 * paper's own box, a slide would meet a stage narrower and shorter than any projector's.
 */
export function slideLayout(
  room: Box,
  projectedWidth: number = PROJECTED_SLIDE_WIDTH,
): SlideLayout {
  // Rounded down (to 1/10000), so that the box drawn at this scale never exceeds the room.
  const scale = Math.min(1, Math.floor((room.width / projectedWidth) * 10_000) / 10_000);
  return {
    width: Math.floor(room.width / scale),
    height: Math.floor(room.height / scale),
    scale,
  };
}

/**
 * The models the tour's steps show, in corpus order: each step's own list (all models where a step
 * names none), with the models it focuses or opens evidence for. Null when that is every model
 * (the handout's default), so its link carries no list.
 */
export function tourModels(tour: Tour, corpusModelIds: readonly string[]): string[] | null {
  const known = new Set(corpusModelIds);
  const shown = new Set<string>();
  for (const step of tour.steps) {
    if (!step.models) return null;
    for (const id of step.models) shown.add(id);
    if (step.focus) shown.add(step.focus);
    if (step.evidence) shown.add(step.evidence.model);
  }
  const ids = corpusModelIds.filter((id) => shown.has(id) && known.has(id));
  if (ids.length === 0 || ids.length === corpusModelIds.length) return null;
  return ids;
}
