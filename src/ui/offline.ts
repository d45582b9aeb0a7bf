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

/** Activates the waiting version and reloads the page. */
export type ApplyUpdate = () => Promise<void>;

export type RegisterOffline = (events: OfflineEvents) => Promise<ApplyUpdate | null>;

export const registerOffline: RegisterOffline = async (events) => {
  // No worker in development (it would cache files that change on every save) or where the
  // browser has none.
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return null;
  const { registerSW } = await import('virtual:pwa-register');
  const update = registerSW({ immediate: true, ...events });
  return () => update(true);
};
