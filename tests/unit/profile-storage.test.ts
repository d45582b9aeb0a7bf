import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  migrateProfiles,
  PROFILE_STORAGE_KEY,
  safeProfileStorage,
} from '../../src/state/profile-storage';
import type { StorageProblem } from '../../src/state/profile-storage';
import { createAppStore } from '../../src/state/store';
import { blankProfile } from '../../src/corpus/profile';
import { fixturesDir } from '../support/paths';

function memoryStorage(initial: Record<string, string> = {}, failWrites = false): Storage {
  const map = new Map(Object.entries(initial));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (failWrites) throw new DOMException('quota', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
}

const v0 = readFileSync(join(fixturesDir, 'profiles', 'storage-v0.json'), 'utf8');

describe('saved profiles storage', () => {
  it('migrates the version-0 fixture, dropping the entry that is off the scale', () => {
    const { state, version } = JSON.parse(v0) as { state: unknown; version: number };
    const migrated = migrateProfiles(state, version);
    expect(migrated.savedProfiles).toHaveLength(1);
    expect(migrated.savedProfiles[0]!.profile).toEqual({
      name: 'Fergana valley (old format)',
      values: {
        stateRole: 5,
        governanceLevel: { national: 0.6, regional: 0.3, local: 0.1 },
        sectorFocus: { traditional: 0.4, industrial: 0.4, 'high-tech': 0.1, mixed: 0.1 },
        firmHierarchy: 4,
        universityIndustry: 2,
      },
    });
  });

  it('hydrates a new store from version-0 storage and writes it back as version 1', () => {
    const storage = memoryStorage({ [PROFILE_STORAGE_KEY]: v0 });
    const store = createAppStore({ storage });
    expect(store.getState().savedProfiles.map((p) => p.profile.name)).toEqual([
      'Fergana valley (old format)',
    ]);
    store.getState().saveProfile(blankProfile('Second'));
    const written = JSON.parse(storage.getItem(PROFILE_STORAGE_KEY)!) as {
      version: number;
      state: { savedProfiles: unknown[] };
    };
    expect(written.version).toBe(1);
    expect(written.state.savedProfiles).toHaveLength(2);
    expect(createAppStore({ storage }).getState().savedProfiles).toHaveLength(2);
  });

  it('keeps working with a notice when storage is corrupt', () => {
    const store = createAppStore({
      storage: memoryStorage({ [PROFILE_STORAGE_KEY]: '{"state": [truncated' }),
    });
    expect(store.getState().savedProfiles).toEqual([]);
    expect(store.getState().storageProblem).toBe('corrupt');
  });

  it('keeps working with a notice when storage is full', () => {
    const store = createAppStore({ storage: memoryStorage({}, true) });
    expect(() => store.getState().saveProfile(blankProfile('Full'))).not.toThrow();
    expect(store.getState().savedProfiles).toHaveLength(1);
    expect(store.getState().storageProblem).toBe('unwritable');
  });

  it('drops a stored list of the wrong shape instead of crashing', () => {
    const problems: StorageProblem[] = [];
    const storage = safeProfileStorage(memoryStorage({ k: '42' }), (p) => problems.push(p));
    expect(storage.getItem('k')).toBeNull();
    expect(problems).toEqual(['corrupt']);
    expect(migrateProfiles({ savedProfiles: [{ id: 'x' }] }, 1)).toEqual({ savedProfiles: [] });
  });

  it('renames and deletes saved profiles', () => {
    const store = createAppStore({ storage: memoryStorage() });
    const id = store.getState().saveProfile(blankProfile('A'));
    store.getState().renameProfile(id, 'B');
    expect(store.getState().savedProfiles[0]!.profile.name).toBe('B');
    store.getState().deleteProfile(id);
    expect(store.getState().savedProfiles).toEqual([]);
  });
});
