import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankProfile } from '../../src/corpus/profile';
import {
  createSavedProfiles,
  LEGACY_PROFILES_KEY,
  PROFILE_KEY_PREFIX,
  readLegacyList,
} from '../../src/profile/saved-profiles';
import { createGuardedStorage } from '../../src/state/storage';
import type { StorageNotice } from '../../src/state/storage';
import { fixturesDir } from '../support/paths';
import { memoryBackend } from '../support/storage';

const v0 = readFileSync(join(fixturesDir, 'profiles', 'storage-v0.json'), 'utf8');

/** Saved profiles over a backend that counts what is written, and the notices given. */
function setUp(initial: Record<string, string> = {}, options: { failWrites?: boolean } = {}) {
  const backend = memoryBackend(initial, options);
  const notices: StorageNotice[] = [];
  const storage = createGuardedStorage(
    () => backend,
    (n) => notices.push(n),
  );
  const profiles = createSavedProfiles(storage, (n) => notices.push(n));
  const names = () => profiles.getSnapshot().saved.map((s) => s.profile.name);
  return { backend, storage, profiles, notices, names };
}

const entry = (name: string, savedAt = '2026-01-01T00:00:00.000Z') =>
  JSON.stringify({ profile: blankProfile(name), savedAt });

describe('saved profiles', () => {
  it('keeps the good entries and names the bad ones, leaving them stored as they were', async () => {
    const stored = {
      [`${PROFILE_KEY_PREFIX}a`]: entry('Good one', '2026-01-01T00:00:00.000Z'),
      [`${PROFILE_KEY_PREFIX}b`]: JSON.stringify({
        profile: { name: 'Off the scale', values: { stateRole: 9 } },
        savedAt: 'x',
      }),
      [`${PROFILE_KEY_PREFIX}c`]: '{"profile": [truncated',
      [`${PROFILE_KEY_PREFIX}d`]: entry('Good two', '2026-02-01T00:00:00.000Z'),
    };
    const { profiles, names, notices, backend } = setUp(stored);
    expect(names()).toEqual(['Good one', 'Good two']);
    expect(profiles.getSnapshot().setAside).toEqual(['Off the scale', 'c']);
    await Promise.resolve();
    expect(notices).toEqual([
      { kind: 'setAside', area: 'profiles', names: ['Off the scale', 'c'] },
    ]);
    expect(backend.writes).toEqual([]);
    // Saving a new profile writes that profile alone: the damaged entries stay as stored.
    profiles.save(blankProfile('Third'));
    expect(backend.writes).toHaveLength(1);
    expect(backend.map.get(`${PROFILE_KEY_PREFIX}c`)).toBe('{"profile": [truncated');
    expect(names()).toEqual(['Good one', 'Good two', 'Third']);
  });

  it('writes only what changed: one key for a save, rename or delete, whatever the list size', () => {
    const stored: Record<string, string> = {};
    for (let i = 0; i < 500; i++) stored[`${PROFILE_KEY_PREFIX}p${i}`] = entry(`P${i}`);
    const { profiles, backend } = setUp(stored);
    const saved = profiles.save(blankProfile('New'));
    profiles.rename(saved.id, 'Renamed');
    profiles.remove('p7');
    expect(backend.writes.map((w) => w.key)).toEqual([
      PROFILE_KEY_PREFIX + saved.id,
      PROFILE_KEY_PREFIX + saved.id,
    ]);
    expect(backend.removals).toEqual([`${PROFILE_KEY_PREFIX}p7`]);
    const written = backend.writes.reduce((sum, w) => sum + w.value.length, 0);
    expect(written).toBeLessThan(1000);
    expect(profiles.getSnapshot().saved).toHaveLength(500);
  });

  it('never erases what another tab saved, and sees it when told by the storage event', () => {
    const backend = memoryBackend();
    const events = fakeStorageEvents();
    let tick = 0;
    const clock = () => new Date(Date.UTC(2026, 0, 1, 0, 0, ++tick));
    const tab = () =>
      createSavedProfiles(
        createGuardedStorage(
          () => backend,
          () => {},
          events,
        ),
        () => {},
        clock,
      );
    const tabA = tab();
    const tabB = tab();
    let seenByB = 0;
    const stopB = tabB.subscribe(() => seenByB++);
    tabA.subscribe(() => {});
    const a = tabA.save(blankProfile('From A'));
    events.fire(PROFILE_KEY_PREFIX + a.id);
    tabB.save(blankProfile('From B'));
    expect(tabB.getSnapshot().saved.map((s) => s.profile.name)).toEqual(['From A', 'From B']);
    expect(seenByB).toBeGreaterThan(0);
    // A fresh read (a reload in either tab) holds both.
    const reloaded = createSavedProfiles(
      createGuardedStorage(
        () => backend,
        () => {},
      ),
    );
    expect(reloaded.getSnapshot().saved.map((s) => s.profile.name)).toEqual(['From A', 'From B']);
    stopB();
  });

  it('reads the version-0 list as it is, and moves it to one key per profile on the first save', () => {
    const { profiles, names, backend } = setUp({ [LEGACY_PROFILES_KEY]: v0 });
    expect(names()).toEqual(['Fergana valley (old format)']);
    expect(profiles.getSnapshot().setAside).toEqual(['Broken entry with a scale of 9']);
    expect(backend.writes).toEqual([]);
    profiles.save(blankProfile('Second'));
    expect(names()).toEqual(['Fergana valley (old format)', 'Second']);
    // The entry that could not be read stays stored, in the list it came in.
    const left = JSON.parse(backend.map.get(LEGACY_PROFILES_KEY)!) as {
      state: { profiles: { name: string }[] };
    };
    expect(left.state.profiles.map((p) => p.name)).toEqual(['Broken entry with a scale of 9']);
    const reloaded = setUp(Object.fromEntries(backend.map));
    expect(reloaded.names()).toEqual(['Fergana valley (old format)', 'Second']);
  });

  it('reads the version-1 list entry by entry', () => {
    const list = {
      version: 1,
      state: {
        savedProfiles: [
          { id: 'one', profile: blankProfile('Kept'), savedAt: '2025-01-01T00:00:00.000Z' },
          { id: 'two', profile: { name: 'Half' }, savedAt: '2025-01-02T00:00:00.000Z' },
        ],
      },
    };
    const read = readLegacyList(JSON.stringify(list));
    expect('unreadable' in read).toBe(false);
    if ('unreadable' in read) return;
    expect(read.good.map((p) => p.profile.name)).toEqual(['Kept']);
    expect(read.bad).toHaveLength(1);
    expect(readLegacyList('42')).toEqual({ unreadable: true });
  });

  it('keeps working for the visit when the browser refuses storage', () => {
    const notices: StorageNotice[] = [];
    const storage = createGuardedStorage(
      () => {
        throw new DOMException('denied', 'SecurityError');
      },
      (n) => notices.push(n),
    );
    const profiles = createSavedProfiles(storage, (n) => notices.push(n));
    expect(() => profiles.save(blankProfile('Visit only'))).not.toThrow();
    expect(profiles.getSnapshot()).toMatchObject({ kept: false, setAside: [] });
    expect(profiles.getSnapshot().saved.map((s) => s.profile.name)).toEqual(['Visit only']);
    expect(notices).toEqual([{ kind: 'unavailable' }]);
  });

  it('keeps a save for the visit, with a notice, when the storage is full', () => {
    const { profiles, names, notices } = setUp({}, { failWrites: true });
    expect(() => profiles.save(blankProfile('Full'))).not.toThrow();
    expect(names()).toEqual(['Full']);
    expect(notices).toEqual([{ kind: 'unwritable' }]);
  });
});

/** `storage` events between fake tabs (the writer hears its own too, which must be harmless). */
function fakeStorageEvents() {
  const listeners = new Set<(e: StorageEvent) => void>();
  return {
    addEventListener: (_: string, l: (e: StorageEvent) => void) => void listeners.add(l),
    removeEventListener: (_: string, l: (e: StorageEvent) => void) => void listeners.delete(l),
    fire(key: string) {
      for (const l of listeners) l({ key, storageArea: null } as StorageEvent);
    },
  } as unknown as Pick<Window, 'addEventListener' | 'removeEventListener'> & {
    fire: (key: string) => void;
  };
}
