import { useEffect } from 'react';

/**
 * Calls `preload` once the page has loaded and the browser is idle: a popover's content, kept out
 * of the first page's JavaScript, is then in before most first opens, even by a keyboard user who
 * tabs to the button and presses Enter at once. (Browsers without requestIdleCallback still
 * preload on a pointer over the button or focus on it.)
 */
export function usePreloadWhenIdle(preload: () => void): void {
  useEffect(() => {
    if (!('requestIdleCallback' in window)) return;
    let handle: number | undefined;
    const ready = () => {
      handle = window.requestIdleCallback(preload, { timeout: 3000 });
    };
    if (document.readyState === 'complete') ready();
    else window.addEventListener('load', ready, { once: true });
    return () => {
      window.removeEventListener('load', ready);
      if (handle !== undefined) window.cancelIdleCallback(handle);
    };
  }, [preload]);
}
