import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Tour } from '../corpus/schema';
import { useAppStore, useBundle } from '../state/selectors';
import type { AppState } from '../state/store';
import { isTyping } from './keys';
import { markStateChange } from './perf';

const selectTour = (s: AppState) => ({ tour: s.tour, step: s.step, setTour: s.setTour });

/** Keys a presentation clicker or a keyboard sends, mapped to the next step to show. */
export function stepForKey(
  key: string,
  step: number,
  last: number,
  typed: string,
): { step: number | null; typed: string } {
  if (/^\d$/.test(key)) return { step: null, typed: `${typed}${key}`.slice(-3) };
  if (key === 'Enter' && typed) {
    const n = Number(typed);
    return { step: n >= 1 && n <= last ? n : null, typed: '' };
  }
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return { step: Math.min(last, step + 1), typed: '' };
    case 'ArrowLeft':
    case 'PageUp':
      return { step: Math.max(1, step - 1), typed: '' };
    case 'Home':
      return { step: 1, typed: '' };
    case 'End':
      return { step: last, typed: '' };
    default:
      return { step: null, typed };
  }
}

/** The step indicator and controls of a running tour; drives the keyboard and clicker keys. */
export function TourBar() {
  const { t } = useTranslation();
  const { tours } = useBundle();
  const { tour: tourId, step, setTour } = useAppStore(useShallow(selectTour));
  const tour: Tour | undefined = tours.find((x) => x.id === tourId);
  const typed = useRef('');
  const [typedShown, setTypedShown] = useState('');
  const last = tour?.steps.length ?? 1;
  const go = (next: number) => {
    if (!tour) return;
    markStateChange();
    setTour(tour.id, next);
  };

  useEffect(() => {
    if (!tour) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      if (e.key === 'Escape') {
        // An open dialog (a step's evidence, a citation) takes Esc first; the next Esc leaves.
        if (!document.querySelector('[role="dialog"]')) setTour(null);
        return;
      }
      // Space on a focused button or link activates it; only elsewhere does it advance the tour.
      if (
        e.key === ' ' &&
        e.target instanceof HTMLElement &&
        e.target.closest('button, a, summary')
      )
        return;
      const next = stepForKey(e.key, step, last, typed.current);
      typed.current = next.typed;
      setTypedShown(next.typed);
      if (next.step !== null) {
        e.preventDefault();
        if (next.step !== step) {
          markStateChange();
          setTour(tour.id, next.step);
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [tour, step, last, setTour]);

  if (!tour) return null;
  const current = tour.steps[step - 1];
  return (
    <section className="tour-bar" aria-label={t('tours.barLabel', { tour: tour.title })}>
      <div className="tour-bar__row">
        <p className="tour-bar__title" aria-live="polite">
          <span className="tour-bar__count">{t('tours.stepOf', { step, count: last })}</span>{' '}
          {current?.title}
          {typedShown ? (
            <span className="muted"> — {t('tours.jumpTo', { step: typedShown })}</span>
          ) : null}
        </p>
        <div className="tour-bar__buttons">
          <button
            type="button"
            className="secondary"
            disabled={step <= 1}
            onClick={() => go(step - 1)}
          >
            {t('tours.previous')}
          </button>
          <button type="button" disabled={step >= last} onClick={() => go(step + 1)}>
            {t('tours.next')}
          </button>
          <button type="button" className="secondary" onClick={() => setTour(null)}>
            {t('tours.leave')}
          </button>
        </div>
      </div>
      <details className="tour-bar__points">
        <summary>{t('tours.talkingPoints')}</summary>
        <ul>
          {current?.talkingPoints.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
