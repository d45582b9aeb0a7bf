/**
 * Which language a visit opens in: the link's `lang` when it names one; else the reader's own
 * choice, remembered per browser; else the first of the browser's languages the app speaks
 * (ru, uz, en; a regional tag like uz-Latn-UZ or ru-KZ counts by its language); else English.
 */
import { isLang } from '../corpus/vocabulary';
import type { Lang } from '../corpus/vocabulary';
import { browserStorage } from './storage';
import type { GuardedStorage } from './storage';

export const LANG_STORAGE_KEY = 'cluster-atlas:lang';

/** The language a browser language tag asks for, when the app speaks it. */
export function langOfTag(tag: string): Lang | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLang(primary) ? primary : null;
}

export function readStoredLang(storage: GuardedStorage = browserStorage()): Lang | null {
  const value = storage.read(LANG_STORAGE_KEY);
  return value !== null && isLang(value) ? value : null;
}

/** Remembers the reader's choice; writes only when it changed. */
export function storeLang(lang: Lang, storage: GuardedStorage = browserStorage()): void {
  if (storage.read(LANG_STORAGE_KEY) !== lang) storage.write(LANG_STORAGE_KEY, lang);
}

/** The language to open in when the link does not name one. */
export function preferredLang(stored: Lang | null, browserLanguages: readonly string[]): Lang {
  if (stored) return stored;
  for (const tag of browserLanguages) {
    const lang = langOfTag(tag);
    if (lang) return lang;
  }
  return 'en';
}
