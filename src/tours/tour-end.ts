/**
 * Whether a running tour shows its end slide ("End of tour — N steps") after the last step.
 *
 * Why not a step N+1 in the store: the store's step is the URL's `step`, and every reader of it
 * (the view a step sets, its models and evidence, the address a lecturer shares, the parser that
 * keeps a link's step within the tour) would have to learn that one step is not a step. The end
 * slide is a moment of the talk, not a place to link to; so it is a flag beside the store, per
 * app, that holds only while the tour stays on its last step: any change of tour or step clears
 * it, whoever makes it (a key, a button, a link, the presenter window). The presenter window
 * hears of it with the position (tour-sync.ts), so it shows "end of tour" too.
 */
import { useSyncExternalStore } from 'react';
import type { AppStore } from '../state/store';

interface EndFlag {
  ended: boolean;
  listeners: Set<() => void>;
}

const flags = new WeakMap<AppStore, EndFlag>();

function flagOf(store: AppStore): EndFlag {
  const known = flags.get(store);
  if (known) return known;
  const flag: EndFlag = { ended: false, listeners: new Set() };
  flags.set(store, flag);
  store.subscribe((s, prev) => {
    if (flag.ended && (s.tour !== prev.tour || s.step !== prev.step)) setFlag(flag, false);
  });
  return flag;
}

function setFlag(flag: EndFlag, ended: boolean): void {
  if (flag.ended === ended) return;
  flag.ended = ended;
  for (const listener of [...flag.listeners]) listener();
}

/** Whether this app's tour shows its end slide now. */
export function isTourEnded(store: AppStore): boolean {
  return flagOf(store).ended;
}

/** Shows (true) or leaves (false) the end slide; only a running tour has one. */
export function setTourEnded(store: AppStore, ended: boolean): void {
  setFlag(flagOf(store), ended && store.getState().tour !== null);
}

/** Calls `listener` on every change of the flag; returns how to stop. */
export function onTourEndedChange(store: AppStore, listener: () => void): () => void {
  const flag = flagOf(store);
  flag.listeners.add(listener);
  return () => {
    flag.listeners.delete(listener);
  };
}

/** The flag, for a component. */
export function useTourEnded(store: AppStore): boolean {
  return useSyncExternalStore(
    (listener) => onTourEndedChange(store, listener),
    () => isTourEnded(store),
  );
}
