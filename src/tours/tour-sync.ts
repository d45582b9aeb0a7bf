/**
 * Keeps this window's tour position in step with a presenter view (or any other window of the
 * app): every local change is announced, and a position announced elsewhere is shown here.
 */
import type { AppStore } from '../state/store';
import { isTourMessage, openTourChannel, samePosition } from './presenter/channel';
import type { TourPosition } from './presenter/channel';
import { markStateChange } from '../lib/perf';

const positionOf = (s: { tour: string | null; step: number }): TourPosition => ({
  tour: s.tour,
  step: s.step,
});

/** Starts announcing and following tour positions; returns how to stop. */
export function startTourSync(store: AppStore): () => void {
  const channel = openTourChannel();
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
    // A tour this corpus does not have (another tab with another corpus) is ignored.
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
