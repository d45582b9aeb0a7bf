/**
 * Where a mark's tooltip goes so that it stays on the screen. It is drawn centred under its mark;
 * near the right or left edge of the window it slides inwards, and near the bottom it flips above
 * the mark when there is room there (a tooltip cut off at the edge hides what it was shown for).
 */

export interface ScreenRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface TooltipShift {
  /** Pixels to move the tooltip sideways from where it was first drawn. */
  dx: number;
  /** Draw it above the mark instead of below. */
  above: boolean;
}

/** Keeps `tip` (where it was first drawn, below `mark`) inside a `width`×`height` window. */
export function fitTooltip(
  tip: ScreenRect,
  mark: ScreenRect,
  viewport: { width: number; height: number },
  margin = 8,
  gap = 6,
): TooltipShift {
  let dx = 0;
  const right = tip.left + tip.width;
  if (tip.width > viewport.width - 2 * margin || tip.left < margin) dx = margin - tip.left;
  else if (right > viewport.width - margin) dx = viewport.width - margin - right;
  const overflowsBelow = tip.top + tip.height > viewport.height - margin;
  const roomAbove = mark.top - gap - tip.height >= margin;
  return { dx, above: overflowsBelow && roomAbove };
}
