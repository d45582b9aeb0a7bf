import { useSyncExternalStore } from 'react';
import { storageNotices, subscribeStorageNotices } from '../../state/storage';

const anyNotice = () => storageNotices().length > 0;

/** Whether there is something to tell about this browser's storage (what StorageNotices shows). */
export function useHasStorageNotices(): boolean {
  return useSyncExternalStore(subscribeStorageNotices, anyNotice, () => false);
}
