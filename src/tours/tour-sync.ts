/**
 * Links this window's tour to the presenter view it opened, and to nothing else: every local
 * change of position is announced on that presentation's channel, and a position announced there
 * is shown here. Until the tab opens a presenter (linkPresenter), it listens to nothing, so a key
 * press in one tab never moves another.
 */
import type { AppStore } from '../state/store';
import {
  isTourMessage,
  newPresentationId,
  openTourChannel,
  samePosition,
} from './presenter/channel';
import type { TourPosition } from './presenter/channel';
import { markStateChange } from '../lib/perf';
import { toursOf } from '../state/store';
import { blankScreen, onBlankScreenChange, setBlankScreen } from './blank-screen';
import { isTourEnded, onTourEndedChange, setTourEnded } from './tour-end';

/** Where this app's tour is, with its end slide (tour-end.ts). */
const positionOf = (store: AppStore): TourPosition => {
  const { tour, step } = store.getState();
  return isTourEnded(store) ? { tour, step, end: true } : { tour, step };
};

/** Follows one presentation's channel; returns how to stop. */
function follow(store: AppStore, presentation: string): () => void {
  const channel = openTourChannel(presentation);
  if (!channel) return () => undefined;
  let announced = positionOf(store);
  const announce = () => {
    announced = positionOf(store);
    channel.postMessage({ type: 'position', ...announced });
  };
  const announceBlank = () => channel.postMessage({ type: 'blank', shade: blankScreen() });
  let announcedLang = store.getState().lang;
  const announceLang = () => {
    announcedLang = store.getState().lang;
    channel.postMessage({ type: 'lang', lang: announcedLang });
  };
  /** True while this window applies what the presenter asked: it answers once, afterwards. */
  let applying = false;
  channel.onmessage = (e: MessageEvent) => {
    if (!isTourMessage(e.data)) return;
    if (e.data.type === 'hello') {
      announce();
      announceLang();
      if (blankScreen()) announceBlank();
      return;
    }
    if (e.data.type === 'lang') return;
    if (e.data.type === 'blank') {
      setBlankScreen(e.data.shade);
      return;
    }
    const wanted = e.data;
    const here = positionOf(store);
    if (samePosition(here, wanted)) return;
    // A tour this app does not have (the presenter still on another corpus) is ignored.
    if (wanted.tour !== null && !toursOf(store.getState()).some((t) => t.id === wanted.tour))
      return;
    markStateChange();
    // Step, then end slide (a change of step clears it), and one answer for both.
    applying = true;
    try {
      if (here.tour !== wanted.tour || here.step !== wanted.step)
        store.getState().setTour(wanted.tour, wanted.step);
      setTourEnded(store, !!wanted.end);
    } finally {
      applying = false;
    }
    onChange();
  };
  // Every change of position, of the end slide or of the screen's shade, whoever made it.
  const onChange = () => {
    if (!applying && !samePosition(positionOf(store), announced)) announce();
    if (store.getState().lang !== announcedLang) announceLang();
  };
  const stops = [
    store.subscribe(onChange),
    onTourEndedChange(store, onChange),
    onBlankScreenChange(announceBlank),
  ];
  return () => {
    for (const stop of stops) stop();
    channel.close();
  };
}

/** The presentation of each app (one per window): none until it opens a presenter view. */
const links = new WeakMap<AppStore, { id: string; stop: () => void }>();

/**
 * The presentation id to put in the address of this app's presenter view. The first call makes
 * the id and starts following its channel (before the presenter opens, so its hello is heard);
 * later calls — the presenter opened again — reuse it.
 */
export function linkPresenter(store: AppStore): string {
  const known = links.get(store);
  if (known) return known.id;
  const id = newPresentationId();
  links.set(store, { id, stop: follow(store, id) });
  return id;
}

/**
 * The lifetime of the tour link in this window's app (App starts it once mounted): it listens to
 * nothing by itself; the returned function ends the presentation the app linked, if any.
 */
export function startTourSync(store: AppStore): () => void {
  return () => {
    links.get(store)?.stop();
    links.delete(store);
  };
}
