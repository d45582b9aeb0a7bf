import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Tour } from '../corpus/schema';
import { useAppStore, useAppStoreApi, useBundle, useLang } from '../state/selectors';
import { absoluteUrl, hrefFor } from '../state/url';
import type { AppState } from '../state/store';
import { markStateChange } from '../lib/perf';
import { useKeyLayer } from '../lib/keyboard-stack';
import { isTourKeyIgnored, stepForKey } from './tour-keys';
import { linkPresenter } from './tour-sync';

const selectTour = (s: AppState) => ({ tour: s.tour, step: s.step, setTour: s.setTour });

/** The step indicator and controls of a running tour; drives the keyboard and clicker keys. */
export function TourBar() {
  const { t } = useTranslation();
  const { tours } = useBundle();
  const { tour: tourId, step, setTour } = useAppStore(useShallow(selectTour));
  const tour: Tour | undefined = tours.find((x) => x.id === tourId);
  const typed = useRef('');
  const [typedShown, setTypedShown] = useState('');
  const last = tour?.steps.length ?? 1;
  const lang = useLang();
  const [blockedUrl, setBlockedUrl] = useState<string | null>(null);
  const store = useAppStoreApi();

  const openPresenter = () => {
    if (!tour) return;
    // This tab's own presentation: only the window opened with its id follows and drives it.
    const presentation = linkPresenter(store);
    const url = absoluteUrl(hrefFor({ presenter: true, presentation, lang, tour: tour.id, step }));
    // A named window: pressing the key again brings the same presenter view back, not a second one.
    const opened = window.open(url, 'cluster-atlas-presenter', 'popup,width=960,height=720');
    setBlockedUrl(opened ? null : url);
  };
  const go = (next: number) => {
    if (!tour) return;
    markStateChange();
    setTour(tour.id, next);
  };

  // The tour's layer of the keyboard stack: Esc leaves the tour unless a dialog or the evidence
  // panel is above it (they take Esc first); the clicker keys pass through them to move the tour.
  useKeyLayer(
    'tour',
    {
      onEscape: (e) => {
        if (!isTourKeyIgnored(e)) setTour(null);
      },
      onKey: (e) => {
        if (!tour || isTourKeyIgnored(e)) return false;
        if (e.key === 's' || e.key === 'S') {
          openPresenter();
          return true;
        }
        const next = stepForKey(e.key, step, last, typed.current);
        typed.current = next.typed;
        setTypedShown(next.typed);
        if (next.step === null) return false;
        e.preventDefault();
        if (next.step !== step) {
          markStateChange();
          setTour(tour.id, next.step);
        }
        return true;
      },
    },
    !!tour,
  );

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
          <button
            type="button"
            className="secondary tour-bar__secondary"
            onClick={openPresenter}
            title={t('presenter.openHint')}
            aria-keyshortcuts="S"
          >
            {t('presenter.open')}
          </button>
          <button
            type="button"
            className="secondary tour-bar__secondary"
            onClick={() => setTour(null)}
          >
            {t('tours.leave')}
          </button>
        </div>
      </div>
      {blockedUrl ? (
        <p role="alert" className="tour-bar__blocked">
          {t('presenter.blocked')}{' '}
          <a href={blockedUrl} target="_blank" rel="noopener">
            {t('presenter.open')}
          </a>
        </p>
      ) : null}
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
