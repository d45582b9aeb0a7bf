import { emphasisSource } from '../../lib/emphasis-channel';
import type { EmphasisChannel, EmphasisSource } from '../../lib/emphasis-channel';
import { useAppStoreApi } from '../../state/selectors';
import type { AppState, AppStore } from '../../state/store';

const emphasisOf = (s: AppState) => s.highlight ?? s.focus;

/**
 * One channel per store, following it for the store's life: made by the first chart that asks,
 * and never let go, as the store is not (a page holds one, or one per step of a printed tour).
 */
const channels = new WeakMap<AppStore, EmphasisSource>();

/**
 * The model the linked views emphasise (hovered or focused now, else the durable focus), as a
 * channel its marks can each watch: for charts whose marks are many, so a hover wakes two.
 */
export function useEmphasisChannel(): EmphasisChannel {
  const store = useAppStoreApi();
  let channel = channels.get(store);
  if (!channel) {
    const source = emphasisSource(emphasisOf(store.getState()));
    store.subscribe((s) => source.set(emphasisOf(s)));
    channels.set(store, source);
    channel = source;
  }
  return channel;
}
