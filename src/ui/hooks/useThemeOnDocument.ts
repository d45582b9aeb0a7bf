import { useEffect } from 'react';
import { useTheme } from '../../state/selectors';
import { resolveTheme, storeTheme } from '../../state/theme';

/** Keeps `<html data-theme>` on the chosen theme (following the system's when "system"), and remembers the choice. */
export function useThemeOnDocument(): void {
  const theme = useTheme();
  useEffect(() => {
    storeTheme(theme);
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    const apply = () => {
      document.documentElement.dataset.theme = resolveTheme(theme, query?.matches ?? false);
    };
    apply();
    query?.addEventListener('change', apply);
    return () => query?.removeEventListener('change', apply);
  }, [theme]);
}
