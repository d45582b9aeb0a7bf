import { useCallback, useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { Box } from './text-width';
import { fitTooltip } from './tooltip-position';

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

/** Between a mark and its tooltip, in pixels. */
const TIP_GAP = 6;

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
  // Placed once the browser has laid the tooltip out, before it paints it: a ResizeObserver
  // reports the tooltip's first size right after layout, when reading the boxes costs nothing.
  // Measured in a layout effect instead, the reading forced the whole page's style and layout
  // in the middle of React's commit, and the shift was a second render: with 200 models, most of
  // what a hover cost at 4× throttle. The shift goes into two custom properties that only move
  // the tooltip (a transform), so applying it lays nothing out again.
  const placeTip = useCallback((element: HTMLDivElement | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const applied = { dx: 0, dy: 0 };
    const observer = new ResizeObserver(() => {
      const mark = buttonRef.current?.getBoundingClientRect();
      if (!mark) return;
      const shown = element.getBoundingClientRect();
      // Where it was first drawn, centred under its mark (a later report finds it moved).
      const first = {
        left: shown.left - applied.dx,
        top: shown.top - applied.dy,
        width: shown.width,
        height: shown.height,
      };
      const fit = fitTooltip(first, mark, {
        width: document.documentElement.clientWidth,
        height: window.innerHeight,
      });
      applied.dx = fit.dx;
      applied.dy = fit.above ? -(mark.height + 2 * TIP_GAP + shown.height) : 0;
      element.style.setProperty('--tip-dx', `${applied.dx}px`);
      element.style.setProperty('--tip-dy', `${applied.dy}px`);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const show = (then: () => void) => () => {
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
          ref={placeTip}
          id={tipId}
          role="tooltip"
          className="chart-tooltip"
          style={{ left: box.x + box.width / 2, top: box.y + box.height + TIP_GAP }}
        >
          {tooltip}
        </div>
      ) : null}
    </>
  );
}
