import { useId, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useActions } from '../state/selectors';
import type { EvidenceKey } from '../corpus/vocabulary';

export interface MarkBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface MarkButtonProps {
  box: MarkBox;
  /** The accessible name, e.g. "Japan: state role 5 — director". */
  label: string;
  model: string;
  evidence: EvidenceKey;
  tooltip: ReactNode;
}

/**
 * The keyboard and pointer handle of one chart mark: a transparent button laid over the drawing
 * (the SVG itself stays a single image with a text alternative). Hover or focus shows a tooltip
 * and highlights the model in every view (transient: never in the URL); Esc hides the tooltip;
 * Enter opens the evidence.
 */
export function MarkButton({ box, label, model, evidence, tooltip }: MarkButtonProps) {
  const { setHighlight, openEvidence } = useActions();
  const [tip, setTip] = useState(false);
  const tipId = useId();
  const show = () => {
    setTip(true);
    setHighlight(model);
  };
  const hide = () => {
    setTip(false);
    setHighlight(null);
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
        onMouseEnter={show}
        onMouseLeave={hide}
        onFocus={show}
        onBlur={hide}
        onKeyDown={onKeyDown}
        onClick={() => openEvidence({ model, key: evidence })}
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
