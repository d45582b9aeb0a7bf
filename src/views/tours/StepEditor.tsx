import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Bundle } from '../../corpus/schema';
import type { TourDraftStep } from '../../corpus/tour-files';
import { StepSummary } from '../../tours/StepSummary';
import type { StepDrag } from './useStepDrag';

/** Where a dragged step would land, relative to this one: drawn as a line above or below. */
function dropSide(drag: StepDrag, index: number, count: number): 'before' | 'after' | undefined {
  const s = drag.state;
  if (!s || s.gap === null || s.gap === s.from || s.gap === s.from + 1) return undefined;
  if (s.gap === index) return 'before';
  return s.gap === count && index === count - 1 ? 'after' : undefined;
}

/**
 * One step of an own tour in the editor: what it shows (read-only), its title and talking
 * points, and the buttons that move or delete it; its handle drags it.
 */
export function StepEditor({
  step,
  index,
  count,
  bundle,
  drag,
  focusDir,
  onFocused,
  onChange,
  onMove,
  onDelete,
}: {
  step: TourDraftStep;
  index: number;
  count: number;
  bundle: Bundle;
  drag: StepDrag;
  /** After a move by button: the button to focus again (the other one when it is now disabled). */
  focusDir: 'up' | 'down' | null;
  onFocused: () => void;
  onChange: (change: Partial<TourDraftStep>) => void;
  onMove: (to: number) => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const n = index + 1;
  const first = index === 0;
  const last = index === count - 1;

  useEffect(() => {
    if (!focusDir) return;
    const wanted = focusDir === 'up' ? (first ? down : up) : last ? up : down;
    wanted.current?.focus();
    onFocused();
  }, [focusDir, first, last, onFocused]);

  return (
    <li
      className={drag.state?.from === index ? 'step-editor step-editor--dragged' : 'step-editor'}
      data-drop={dropSide(drag, index, count)}
      {...drag.target(index)}
    >
      <fieldset>
        <legend>
          <span
            className="step-editor__handle"
            title={t('tourMaker.dragHint')}
            aria-hidden="true"
            {...drag.handle(index)}
          >
            ⠿
          </span>
          {t('tourMaker.stepHeading', { step: n })}
        </legend>
        <StepSummary step={step} bundle={bundle} />
        <div className="tour-editor__field">
          <label htmlFor={`${id}-title`}>{t('tourMaker.stepTitleField')}</label>
          <input
            id={`${id}-title`}
            type="text"
            maxLength={300}
            value={step.title}
            onChange={(e) => onChange({ title: e.target.value })}
          />
        </div>
        <div className="tour-editor__field">
          <label htmlFor={`${id}-points`}>{t('tourMaker.pointsField')}</label>
          <textarea
            id={`${id}-points`}
            rows={Math.min(8, Math.max(3, step.talkingPoints.length + 1))}
            value={step.talkingPoints.join('\n')}
            onChange={(e) => onChange({ talkingPoints: e.target.value.split('\n') })}
          />
        </div>
        <div className="button-row step-editor__buttons">
          <button
            ref={up}
            type="button"
            className="secondary"
            disabled={first}
            aria-label={t('tourMaker.moveUp', { step: n })}
            onClick={() => onMove(index - 1)}
          >
            ↑
          </button>
          <button
            ref={down}
            type="button"
            className="secondary"
            disabled={last}
            aria-label={t('tourMaker.moveDown', { step: n })}
            onClick={() => onMove(index + 1)}
          >
            ↓
          </button>
          <button type="button" className="secondary" onClick={onDelete}>
            {`${t('tourMaker.deleteStep')} `}
            <span className="visually-hidden">{n}</span>
          </button>
        </div>
      </fieldset>
    </li>
  );
}
