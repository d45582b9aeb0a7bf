import { describe, expect, it } from 'vitest';
import {
  createGuardedStorage,
  dismissStorageNotice,
  reportStorageNotice,
  storageNotices,
} from '../../src/state/storage';
import type { StorageNotice } from '../../src/state/storage';
import { memoryBackend } from '../support/storage';

describe('guarded storage', () => {
  it('never throws where the browser refuses storage, and keeps values for the visit', () => {
    const notices: StorageNotice[] = [];
    const storage = createGuardedStorage(
      () => {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
      (n) => notices.push(n),
    );
    expect(storage.available).toBe(false);
    expect(storage.read('k')).toBeNull();
    expect(storage.write('k', 'v')).toBe(false);
    expect(storage.read('k')).toBe('v');
    expect(storage.keys('')).toEqual(['k']);
    storage.remove('k');
    expect(storage.read('k')).toBeNull();
    expect(notices).toEqual([{ kind: 'unavailable' }]);
  });

  it('counts storage whose first read throws as unavailable', () => {
    const storage = createGuardedStorage(
      () => ({
        ...memoryBackend(),
        getItem: () => {
          throw new Error('denied');
        },
      }),
      () => {},
    );
    expect(storage.available).toBe(false);
  });

  it('reads, writes and lists keys by prefix; a refused write lasts for the visit', () => {
    const backend = memoryBackend({ 'a:1': 'one', 'b:1': 'other' });
    const notices: StorageNotice[] = [];
    const storage = createGuardedStorage(
      () => backend,
      (n) => notices.push(n),
    );
    expect(storage.write('a:2', 'two')).toBe(true);
    expect(storage.keys('a:').sort()).toEqual(['a:1', 'a:2']);
    backend.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    expect(storage.write('a:3', 'three')).toBe(false);
    expect(storage.read('a:3')).toBe('three');
    expect(notices).toEqual([{ kind: 'unwritable' }]);
  });
});

describe('storage notices', () => {
  it('gives each notice once per visit, even after it was dismissed', () => {
    const before = storageNotices().length;
    const notice: StorageNotice = { kind: 'setAside', area: 'profiles', names: ['x'] };
    reportStorageNotice(notice);
    reportStorageNotice({ kind: 'setAside', area: 'profiles', names: ['x'] });
    expect(storageNotices()).toHaveLength(before + 1);
    dismissStorageNotice(storageNotices().at(-1)!);
    reportStorageNotice(notice);
    expect(storageNotices()).toHaveLength(before);
  });
});
