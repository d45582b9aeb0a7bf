/**
 * The lecturer's second window: the current step's talking points, the next step as a live
 * thumbnail, every step to jump to, the time of day, the time elapsed against the tour's planned
 * length and whether the talk is on pace. It drives the main window and follows it (see
 * channel.ts), the end slide and a blanked screen included.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Tour } from '../../corpus/schema';
import { DEFAULT_LANG, isLang } from '../../corpus/vocabulary';
import type { Lang } from '../../corpus/vocabulary';
import { useKeyLayer } from '../../lib/keyboard-stack';
import { KeysHelp } from '../KeysHelp';
import { isTourKeyIgnored, keyOf, tourKey } from '../tour-keys';
import type { Shade } from '../tour-keys';
import { isTourMessage, openTourChannel, samePosition } from './channel';
import type { TourPosition } from './channel';
import { formatClock, formatElapsed } from './clock';
import { NextThumbnail } from './NextThumbnail';
import { paceOf } from './pace';

export interface PresenterAppProps {
  tours: readonly Tour[];
  initial: TourPosition;
  /** The presentation this window belongs to (from its address), or null: then it follows no one. */
  presentation: string | null;
  /**
   * Switches the window to `lang` (its strings, `<html lang>`) and resolves with the tours'
   * titles and talking points in it (the corpus's translation).
   */
  changeLanguage: (lang: Lang) => Promise<readonly Tour[]>;
}

/**
 * A position this corpus can show: an unknown tour becomes "no tour", a step is kept in range,
 * and only a tour has an end slide.
 */
export function knownPosition(tours: readonly Tour[], p: TourPosition): TourPosition {
  const tour = tours.find((t) => t.id === p.tour);
  if (!tour) return { tour: null, step: 1 };
  const step = Math.min(Math.max(1, p.step), tour.steps.length);
  return p.end ? { tour: tour.id, step: tour.steps.length, end: true } : { tour: tour.id, step };
}

function useTicker(ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}

/** Keys that only modify another: they do not bring a blanked screen back. */
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn']);

export function PresenterApp({
  tours: initialTours,
  initial,
  presentation,
  changeLanguage,
}: PresenterAppProps) {
  const { t, i18n } = useTranslation();
  // The tours in the presenter's language; a change of the main window's language replaces them.
  const [tours, setTours] = useState(initialTours);
  const [position, setPosition] = useState(() => knownPosition(tours, initial));
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [blank, setBlank] = useState<Shade | null>(null);
  const [help, setHelp] = useState(false);
  const now = useTicker(1000);
  const channel = useRef<BroadcastChannel | null>(null);
  const typed = useRef('');
  const stepList = useRef<HTMLOListElement>(null);
  const lang = isLang(i18n.language) ? i18n.language : DEFAULT_LANG;

  useEffect(() => {
    const c = presentation ? openTourChannel(presentation) : null;
    channel.current = c;
    if (!c) return;
    c.onmessage = (e: MessageEvent) => {
      if (!isTourMessage(e.data) || e.data.type === 'hello') return;
      if (e.data.type === 'blank') {
        setBlank(e.data.shade);
        return;
      }
      if (e.data.type === 'lang') {
        const lang = e.data.lang;
        if (lang === i18n.language) return;
        // The start code switches the strings and fetches the tours in that language.
        void changeLanguage(lang).then(setTours);
        return;
      }
      const next = knownPosition(tours, e.data);
      setPosition((here) => (samePosition(here, next) ? here : next));
    };
    // Whoever is running the tour answers with where it is.
    c.postMessage({ type: 'hello' });
    return () => {
      c.close();
      channel.current = null;
    };
  }, [tours, presentation, i18n, changeLanguage]);

  const go = (next: TourPosition) => {
    const p = knownPosition(tours, next);
    setPosition(p);
    channel.current?.postMessage({ type: 'position', ...p });
  };
  const blankAudience = (shade: Shade | null) => {
    setBlank(shade);
    channel.current?.postMessage({ type: 'blank', shade });
  };

  const tour = tours.find((x) => x.id === position.tour);
  const last = tour?.steps.length ?? 1;
  const ended = !!position.end;

  useEffect(() => {
    document.title = `${t('presenter.title')} — ${t('app.name')}`;
  }, [t]);

  // The presenter window's only layer of the keyboard stack: the clicker keys move the tour, and
  // while the audience's screen is blank any key brings the slide back (and does nothing else).
  useKeyLayer(
    'tour',
    {
      onKey: (e) => {
        if (!tour || isTourKeyIgnored(e)) return false;
        if (blank) {
          if (MODIFIERS.has(e.key)) return true;
          e.preventDefault();
          blankAudience(null);
          return true;
        }
        const next = tourKey(keyOf(e), { step: position.step, last, ended }, typed.current);
        typed.current = next.typed;
        const action = next.action;
        // S (the presenter view) is this window itself.
        if (!action || action.type === 'presenter') return false;
        e.preventDefault();
        if (action.type === 'go') go({ tour: tour.id, step: action.step, end: action.ended });
        else if (action.type === 'blank') blankAudience(action.shade);
        else if (action.type === 'help') setHelp(true);
        // G: the list of steps is always here; the key takes the lecturer to it.
        else stepList.current?.querySelector<HTMLElement>('[aria-current="step"], button')?.focus();
        return true;
      },
    },
    !!tour,
  );

  const elapsed = now - startedAt;
  const pace =
    tour?.minutes !== undefined
      ? paceOf(elapsed, tour.minutes, { step: position.step, last, ended })
      : null;
  const timing = (
    <dl className="presenter__times">
      <div>
        <dt>{t('presenter.clock')}</dt>
        <dd>{formatClock(new Date(now), i18n.language)}</dd>
      </div>
      <div>
        <dt>{t('presenter.elapsed')}</dt>
        <dd>
          <span className="presenter__elapsed">{formatElapsed(elapsed)}</span>
          {tour?.minutes !== undefined ? (
            <span className="presenter__planned">
              {' '}
              {t('presenter.ofPlanned', { minutes: tour.minutes })}
            </span>
          ) : null}{' '}
          <button type="button" className="secondary" onClick={() => setStartedAt(Date.now())}>
            {t('presenter.resetTimer')}
          </button>
        </dd>
      </div>
      {pace ? (
        <div>
          <dt>{t('presenter.pace')}</dt>
          <dd className={`presenter__pace presenter__pace--${pace.kind}`}>
            {pace.kind === 'onPace'
              ? t('presenter.onPace')
              : t(`presenter.${pace.kind}`, { count: pace.steps })}
          </dd>
        </div>
      ) : null}
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

  const current = ended ? undefined : tour.steps[position.step - 1];
  const following = ended ? undefined : tour.steps[position.step];
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
      {blank ? (
        <p className="presenter__blank" role="status">
          {t(blank === 'black' ? 'presenter.blackShown' : 'presenter.whiteShown')}{' '}
          <button type="button" onClick={() => blankAudience(null)}>
            {t('presenter.showSlide')}
          </button>
        </p>
      ) : null}
      <div className="presenter__grid">
        <section className="presenter__current" aria-labelledby="presenter-current">
          <h2 id="presenter-current" aria-live="polite">
            {ended ? (
              t('lecturer.endTitle', { count: last })
            ) : (
              <>
                <span className="presenter__count">
                  {t('tours.stepOf', { step: position.step, count: last })}
                </span>{' '}
                {current?.title}
              </>
            )}
          </h2>
          {ended ? (
            <p>{t('presenter.endShown')}</p>
          ) : (
            <>
              <h3>{t('tours.talkingPoints')}</h3>
              <ul className="presenter__points">
                {current?.talkingPoints.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </>
          )}
        </section>
        <aside className="presenter__side" aria-labelledby="presenter-next">
          <h2 id="presenter-next">{t('presenter.next')}</h2>
          <p className="presenter__next">
            {following
              ? following.title
              : ended
                ? t('presenter.nothingNext')
                : t('presenter.lastStep')}
          </p>
          {following ? (
            <NextThumbnail
              tour={tour.id}
              step={position.step + 1}
              lang={lang}
              title={t('presenter.thumbTitle', { title: following.title })}
            />
          ) : (
            <div className="presenter__thumb presenter__thumb--end">
              <p>{ended ? '—' : t('presenter.endOfTour')}</p>
            </div>
          )}
          {timing}
        </aside>
      </div>
      <div className="presenter__buttons">
        <button
          type="button"
          className="secondary"
          disabled={position.step <= 1 && !ended}
          onClick={() => go({ tour: tour.id, step: ended ? last : Math.max(1, position.step - 1) })}
        >
          {t('presenter.previous')}
        </button>
        <button
          type="button"
          disabled={ended}
          onClick={() =>
            go(
              position.step >= last
                ? { tour: tour.id, step: last, end: true }
                : { tour: tour.id, step: position.step + 1 },
            )
          }
        >
          {t('presenter.nextButton')}
        </button>
        <button type="button" className="secondary" onClick={() => go({ tour: null, step: 1 })}>
          {t('presenter.endTour')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => setHelp(true)}
          aria-keyshortcuts="?"
        >
          {t('lecturer.keys')}
        </button>
      </div>
      <nav className="presenter__steps" aria-labelledby="presenter-steps">
        <h2 id="presenter-steps">{t('presenter.steps')}</h2>
        <ol ref={stepList}>
          {tour.steps.map((s, i) => (
            <li key={i}>
              <button
                type="button"
                className="secondary"
                aria-current={!ended && i + 1 === position.step ? 'step' : undefined}
                onClick={() => go({ tour: tour.id, step: i + 1 })}
              >
                <span className="presenter__step-number">{i + 1}</span> {s.title}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {help ? <KeysHelp presenter onClose={() => setHelp(false)} /> : null}
    </main>
  );
}
