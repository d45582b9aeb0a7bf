import { useSyncExternalStore } from 'react';

/** The theme actually applied to <html> (data-theme), for charts that compute colours in JS. */
export function useResolvedTheme(): 'light' | 'dark' {
  return useSyncExternalStore(
    (notify) => {
      const observer = new MutationObserver(notify);
      observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['data-theme'],
      });
      return () => observer.disconnect();
    },
    () => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light'),
    () => 'light',
  );
}
