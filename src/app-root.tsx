/**
 * The app's React tree, one definition for the browser (main.tsx renders or hydrates it) and for
 * the build (bake.tsx renders the first page into index.html): the two must be the same tree, or
 * hydration would not match.
 */
import { StrictMode, Suspense, useEffect } from 'react';
import type { I18n } from './i18n/strings';
import { I18nProvider } from './i18n/react';
import type { AppStore, CorpusStatus } from './state/store';
import { StoreProvider } from './state/StoreProvider';
import { App } from './ui/App';
import { ShellBoundary } from './ui/ErrorBoundary';
import { lazyWithStrings } from './ui/lazyWithStrings';

// A tour's printable document (`?tour=…&print=tour`) takes the app's place; its code loads only then.
const TourPrint = lazyWithStrings(() =>
  import('./views/tour-print/TourPrint').then((m) => m.TourPrint),
);

export interface AppRootProps {
  i18n: I18n;
  store: AppStore;
  print: boolean;
  loadCorpus: () => Promise<CorpusStatus>;
  /** Called once the first render is on the page (hydrated or drawn afresh). */
  onShown?: () => void;
}

/** Calls `onShown` after the first commit: a hydrated page is live only once React has run it. */
function WhenShown({ onShown }: { onShown?: () => void }) {
  useEffect(() => onShown?.(), [onShown]);
  return null;
}

export function AppRoot({ i18n, store, print, loadCorpus, onShown }: AppRootProps) {
  return (
    <StrictMode>
      <WhenShown onShown={onShown} />
      <I18nProvider i18n={i18n}>
        <StoreProvider store={store}>
          <ShellBoundary>
            {print ? (
              <Suspense fallback={null}>
                <TourPrint />
              </Suspense>
            ) : (
              <App loadCorpus={loadCorpus} />
            )}
          </ShellBoundary>
        </StoreProvider>
      </I18nProvider>
    </StrictMode>
  );
}
