/**
 * Registers the service worker that keeps the app usable offline (see src/build/pwa-options.ts).
 * Loaded once the page is idle (see App), so neither its code nor the worker's download of the
 * whole app competes with the first page.
 */

export interface OfflineEvents {
  /** A new version is installed and waiting; it takes over only when the user reloads. */
  onNeedRefresh: () => void;
  /** Everything is cached: the app now works without a network. */
  onOfflineReady: () => void;
}

/** Activates the waiting version and reloads this tab — only this one. */
export type ApplyUpdate = () => Promise<void>;

export type RegisterOffline = (events: OfflineEvents) => Promise<ApplyUpdate | null>;

/**
 * Lets the waiting worker take over, then reloads the page it is called from.
 *
 * The reload waits for the worker itself to be activated, not for this page's `controllerchange`:
 * a page the old worker never controlled (the first visit, or a Shift+Reload) gets no such event
 * and would wait for ever. And only the page whose button was pressed reloads: the new worker
 * takes control of every open tab of the app, and a tab that chose "Later" keeps running (and
 * keeps a corpus it loaded) until its reader chooses.
 */
export async function applyUpdate(
  container: Pick<ServiceWorkerContainer, 'getRegistration'>,
  reload: () => void,
): Promise<void> {
  const waiting = (await container.getRegistration())?.waiting;
  if (waiting) {
    const done = new Promise<void>((resolve) => {
      const onChange = () => {
        if (waiting.state !== 'activated' && waiting.state !== 'redundant') return;
        waiting.removeEventListener('statechange', onChange);
        resolve();
      };
      waiting.addEventListener('statechange', onChange);
    });
    // The message our worker answers with skipWaiting() (as Workbox's own prompt sends it).
    waiting.postMessage({ type: 'SKIP_WAITING' });
    await done;
  }
  // No worker waiting any more (another tab already let it in): the reload alone brings it.
  reload();
}

export const registerOffline: RegisterOffline = async (events) => {
  // No worker in development (it would cache files that change on every save) or where the
  // browser has none.
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return null;
  const { registerSW } = await import('virtual:pwa-register');
  registerSW({
    immediate: true,
    ...events,
    // Without this the plugin reloads the page as soon as a new version controls it — and that
    // happens in every tab at once when any one of them lets the new version in. Reloads are
    // ours to make, in the tab that asked (applyUpdate).
    onNeedReload: () => undefined,
  });
  return () => applyUpdate(navigator.serviceWorker, () => window.location.reload());
};
