/**
 * The one door to the browser's storage (localStorage). Every read and write of the app goes
 * through here, and none of them throws: even *reading* `window.localStorage` throws where site
 * data is blocked, or in an embed on another site with third-party cookies blocked (Chromium's
 * default), and a throw before the first render left the page on its loading line for good.
 *
 * Where storage is unavailable or a write is refused, values are kept in memory for the visit,
 * so every feature still works; a notice says, once, that nothing will be kept.
 */

export interface GuardedStorage {
  /** False where the browser refuses storage altogether: values then last for this visit. */
  readonly available: boolean;
  read(key: string): string | null;
  /** True when the browser kept the value; false when it lasts for this visit only. */
  write(key: string, value: string): boolean;
  remove(key: string): void;
  /** Every stored key that starts with `prefix`. */
  keys(prefix: string): string[];
  /** Calls back when another tab changes a key (the `storage` event); null when it cleared all. */
  watch(listener: (key: string | null) => void): () => void;
}

/** What went wrong with stored data; shown in the notices, each at most once per visit. */
export type StorageNotice =
  | { kind: 'unavailable' }
  | { kind: 'unwritable' }
  | { kind: 'setAside'; area: StoredArea; names: string[] };

/** The kinds of stored data, for naming what was set aside. */
export type StoredArea = 'profiles' | 'draft' | 'theme' | 'tours';

type Backend = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/**
 * Wraps the storage `open` returns (it may throw, as `window.localStorage` does when blocked).
 * `onNotice` hears of refusals; `events` is where `storage` events come from (none in tests).
 */
export function createGuardedStorage(
  open: () => Backend,
  onNotice: (notice: StorageNotice) => void,
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>,
): GuardedStorage {
  let backend: Backend | null = null;
  try {
    backend = open();
    // Some browsers hand out the object but refuse its first use.
    backend.getItem('cluster-atlas:probe');
  } catch {
    backend = null;
    onNotice({ kind: 'unavailable' });
  }
  // Values the browser would not keep: they still serve this visit.
  const memory = new Map<string, string>();
  const forgotten = new Set<string>();

  const backendKeys = (): string[] => {
    if (!backend) return [];
    try {
      const keys: string[] = [];
      for (let i = 0; i < backend.length; i++) {
        const key = backend.key(i);
        if (key !== null) keys.push(key);
      }
      return keys;
    } catch {
      return [];
    }
  };

  return {
    available: backend !== null,
    read(key) {
      if (memory.has(key)) return memory.get(key) ?? null;
      if (forgotten.has(key) || !backend) return null;
      try {
        return backend.getItem(key);
      } catch {
        return null;
      }
    },
    write(key, value) {
      forgotten.delete(key);
      if (backend) {
        try {
          backend.setItem(key, value);
          memory.delete(key);
          return true;
        } catch {
          onNotice({ kind: 'unwritable' });
        }
      }
      memory.set(key, value);
      return false;
    },
    remove(key) {
      memory.delete(key);
      try {
        backend?.removeItem(key);
      } catch {
        // Removal refused: hide the value from this visit at least.
        forgotten.add(key);
      }
    },
    keys(prefix) {
      const all = new Set([...backendKeys(), ...memory.keys()]);
      return [...all].filter((k) => k.startsWith(prefix) && !forgotten.has(k));
    },
    watch(listener) {
      if (!events || !backend) return () => undefined;
      const onStorage = (e: StorageEvent) => {
        // sessionStorage changes arrive by the same event; only ours matter.
        if (e.storageArea !== null && e.storageArea !== (backend as unknown)) return;
        listener(e.key);
      };
      events.addEventListener('storage', onStorage);
      return () => events.removeEventListener('storage', onStorage);
    },
  };
}

// --- Notices: what the user is told about storage, each once per visit ---

type NoticeListener = () => void;
let notices: readonly StorageNotice[] = [];
const told = new Set<string>();
const noticeListeners = new Set<NoticeListener>();

/** Tells notices apart: the same notice is given once per visit. */
export const storageNoticeKey = (n: StorageNotice) =>
  n.kind === 'setAside' ? `${n.kind}:${n.area}:${n.names.join('\u0000')}` : n.kind;

/** Adds a notice unless the same one was already given in this visit (even if dismissed). */
export function reportStorageNotice(notice: StorageNotice): void {
  const key = storageNoticeKey(notice);
  if (told.has(key)) return;
  // Storage that is unavailable also refuses writes: one notice says both.
  if (notice.kind === 'unwritable' && told.has('unavailable')) return;
  told.add(key);
  notices = [...notices, notice];
  noticeListeners.forEach((l) => l());
}

export function dismissStorageNotice(notice: StorageNotice): void {
  notices = notices.filter((n) => n !== notice);
  noticeListeners.forEach((l) => l());
}

export function storageNotices(): readonly StorageNotice[] {
  return notices;
}

export function subscribeStorageNotices(listener: NoticeListener): () => void {
  noticeListeners.add(listener);
  return () => noticeListeners.delete(listener);
}

// --- The app's storage: localStorage behind the guard, opened on first use ---

let appStorage: GuardedStorage | null = null;

/** The browser's localStorage behind the guard (opened once, on first use). */
export function browserStorage(): GuardedStorage {
  appStorage ??= createGuardedStorage(
    () => globalThis.localStorage,
    reportStorageNotice,
    typeof window === 'undefined' ? undefined : window,
  );
  return appStorage;
}
