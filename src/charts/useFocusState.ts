import { useCallback, useSyncExternalStore } from 'react';
import type { EmphasisChannel } from '../lib/emphasis-channel';
import { focusState } from './ModelMark';
import type { FocusState } from './ModelMark';

/**
 * How a model's marks are drawn now (plain, focused or dimmed), followed on the channel: the
 * component asking is drawn again only when its own state changes.
 */
export function useFocusState(emphasis: EmphasisChannel, model: string): FocusState {
  const subscribe = useCallback(
    (onChange: () => void) => emphasis.watch(model, onChange),
    [emphasis, model],
  );
  const read = () => focusState(model, emphasis.current());
  return useSyncExternalStore(subscribe, read, read);
}
