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
import { bundledCorpus } from '../support/corpus';

describe('theme preference', () => {
  it('resolves "system" from the colour-scheme preference', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
  });

  it('reads back what it stored, and treats junk or a failing storage as "system"', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    };
    storeTheme(storage, 'dark');
    expect(readStoredTheme(storage)).toBe('dark');
    map.set(THEME_STORAGE_KEY, 'purple');
    expect(readStoredTheme(storage)).toBe('system');
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => undefined,
    };
    expect(readStoredTheme(broken)).toBe('system');
    expect(() => storeTheme(broken, 'light')).not.toThrow();
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
