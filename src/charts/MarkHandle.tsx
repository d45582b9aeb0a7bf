import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { Box } from './text-width';
import { fitTooltip } from './tooltip-position';
import type { TooltipShift } from './tooltip-position';

/** Pointer and keyboard handlers that highlight a model in every view while its mark is held. */
export interface LinkHandlers {
  onFocus: () => void;
  onBlur: () => void;
  onMouseEnter: () => void;
  onMouseLeave: () => void;
}

/** What a drawing's marks do, handed down by the view's container (drawings never read the store). */
export interface MarkEvents {
  /** Hover and focus handlers for a model's marks (the linked highlight). */
  link: (model: string) => LinkHandlers;
  /** Open the evidence behind a model's mark. */
  open: (model: string) => void;
}

const UNSHIFTED = { dx: 0, above: false, height: 0 };

interface MarkHandleProps {
  box: Box;
  /** The accessible name, e.g. "Japan: state role 5 — director". */
  label: string;
  tooltip: ReactNode;
  link: LinkHandlers;
  onActivate: () => void;
}

/**
 * The keyboard and pointer handle of one chart mark: a transparent button laid over the drawing
 * (the SVG itself stays a single image with a text alternative). Hover or focus shows a tooltip
 * and highlights the model; Esc hides the tooltip; Enter or a click activates the mark.
 */
export function MarkHandle({ box, label, tooltip, link, onActivate }: MarkHandleProps) {
  const [tip, setTip] = useState(false);
  const tipId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  const [shift, setShift] = useState<TooltipShift & { height: number }>(UNSHIFTED);
  // Measured once the tooltip is drawn in its first place, before the screen shows it: moved
  // inwards or above its mark if it would cross the window's edge.
  useLayoutEffect(() => {
    if (!tip) return;
    const tipBox = tipRef.current?.getBoundingClientRect();
    const markBox = buttonRef.current?.getBoundingClientRect();
    if (!tipBox || !markBox) return;
    const fit = fitTooltip(tipBox, markBox, {
      width: document.documentElement.clientWidth,
      height: window.innerHeight,
    });
    setShift({ ...fit, height: tipBox.height });
  }, [tip]);
  const show = (then: () => void) => () => {
    // Each showing starts from the plain place and is measured again (the page may have scrolled).
    if (!tip) setShift(UNSHIFTED);
    setTip(true);
    then();
  };
  const hide = (then: () => void) => () => {
    setTip(false);
    then();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && tip) {
      e.stopPropagation();
      setTip(false);
    }
  };
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="mark-button"
        style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
        aria-label={label}
        aria-describedby={tip ? tipId : undefined}
        onMouseEnter={show(link.onMouseEnter)}
        onMouseLeave={hide(link.onMouseLeave)}
        onFocus={show(link.onFocus)}
        onBlur={hide(link.onBlur)}
        onKeyDown={onKeyDown}
        onClick={onActivate}
      />
      {tip ? (
        <div
          ref={tipRef}
          id={tipId}
          role="tooltip"
          className="chart-tooltip"
          style={{
            left: box.x + box.width / 2 + shift.dx,
            top: shift.above ? box.y - 6 - shift.height : box.y + box.height + 6,
          }}
        >
          {tooltip}
        </div>
      ) : null}
    </>
  );
}
