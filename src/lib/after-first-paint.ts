/**
 * Runs a start-up step once the page has painted its first content, so that what the step fetches
 * does not share the network with what that paint needs. The baked first page (issue 18) paints
 * from the HTML and the stylesheet alone; fetched beside them, the app's code and the corpus
 * (about 170 KB compressed) took the bandwidth the stylesheet needed, and on Lighthouse's slow
 * mobile network the first paint came about 0.3 s later.
 *
 * The browser is handed in, so every path is unit-tested without one.
 */
export interface PaintClock {
  /** The page is not shown (a background tab): it will not paint now, so waiting gains nothing. */
  hidden: boolean;
  /**
   * Calls back once the first contentful paint has happened (at once if it has already), and
   * returns how to stop watching; null where the browser cannot say (no paint timing).
   */
  watchFirstPaint: ((painted: () => void) => () => void) | null;
  /** A timer, the fallback if the paint is never reported. */
  after: (ms: number, run: () => void) => void;
}

/**
 * How long to wait for the paint report at most. The entry script runs only once the stylesheet
 * is in, so the paint is normally a frame or two away; a page that never reports one (hidden
 * before it painted, a browser that drops the entry) must still start.
 */
export const FIRST_PAINT_WAIT_MS = 500;

/** Calls `run` exactly once: after the first paint, at once where no paint is coming, or on the timer. */
export function afterFirstPaint(run: () => void, clock: PaintClock): void {
  let done = false;
  let stopWatching = () => {};
  const once = () => {
    if (done) return;
    done = true;
    stopWatching();
    run();
  };
  if (clock.hidden || !clock.watchFirstPaint) {
    once();
    return;
  }
  stopWatching = clock.watchFirstPaint(once);
  if (done) stopWatching();
  else clock.after(FIRST_PAINT_WAIT_MS, once);
}

/** The browser's own clock: visibility, the paint-timing observer and setTimeout. */
export function browserPaintClock(): PaintClock {
  const canObserve =
    typeof PerformanceObserver !== 'undefined' &&
    (PerformanceObserver.supportedEntryTypes ?? []).includes('paint');
  return {
    hidden: document.visibilityState === 'hidden',
    watchFirstPaint: canObserve
      ? (painted) => {
          const observer = new PerformanceObserver((list) => {
            if (list.getEntriesByName('first-contentful-paint').length > 0) painted();
          });
          // buffered: a paint that came before this script ran is reported too.
          observer.observe({ type: 'paint', buffered: true });
          return () => observer.disconnect();
        }
      : null,
    after: (ms, run) => void setTimeout(run, ms),
  };
}
