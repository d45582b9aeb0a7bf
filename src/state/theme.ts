/**
 * Theme preference: stored per browser, applied as data-theme on <html> so CSS custom
 * properties switch; "system" follows prefers-color-scheme, live.
 */
import type { ThemePreference } from './store';
import { browserStorage, reportStorageNotice } from './storage';
import type { GuardedStorage, StorageNotice } from './storage';

export const THEME_STORAGE_KEY = 'cluster-atlas:theme';

const isStoredTheme = (value: string | null): value is 'light' | 'dark' =>
  value === 'light' || value === 'dark';

/**
 * The stored preference; "system" when none is stored. A value that is not a theme is left where
 * it is (until the user picks one) and named in a notice.
 */
export function readStoredTheme(
  storage: GuardedStorage = browserStorage(),
  onNotice: (notice: StorageNotice) => void = reportStorageNotice,
): ThemePreference {
  const value = storage.read(THEME_STORAGE_KEY);
  if (value === null || isStoredTheme(value)) return value ?? 'system';
  onNotice({ kind: 'setAside', area: 'theme', names: [value.slice(0, 40)] });
  return 'system';
}

/**
 * Keeps the preference; writes only when it differs from what is stored, so showing the page
 * never rewrites (or erases) anything the user did not change.
 */
export function storeTheme(
  theme: ThemePreference,
  storage: GuardedStorage = browserStorage(),
): void {
  const stored = storage.read(THEME_STORAGE_KEY);
  if (theme === 'system') {
    if (isStoredTheme(stored)) storage.remove(THEME_STORAGE_KEY);
  } else if (stored !== theme) {
    storage.write(THEME_STORAGE_KEY, theme);
  }
}

export function resolveTheme(preference: ThemePreference, prefersDark: boolean): 'light' | 'dark' {
  if (preference === 'system') return prefersDark ? 'dark' : 'light';
  return preference;
}
