/**
 * Saved region profiles, kept in this browser one key per profile
 * (`cluster-atlas:profile:<id>`), so that:
 * - a save, rename or delete writes that one profile, never the whole list;
 * - two tabs saving at once never erase each other's profiles, and each sees the other's
 *   (the `storage` event);
 * - a damaged entry is set aside (left where it is, named in a notice) and the good ones kept;
 * - nothing stored is rewritten until the user saves.
 * Profiles kept by earlier versions as one list are read as they are, and moved to their own
 * keys on the user's first save.
 */
import { useSyncExternalStore } from 'react';
import { parseJsonText } from '../corpus/json-text';
import {
  legacyProfileEntryV0Schema,
  legacyProfileEntryV1Schema,
  legacyProfileListV0Schema,
  legacyProfileListV1Schema,
  profileSchema,
  storedProfileSchema,
} from '../corpus/profile-files';
import type { Profile } from '../corpus/profile';
import { browserStorage, reportStorageNotice } from '../state/storage';
import type { GuardedStorage, StorageNotice } from '../state/storage';

export const PROFILE_KEY_PREFIX = 'cluster-atlas:profile:';
/** Where earlier versions kept the whole list under one key. */
export const LEGACY_PROFILES_KEY = 'cluster-atlas:profiles';

const ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

export interface SavedProfile {
  id: string;
  profile: Profile;
  savedAt: string;
}

export interface ProfileShelf {
  /** The readable profiles, oldest first. */
  saved: readonly SavedProfile[];
  /** Names (or ids) of the stored entries that could not be read; they stay stored, untouched. */
  setAside: readonly string[];
  /** Whether a save is kept beyond this visit. */
  kept: boolean;
}

/** The list an earlier version kept under one key, read entry by entry. */
interface LegacyList {
  version: 0 | 1;
  good: SavedProfile[];
  /** The entries that could not be read, as stored: they are kept when the list is moved. */
  bad: unknown[];
}

const nameOf = (value: unknown, fallback: string): string => {
  const v = value as { profile?: { name?: unknown }; name?: unknown } | null;
  const name = typeof v === 'object' && v !== null ? (v.profile?.name ?? v.name) : undefined;
  return typeof name === 'string' && name.trim() ? name.trim().slice(0, 80) : fallback;
};

const parseStored = (raw: string): { ok: true; value: unknown } | { ok: false } => {
  const parsed = parseJsonText(raw);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false };
};

/** One stored profile; a problem names the entry (its profile's name where readable). */
export function readStoredProfile(
  id: string,
  raw: string,
): { ok: true; saved: SavedProfile } | { ok: false; name: string } {
  const parsed = parseStored(raw);
  if (!parsed.ok || !ID_PATTERN.test(id)) return { ok: false, name: id.slice(0, 80) };
  const entry = storedProfileSchema.safeParse(parsed.value);
  return entry.success
    ? { ok: true, saved: { id, ...entry.data } }
    : { ok: false, name: nameOf(parsed.value, id) };
}

function fromV0(entry: unknown, index: number): SavedProfile | null {
  const old = legacyProfileEntryV0Schema.safeParse(entry);
  if (!old.success) return null;
  const p = old.data;
  const profile = profileSchema.safeParse({
    name: p.name,
    values: {
      stateRole: p.stateRole,
      governanceLevel: {
        national: p.governance.national,
        regional: p.governance.regional,
        local: p.governance.local,
      },
      sectorFocus: {
        traditional: p.sectors.traditional,
        industrial: p.sectors.industrial,
        'high-tech': p.sectors['high-tech'] ?? p.sectors.highTech,
        mixed: p.sectors.mixed,
      },
      firmHierarchy: p.hierarchy,
      universityIndustry: p.universityIndustry,
    },
  });
  return profile.success
    ? { id: `migrated-${index + 1}`, profile: profile.data, savedAt: new Date(0).toISOString() }
    : null;
}

function fromV1(entry: unknown): SavedProfile | null {
  const saved = legacyProfileEntryV1Schema.safeParse(entry);
  return saved.success && ID_PATTERN.test(saved.data.id) ? saved.data : null;
}

/** The earlier one-key list, entry by entry; `unreadable` when the list itself is damaged. */
export function readLegacyList(raw: string): LegacyList | { unreadable: true } {
  const parsed = parseStored(raw);
  if (!parsed.ok) return { unreadable: true };
  const v1 = legacyProfileListV1Schema.safeParse(parsed.value);
  const v0 = legacyProfileListV0Schema.safeParse(parsed.value);
  const entries = v1.success
    ? v1.data.state.savedProfiles
    : v0.success
      ? v0.data.state.profiles
      : null;
  if (!entries) return { unreadable: true };
  const list: LegacyList = { version: v1.success ? 1 : 0, good: [], bad: [] };
  entries.forEach((entry, i) => {
    const saved = v1.success ? fromV1(entry) : fromV0(entry, i);
    if (saved) list.good.push(saved);
    else list.bad.push(entry);
  });
  return list;
}

const byAge = (a: SavedProfile, b: SavedProfile) =>
  a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : a.id < b.id ? -1 : 1;

let idCounter = 0;
const newId = () =>
  `profile-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${++idCounter}`;

export interface SavedProfiles {
  subscribe(listener: () => void): () => void;
  getSnapshot(): ProfileShelf;
  save(profile: Profile): SavedProfile;
  rename(id: string, name: string): void;
  remove(id: string): void;
  addAll(profiles: readonly Profile[]): void;
}

/**
 * The saved profiles of one storage. They are read when the first reader subscribes (and again
 * after the last one leaves and a new one comes), then kept in step with other tabs.
 */
export function createSavedProfiles(
  storage: GuardedStorage,
  onNotice: (notice: StorageNotice) => void = reportStorageNotice,
  now: () => Date = () => new Date(),
): SavedProfiles {
  const own = new Map<string, SavedProfile>();
  const badKeys = new Map<string, string>();
  let legacy: LegacyList | null = null;
  let legacyUnreadable = false;
  let snapshot: ProfileShelf | null = null;
  const listeners = new Set<() => void>();
  let stopWatching: (() => void) | null = null;

  const rebuild = () => {
    const saved = new Map<string, SavedProfile>();
    for (const p of legacy?.good ?? []) saved.set(p.id, p);
    // A profile that has its own key is newer than the same profile in the old list.
    for (const [id, p] of own) saved.set(id, p);
    const setAside = [...badKeys.values()];
    if (legacyUnreadable) setAside.push(LEGACY_PROFILES_KEY);
    for (const entry of legacy?.bad ?? []) setAside.push(nameOf(entry, LEGACY_PROFILES_KEY));
    snapshot = { saved: [...saved.values()].sort(byAge), setAside, kept: storage.available };
  };
  const announce = () => {
    if (snapshot && snapshot.setAside.length > 0) {
      const names = [...snapshot.setAside];
      // Never during a render: the notice is another component's state.
      queueMicrotask(() => onNotice({ kind: 'setAside', area: 'profiles', names }));
    }
  };
  const emit = () => listeners.forEach((l) => l());

  const readKey = (key: string) => {
    const id = key.slice(PROFILE_KEY_PREFIX.length);
    const raw = storage.read(key);
    own.delete(id);
    badKeys.delete(key);
    if (raw === null) return;
    const entry = readStoredProfile(id, raw);
    if (entry.ok) own.set(id, entry.saved);
    else badKeys.set(key, entry.name);
  };
  const readLegacy = () => {
    const raw = storage.read(LEGACY_PROFILES_KEY);
    const list = raw === null ? null : readLegacyList(raw);
    legacyUnreadable = list !== null && 'unreadable' in list;
    legacy = list && !('unreadable' in list) ? list : null;
  };
  const readAll = () => {
    own.clear();
    badKeys.clear();
    for (const key of storage.keys(PROFILE_KEY_PREFIX)) readKey(key);
    readLegacy();
    rebuild();
    announce();
  };

  const onStorageEvent = (key: string | null) => {
    if (key === null) readAll();
    else if (key.startsWith(PROFILE_KEY_PREFIX)) {
      readKey(key);
      rebuild();
      announce();
    } else if (key === LEGACY_PROFILES_KEY) {
      readLegacy();
      rebuild();
    } else return;
    emit();
  };

  /** On the user's first save, the old list's profiles move to keys of their own. */
  const moveLegacy = () => {
    if (!legacy || legacy.good.length === 0) return;
    for (const p of legacy.good) {
      const key = PROFILE_KEY_PREFIX + p.id;
      if (storage.read(key) === null && !own.has(p.id)) {
        storage.write(key, JSON.stringify({ profile: p.profile, savedAt: p.savedAt }));
        own.set(p.id, p);
      }
    }
    // What could not be read stays stored as it was, for the user to recover.
    if (legacy.bad.length === 0) storage.remove(LEGACY_PROFILES_KEY);
    else {
      const state = legacy.version === 1 ? { savedProfiles: legacy.bad } : { profiles: legacy.bad };
      storage.write(LEGACY_PROFILES_KEY, JSON.stringify({ state, version: legacy.version }));
    }
    legacy = { ...legacy, good: [] };
  };

  const put = (saved: SavedProfile) => {
    storage.write(
      PROFILE_KEY_PREFIX + saved.id,
      JSON.stringify({ profile: saved.profile, savedAt: saved.savedAt }),
    );
    own.set(saved.id, saved);
  };
  const change = (action: () => void) => {
    if (!snapshot) readAll();
    moveLegacy();
    action();
    rebuild();
    emit();
  };

  return {
    subscribe(listener) {
      if (listeners.size === 0) {
        // The first render has usually read them already (getSnapshot); a later mount reads anew.
        if (!snapshot) readAll();
        stopWatching = storage.watch(onStorageEvent);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        stopWatching?.();
        stopWatching = null;
        snapshot = null;
      };
    },
    getSnapshot() {
      if (!snapshot) readAll();
      return snapshot as ProfileShelf;
    },
    save(profile) {
      const saved = { id: newId(), profile, savedAt: now().toISOString() };
      change(() => put(saved));
      return saved;
    },
    rename(id, name) {
      change(() => {
        // Read again: another tab may have changed or deleted it since.
        readKey(PROFILE_KEY_PREFIX + id);
        const current = own.get(id);
        if (current) put({ ...current, profile: { ...current.profile, name } });
      });
    },
    remove(id) {
      change(() => {
        storage.remove(PROFILE_KEY_PREFIX + id);
        own.delete(id);
      });
    },
    addAll(profiles) {
      change(() => {
        const at = now().toISOString();
        for (const profile of profiles) put({ id: newId(), profile, savedAt: at });
      });
    },
  };
}

let shared: SavedProfiles | null = null;

/** The saved profiles of this browser (opened on first use). */
export function browserSavedProfiles(): SavedProfiles {
  shared ??= createSavedProfiles(browserStorage());
  return shared;
}

/** The saved profiles, kept current across tabs, and the actions that change them. */
export function useSavedProfiles(profiles: SavedProfiles = browserSavedProfiles()) {
  const shelf = useSyncExternalStore(profiles.subscribe, profiles.getSnapshot);
  return { shelf, actions: profiles };
}
