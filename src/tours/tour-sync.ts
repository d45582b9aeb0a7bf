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

const positionOf = (s: { tour: string | null; step: number }): TourPosition => ({
  tour: s.tour,
  step: s.step,
});

/** Follows one presentation's channel; returns how to stop. */
function follow(store: AppStore, presentation: string): () => void {
  const channel = openTourChannel(presentation);
  if (!channel) return () => undefined;
  const announce = () => channel.postMessage({ type: 'position', ...positionOf(store.getState()) });
  channel.onmessage = (e: MessageEvent) => {
    if (!isTourMessage(e.data)) return;
    if (e.data.type === 'hello') {
      announce();
      return;
    }
    const here = positionOf(store.getState());
    if (samePosition(here, e.data)) return;
    const known = store.getState().corpus;
    // A tour this corpus does not have (the presenter still on another corpus) is ignored.
    if (
      e.data.tour !== null &&
      (known.status !== 'ready' || !known.bundle.tours.some((t) => t.id === e.data.tour))
    )
      return;
    markStateChange();
    store.getState().setTour(e.data.tour, e.data.step);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (!samePosition(positionOf(s), positionOf(prev))) announce();
  });
  return () => {
    unsubscribe();
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
