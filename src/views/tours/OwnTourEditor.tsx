import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Bundle } from '../../corpus/schema';
import type { TourDraft } from '../../corpus/tour-files';
import { useOwnToursApi } from '../../tours/own-tours';
import type { OwnTour } from '../../tours/own-tours';
import { StepEditor } from './StepEditor';
import type { Say } from './TourStatus';
import { useStepDrag } from './useStepDrag';

/** `steps` with the one at `from` moved to `to`. */
export function moved<T>(steps: readonly T[], from: number, to: number): T[] {
  const next = [...steps];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** The planned length: a whole number of minutes, or empty for none. */
function MinutesField({
  value,
  onChange,
}: {
  value: number | undefined;
  onChange: (m: number | undefined) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const n = Number(text);
  const valid = text.trim() === '' || (Number.isInteger(n) && n >= 1 && n <= 600);
  return (
    <div className="tour-editor__field">
      <label htmlFor={id}>{t('tourMaker.minutesField')}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={600}
        step={1}
        value={text}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : `${id}-problem`}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const m = Number(next);
          if (next.trim() === '') onChange(undefined);
          else if (Number.isInteger(m) && m >= 1 && m <= 600) onChange(m);
        }}
      />
      {valid ? null : (
        <p id={`${id}-problem`} className="tour-editor__problem">
          {t('tourMaker.minutesProblem')}
        </p>
      )}
    </div>
  );
}

/**
 * The form of an own tour: title, summary, planned length, and each step's title and talking
 * points; steps move with their ↑/↓ buttons or by dragging, and can be deleted (with Undo).
 * Every change is kept at once (one stored key, this tour's).
 */
export function OwnTourEditor({
  entry,
  bundle,
  say,
}: {
  entry: OwnTour;
  bundle: Bundle;
  say: Say;
}) {
  const { t } = useTranslation();
  const tours = useOwnToursApi();
  const { draft } = entry;
  const ids = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [focusAfter, setFocusAfter] = useState<{ index: number; dir: 'up' | 'down' } | null>(null);
  const edit = (change: (d: TourDraft) => TourDraft) => tours.update(entry.id, change);
  const count = draft.steps.length;
  const stepTitle = (i: number) =>
    draft.steps[i]?.title.trim() || t('tourMaker.stepHeading', { step: i + 1 });

  // Opened by New tour or Edit: the first field takes focus.
  useEffect(() => titleRef.current?.focus(), []);

  const move = (from: number, to: number, by: 'button' | 'drag') => {
    if (to < 0 || to >= count || from === to) return;
    const title = stepTitle(from);
    edit((d) => ({ ...d, steps: moved(d.steps, from, to) }));
    say({ message: t('tourMaker.moved', { title, step: to + 1, count }) });
    if (by === 'button') setFocusAfter({ index: to, dir: to < from ? 'up' : 'down' });
  };
  const drag = useStepDrag((from, to) => move(from, to, 'drag'));

  const removeStep = (i: number) => {
    const before = draft;
    const title = stepTitle(i);
    edit((d) => ({ ...d, steps: d.steps.filter((_, k) => k !== i) }));
    say({
      message: t('tourMaker.stepDeleted', { step: i + 1, title }),
      undo: () => {
        edit(() => before);
        say({ message: t('tourMaker.stepRestored', { step: i + 1, title }) });
      },
    });
  };

  return (
    <div className="tour-editor">
      <div className="tour-editor__field">
        <label htmlFor={`${ids}-title`}>{t('tourMaker.titleField')}</label>
        <input
          ref={titleRef}
          id={`${ids}-title`}
          type="text"
          maxLength={300}
          value={draft.title}
          onChange={(e) => {
            const title = e.target.value;
            edit((d) => ({ ...d, title }));
          }}
        />
      </div>
      <div className="tour-editor__field">
        <label htmlFor={`${ids}-summary`}>{t('tourMaker.summaryField')}</label>
        <textarea
          id={`${ids}-summary`}
          rows={3}
          maxLength={4000}
          value={draft.summary}
          onChange={(e) => {
            const summary = e.target.value;
            edit((d) => ({ ...d, summary }));
          }}
        />
      </div>
      <MinutesField
        value={draft.minutes}
        onChange={(minutes) =>
          edit(({ minutes: _old, ...d }) => (minutes === undefined ? d : { ...d, minutes }))
        }
      />
      <h4 id={`${ids}-steps`}>{t('tourMaker.stepsTitle')}</h4>
      {count === 0 ? (
        <p className="muted">{t('tourMaker.noSteps')}</p>
      ) : (
        <>
          <p className="muted">{t('tourMaker.reorderHint')}</p>
          <ol className="step-editors" aria-labelledby={`${ids}-steps`}>
            {draft.steps.map((step, i) => (
              <StepEditor
                key={i}
                step={step}
                index={i}
                count={count}
                bundle={bundle}
                drag={drag}
                focusDir={focusAfter?.index === i ? focusAfter.dir : null}
                onFocused={() => setFocusAfter(null)}
                onChange={(change) =>
                  edit((d) => ({
                    ...d,
                    steps: d.steps.map((s, k) => (k === i ? { ...s, ...change } : s)),
                  }))
                }
                onMove={(to) => move(i, to, 'button')}
                onDelete={() => removeStep(i)}
              />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
