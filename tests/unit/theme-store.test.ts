import { describe, expect, it } from 'vitest';
import { inArticleOrder } from '../../src/corpus/data-dir';
import { createAppStore } from '../../src/state/store';
import { selectedModelIds } from '../../src/state/selectors';
import {
  readStoredTheme,
  resolveTheme,
  storeTheme,
  THEME_STORAGE_KEY,
} from '../../src/state/theme';
import { createGuardedStorage } from '../../src/state/storage';
import type { StorageNotice } from '../../src/state/storage';
import { bundledCorpus } from '../support/corpus';
import { memoryBackend } from '../support/storage';

describe('theme preference', () => {
  it('resolves "system" from the colour-scheme preference', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
  });

  it('reads back what it stored, and treats junk or a failing storage as "system"', () => {
    const backend = memoryBackend();
    const notices: StorageNotice[] = [];
    const storage = createGuardedStorage(
      () => backend,
      (n) => notices.push(n),
    );
    storeTheme('dark', storage);
    expect(readStoredTheme(storage, (n) => notices.push(n))).toBe('dark');
    backend.map.set(THEME_STORAGE_KEY, 'purple');
    expect(readStoredTheme(storage, (n) => notices.push(n))).toBe('system');
    expect(notices).toEqual([{ kind: 'setAside', area: 'theme', names: ['purple'] }]);
    const broken = createGuardedStorage(
      () => {
        throw new DOMException('denied', 'SecurityError');
      },
      (n) => notices.push(n),
    );
    expect(readStoredTheme(broken)).toBe('system');
    expect(() => storeTheme('light', broken)).not.toThrow();
    expect(notices.at(-1)).toEqual({ kind: 'unavailable' });
  });

  it('writes only a change the user made: showing the page rewrites nothing', () => {
    const backend = memoryBackend({ [THEME_STORAGE_KEY]: 'purple' });
    const storage = createGuardedStorage(
      () => backend,
      () => {},
    );
    storeTheme('system', storage);
    expect(backend.map.get(THEME_STORAGE_KEY)).toBe('purple');
    storeTheme('dark', storage);
    storeTheme('dark', storage);
    expect(backend.writes).toEqual([{ key: THEME_STORAGE_KEY, value: 'dark' }]);
    storeTheme('system', storage);
    expect(backend.map.has(THEME_STORAGE_KEY)).toBe(false);
  });
});

describe('store', () => {
  it('gives each call a fresh store', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().setView('concepts');
    expect(b.getState().view).toBe('overview');
  });

  it('treats an empty selection as "all models", in corpus order', () => {
    const bundle = bundledCorpus();
    const store = createAppStore();
    store.getState().setSelectedModels([]);
    expect(store.getState().selectedModels).toBeNull();
    expect(selectedModelIds(bundle, null)).toEqual(bundle.models.map((m) => m.id));
    expect(selectedModelIds(bundle, ['japan', 'gone'])).toEqual(['japan']);
  });

  it('adds and dismisses notices', () => {
    const store = createAppStore();
    store.getState().addNotices([{ param: 'view', value: 'x', reason: 'unknownView' }]);
    const [notice] = store.getState().notices;
    store.getState().dismissNotice(notice!.id);
    expect(store.getState().notices).toEqual([]);
  });
});

describe('model order', () => {
  it('follows the first paragraph each model quotes; models without evidence go last', () => {
    const m = (id: string, locators: string[]) => ({
      id,
      evidence: locators.map((locator) => ({ locator })),
    });
    const ordered = inArticleOrder([m('b', ['p30']), m('none', []), m('a', ['p36', 'p11'])]) as {
      id: string;
    }[];
    expect(ordered.map((x) => x.id)).toEqual(['a', 'b', 'none']);
  });
});
