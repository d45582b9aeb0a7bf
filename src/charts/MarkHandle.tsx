import { useId, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { Box } from './text-width';

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
          id={tipId}
          role="tooltip"
          className="chart-tooltip"
          style={{ left: box.x + box.width / 2, top: box.y + box.height + 6 }}
        >
          {tooltip}
        </div>
      ) : null}
    </>
  );
}
