import { emphasisSource } from '../../lib/emphasis-channel';
import type { EmphasisChannel, EmphasisSource } from '../../lib/emphasis-channel';
import { selectEmphasis, useAppStoreApi } from '../../state/selectors';
import type { AppStore } from '../../state/store';

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
    const source = emphasisSource(selectEmphasis(store.getState()));
    store.subscribe((s) => source.set(selectEmphasis(s)));
    channels.set(store, source);
    channel = source;
  }
  return channel;
}
