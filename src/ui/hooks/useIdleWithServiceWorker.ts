import { useEffect, useState } from 'react';

/**
 * True once the page has loaded and the browser is idle, where a service worker can run: the
 * time to set up offline use, which nobody waits for. (Never, where there is no service worker.)
 */
export function useIdleWithServiceWorker(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const ready = () => {
      if ('requestIdleCallback' in window)
        window.requestIdleCallback(() => setIdle(true), { timeout: 3000 });
      else setTimeout(() => setIdle(true), 1000);
    };
    if (document.readyState === 'complete') ready();
    else window.addEventListener('load', ready, { once: true });
    return () => window.removeEventListener('load', ready);
  }, []);
  return idle;
}
