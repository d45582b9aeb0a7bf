import { useRef, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { useShallow } from 'zustand/react/shallow';
import type { Tour } from '../corpus/schema';
import { useAppStore, useAppStoreApi, useLang, usePresent, useTours } from '../state/selectors';
import { absoluteUrl, hrefFor } from '../state/url';
import type { AppState } from '../state/store';
import { markStateChange } from '../lib/perf';
import { useKeyLayer } from '../lib/keyboard-stack';
import { setBlankScreen, setBlankScreenLabels } from './blank-screen';
import { EndSlide } from './EndSlide';
import { KeysHelp } from './KeysHelp';
import { StepGrid } from './StepGrid';
import { setTourEnded, useTourEnded } from './tour-end';
import { isTourKeyIgnored, keyOf, tourKey } from './tour-keys';
import { linkPresenter } from './tour-sync';

const selectTour = (s: AppState) => ({ tour: s.tour, step: s.step, setTour: s.setTour });

/** The step indicator and controls of a running tour; drives the keyboard and clicker keys. */
export function TourBar() {
  const { t } = useTranslation();
  const tours = useTours();
  const { tour: tourId, step, setTour } = useAppStore(useShallow(selectTour));
  const tour: Tour | undefined = tours.find((x) => x.id === tourId);
  const typed = useRef('');
  const [typedShown, setTypedShown] = useState('');
  const last = tour?.steps.length ?? 1;
  const lang = useLang();
  const [blockedUrl, setBlockedUrl] = useState<string | null>(null);
  const store = useAppStoreApi();
  const ended = useTourEnded(store);
  const [overlay, setOverlay] = useState<'grid' | 'help' | null>(null);
  const present = usePresent();
  const bar = useRef<HTMLElement>(null);

  const openPresenter = () => {
    if (!tour) return;
    // This tab's own presentation: only the window opened with its id follows and drives it.
    const presentation = linkPresenter(store);
    const url = absoluteUrl(hrefFor({ presenter: true, presentation, lang, tour: tour.id, step }));
    // A named window: pressing the key again brings the same presenter view back, not a second one.
    const opened = window.open(url, 'cluster-atlas-presenter', 'popup,width=960,height=720');
    setBlockedUrl(opened ? null : url);
  };
  /** Shows a step, or (`toEnd`, from the last step) the end slide after it. */
  const go = (next: number, toEnd = false) => {
    if (!tour) return;
    if (next !== step) {
      markStateChange();
      setTour(tour.id, next);
    }
    // After the step: a change of step clears the end slide (tour-end.ts).
    setTourEnded(store, toEnd);
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
        const next = tourKey(keyOf(e), { step, last, ended }, typed.current);
        typed.current = next.typed;
        setTypedShown(next.typed);
        const action = next.action;
        if (!action) return false;
        e.preventDefault();
        switch (action.type) {
          case 'go':
            // On the projector, a bar button the lecturer clicked keeps focus, and the clicker's
            // key press would make Chromium ring it (a key press makes the focused element
            // :focus-visible): the clicker's step leaves focus on the slide, which shows none.
            if (present && bar.current?.contains(document.activeElement))
              document.getElementById('main')?.focus({ preventScroll: true });
            go(action.step, action.ended);
            break;
          case 'blank':
            setBlankScreenLabels((shade) =>
              t(shade === 'black' ? 'lecturer.blackScreen' : 'lecturer.whiteScreen'),
            );
            setBlankScreen(action.shade);
            break;
          case 'grid':
            setOverlay((o) => (o === 'grid' ? null : 'grid'));
            break;
          case 'help':
            setOverlay('help');
            break;
          case 'presenter':
            openPresenter();
            break;
        }
        return true;
      },
    },
    !!tour,
  );

  if (!tour) return null;
  const current = tour.steps[step - 1];
  const closeOverlay = () => setOverlay(null);
  return (
    <>
      <section
        ref={bar}
        className="tour-bar"
        aria-label={t('tours.barLabel', { tour: tour.title })}
      >
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
            <button
              type="button"
              disabled={ended}
              onClick={() => (step >= last ? go(last, true) : go(step + 1))}
            >
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
            <button
              type="button"
              className="secondary tour-bar__secondary tour-bar__keys"
              onClick={() => setOverlay('help')}
              title={t('lecturer.keysHint')}
              aria-keyshortcuts="?"
            >
              {t('lecturer.keys')}
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
      {/* Beside the bar, not in it: the bar is a stacking context of its own (sticky). */}
      {ended ? (
        <EndSlide
          tour={tour}
          onBack={() => go(last)}
          onRestart={() => go(1)}
          onLeave={() => setTour(null)}
        />
      ) : null}
      {overlay === 'grid' ? (
        <StepGrid
          tour={tour}
          current={step}
          onJump={(n) => {
            closeOverlay();
            go(n);
          }}
          onClose={closeOverlay}
        />
      ) : null}
      {overlay === 'help' ? <KeysHelp onClose={closeOverlay} /> : null}
    </>
  );
}
