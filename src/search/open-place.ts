/**
 * Opens a search result's exact place: navigates through the store's actions, then, once the
 * element the result names exists (a view's code may still be loading), scrolls it into view and
 * moves keyboard focus to it. Waits frame by frame, with a limit; never a fixed sleep.
 */
import type { EvidenceTarget, ViewId } from '../corpus/vocabulary';
import type { SearchPlace } from './documents';

export interface PlaceActions {
  openModelPage: (model: string) => void;
  openEvidence: (target: EvidenceTarget) => void;
  openArticle: (paragraph: number | null) => void;
  setView: (view: ViewId) => void;
}

/** How long to wait for the most exact element before settling for a less exact one. */
const WAIT_MS = 5000;

/** An id as a selector (corpus ids are letters, digits and hyphens; anything else is escaped). */
const byId = (id: string) => `#${id.replace(/[^\w-]/g, (c) => `\\${c}`)}`;
/** The evidence panel (a quote's id is also on the page beneath it). */
const inPanel = (id: string) => `[role="dialog"] ${byId(id)}`;

/**
 * Where to land, as selectors, the most exact first; `main` when nothing more exact exists. A
 * quote in the evidence panel is looked for inside the panel, as the page beneath may show it too.
 */
export function targetsOf(place: SearchPlace): string[] {
  switch (place.kind) {
    case 'model':
    case 'view':
      return [...place.targets.map(byId), '#main'];
    case 'evidence':
      return [
        ...(place.quote ? [inPanel(`evidence-${place.quote}`)] : []),
        inPanel('evidence-title'),
        '#main',
      ];
    case 'article':
      return [byId(`article-p${place.paragraph}`), '#main'];
  }
}

/** Navigates to the place (the evidence panel opens over its model's page). */
export function navigateTo(place: SearchPlace, actions: PlaceActions): void {
  switch (place.kind) {
    case 'model':
      actions.openModelPage(place.model);
      return;
    case 'evidence':
      actions.openModelPage(place.model);
      actions.openEvidence({ model: place.model, key: place.key });
      return;
    case 'view':
      actions.setView(place.view);
      return;
    case 'article':
      actions.openArticle(place.paragraph);
  }
}

/** How long a landed element is kept in view while the page it is on finishes drawing. */
const KEEP_MS = 2000;
/** Frames its place must hold still before the page counts as drawn. */
const STILL_FRAMES = 20;

/**
 * Keeps a landed element in view while the page settles: parts drawn after it (a chart, a font
 * for another script) can push it off the screen. Stops once it holds still, when focus leaves
 * it, or at the reader's first scroll, key or press.
 */
function keepInView(element: HTMLElement): void {
  const started = performance.now();
  let still = 0;
  let lastTop = NaN;
  let stopped = false;
  const stop = () => {
    stopped = true;
    for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const)
      window.removeEventListener(type, stop, true);
  };
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const)
    window.addEventListener(type, stop, { capture: true, passive: true });
  const look = () => {
    if (stopped) return;
    if (document.activeElement !== element || performance.now() - started > KEEP_MS) return stop();
    const { top, bottom } = element.getBoundingClientRect();
    if (bottom <= 0 || top >= window.innerHeight) element.scrollIntoView?.({ block: 'center' });
    still = top === lastTop ? still + 1 : 0;
    lastTop = top;
    if (still >= STILL_FRAMES) return stop();
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** Focus that a script can give: an element that is not focusable by nature becomes so (-1). */
export function landOn(element: HTMLElement): void {
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.tabIndex = -1;
  // The whole page is what scrolls; `main` itself lands at the top.
  if (element.id === 'main') window.scrollTo?.(0, 0);
  else element.scrollIntoView?.({ block: 'center' });
  element.focus({ preventScroll: true });
  // Marked while focused, also after a click (browsers show no focus ring after a pointer).
  element.classList.add('search-landed');
  element.addEventListener('blur', () => element.classList.remove('search-landed'), {
    once: true,
  });
  if (element.id !== 'main') keepInView(element);
}

/**
 * Calls `land` with the first element of `selectors` to appear, waiting up to `waitMs` for the
 * first (the most exact) before taking the first of the others that exists. Returns a cancel
 * function.
 */
export function whenPresent(
  selectors: readonly string[],
  land: (element: HTMLElement) => void,
  waitMs = WAIT_MS,
): () => void {
  const started = performance.now();
  let frame = 0;
  const look = () => {
    const find = (selector: string) => document.querySelector<HTMLElement>(selector);
    const exact = selectors[0] ? find(selectors[0]) : null;
    const late = performance.now() - started > waitMs;
    const found = exact ?? (late ? (selectors.slice(1).map(find).find(Boolean) ?? null) : null);
    if (found) land(found);
    else if (!late) frame = requestAnimationFrame(look);
  };
  frame = requestAnimationFrame(look);
  return () => cancelAnimationFrame(frame);
}

/** Navigates to the place and lands focus on its element once it is there. */
export function openPlace(place: SearchPlace, actions: PlaceActions): () => void {
  navigateTo(place, actions);
  return whenPresent(targetsOf(place), landOn);
}
