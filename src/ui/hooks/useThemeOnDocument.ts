import { useEffect } from 'react';
import { useTheme } from '../../state/selectors';
import { resolveTheme, storeTheme } from '../../state/theme';

/** Keeps `<html data-theme>` on the chosen theme (following the system's when "system"), and remembers the choice. */
export function useThemeOnDocument(): void {
  const theme = useTheme();
  useEffect(() => {
    storeTheme(theme);
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    // Written only when it changes: any write restyles the whole page.
    const apply = () => {
      const resolved = resolveTheme(theme, query?.matches ?? false);
      if (document.documentElement.dataset.theme !== resolved)
        document.documentElement.dataset.theme = resolved;
    };
    apply();
    query?.addEventListener('change', apply);
    return () => query?.removeEventListener('change', apply);
  }, [theme]);
}
