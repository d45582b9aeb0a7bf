/**
 * The lecturer's second window: the current step's talking points, the next step's title, the time
 * of day and the time elapsed. It drives the main window and follows it (see channel.ts).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tour } from '../../corpus/schema';
import { useKeyLayer } from '../../lib/keyboard-stack';
import { isTourKeyIgnored, stepForKey } from '../tour-keys';
import { isTourMessage, openTourChannel, samePosition } from './channel';
import type { TourPosition } from './channel';
import { formatClock, formatElapsed } from './clock';

export interface PresenterAppProps {
  tours: readonly Tour[];
  initial: TourPosition;
  /** The presentation this window belongs to (from its address), or null: then it follows no one. */
  presentation: string | null;
}

/** A position this corpus can show: an unknown tour becomes "no tour", a step is kept in range. */
export function knownPosition(tours: readonly Tour[], p: TourPosition): TourPosition {
  const tour = tours.find((t) => t.id === p.tour);
  if (!tour) return { tour: null, step: 1 };
  return { tour: tour.id, step: Math.min(Math.max(1, p.step), tour.steps.length) };
}

function useTicker(ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}

export function PresenterApp({ tours, initial, presentation }: PresenterAppProps) {
  const { t, i18n } = useTranslation();
  const [position, setPosition] = useState(() => knownPosition(tours, initial));
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const now = useTicker(1000);
  const channel = useRef<BroadcastChannel | null>(null);
  const typed = useRef('');

  useEffect(() => {
    const c = presentation ? openTourChannel(presentation) : null;
    channel.current = c;
    if (!c) return;
    c.onmessage = (e: MessageEvent) => {
      if (!isTourMessage(e.data) || e.data.type !== 'position') return;
      const next = knownPosition(tours, e.data);
      setPosition((here) => (samePosition(here, next) ? here : next));
    };
    // Whoever is running the tour answers with where it is.
    c.postMessage({ type: 'hello' });
    return () => {
      c.close();
      channel.current = null;
    };
  }, [tours, presentation]);

  const go = (next: TourPosition) => {
    const p = knownPosition(tours, next);
    setPosition(p);
    channel.current?.postMessage({ type: 'position', ...p });
  };

  const tour = tours.find((x) => x.id === position.tour);
  const last = tour?.steps.length ?? 1;

  useEffect(() => {
    document.title = `${t('presenter.title')} — ${t('app.name')}`;
  }, [t]);

  // The presenter window's only layer of the keyboard stack: the clicker keys move the tour.
  useKeyLayer(
    'tour',
    {
      onKey: (e) => {
        if (!tour || isTourKeyIgnored(e)) return false;
        const next = stepForKey(e.key, position.step, last, typed.current);
        typed.current = next.typed;
        if (next.step === null) return false;
        e.preventDefault();
        if (next.step !== position.step) go({ tour: tour.id, step: next.step });
        return true;
      },
    },
    !!tour,
  );

  const timing = (
    <dl className="presenter__times">
      <div>
        <dt>{t('presenter.clock')}</dt>
        <dd>{formatClock(new Date(now), i18n.language)}</dd>
      </div>
      <div>
        <dt>{t('presenter.elapsed')}</dt>
        <dd>
          <span className="presenter__elapsed">{formatElapsed(now - startedAt)}</span>{' '}
          <button type="button" className="secondary" onClick={() => setStartedAt(Date.now())}>
            {t('presenter.resetTimer')}
          </button>
        </dd>
      </div>
    </dl>
  );

  if (!tour) {
    return (
      <main className="presenter" id="main">
        <h1>{t('presenter.title')}</h1>
        {timing}
        <p>{t('presenter.noTour')}</p>
        <ul className="presenter__tours">
          {tours.map((x) => (
            <li key={x.id}>
              <button type="button" onClick={() => go({ tour: x.id, step: 1 })}>
                {t('presenter.start', { tour: x.title })}
              </button>
            </li>
          ))}
        </ul>
      </main>
    );
  }

  const current = tour.steps[position.step - 1];
  const following = tour.steps[position.step];
  return (
    <main className="presenter" id="main">
      <h1>{t('presenter.heading', { tour: tour.title })}</h1>
      <p className="muted">
        {!presentation
          ? t('presenter.notLinked')
          : typeof BroadcastChannel === 'function'
            ? t('presenter.synced')
            : t('presenter.noChannel')}
      </p>
      <div className="presenter__grid">
        <section className="presenter__current" aria-labelledby="presenter-current">
          <h2 id="presenter-current" aria-live="polite">
            <span className="presenter__count">
              {t('tours.stepOf', { step: position.step, count: last })}
            </span>{' '}
            {current?.title}
          </h2>
          <h3>{t('tours.talkingPoints')}</h3>
          <ul className="presenter__points">
            {current?.talkingPoints.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
        <aside className="presenter__side" aria-label={t('presenter.next')}>
          {timing}
          <h2>{t('presenter.next')}</h2>
          <p className="presenter__next">{following ? following.title : t('presenter.lastStep')}</p>
        </aside>
      </div>
      <div className="presenter__buttons">
        <button
          type="button"
          className="secondary"
          disabled={position.step <= 1}
          onClick={() => go({ tour: tour.id, step: position.step - 1 })}
        >
          {t('presenter.previous')}
        </button>
        <button
          type="button"
          disabled={position.step >= last}
          onClick={() => go({ tour: tour.id, step: position.step + 1 })}
        >
          {t('presenter.nextButton')}
        </button>
        <button type="button" className="secondary" onClick={() => go({ tour: null, step: 1 })}>
          {t('presenter.endTour')}
        </button>
      </div>
    </main>
  );
}
