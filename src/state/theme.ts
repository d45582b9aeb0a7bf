/**
 * Theme preference: stored per browser, applied as data-theme on <html> so CSS custom
 * properties switch; "system" follows prefers-color-scheme, live.
 */
import type { ThemePreference } from './store';

export const THEME_STORAGE_KEY = 'cluster-atlas:theme';

export function readStoredTheme(storage: Pick<Storage, 'getItem'> | undefined): ThemePreference {
  try {
    const value = storage?.getItem(THEME_STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

export function storeTheme(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined,
  theme: ThemePreference,
): void {
  try {
    if (theme === 'system') storage?.removeItem(THEME_STORAGE_KEY);
    else storage?.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage may be full or forbidden (private mode); the choice then lasts for this visit only.
  }
}

export function resolveTheme(preference: ThemePreference, prefersDark: boolean): 'light' | 'dark' {
  if (preference === 'system') return prefersDark ? 'dark' : 'light';
  return preference;
}
