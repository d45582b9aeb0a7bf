import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import './ui/styles/fonts.css';
import './ui/styles.css';
import { loadCorpus } from './corpus/load';
import { initI18n, switchLanguage } from './i18n';
import { createAppStore } from './state/store';
import { currentAddress, openingAddressWithLang, readLaunchParams } from './state/url';
import { preferredLang, readStoredLang } from './state/language';
import { showCoding } from './state/coding';
import { showContentIn } from './state/content';
import { applyOpeningAddress } from './state/useUrlSync';
import { StoreProvider } from './state/StoreProvider';
import { App } from './ui/App';
import { ShellBoundary } from './ui/ErrorBoundary';
import { lazyWithStrings } from './ui/lazyWithStrings';
import { readStoredTheme, resolveTheme } from './state/theme';
import { markStateChange } from './lib/perf';
import { preloadView } from './views/registry';
import { ownToursCode } from './tours/own-tours-boot';

const i18n = initI18n();
// A tour's printable document (`?tour=…&print=tour`) takes the app's place; its code loads only then.
const TourPrint = lazyWithStrings(() =>
  import('./views/tour-print/TourPrint').then((m) => m.TourPrint),
);
const theme = readStoredTheme();
const store = createAppStore({ theme });
// Set the theme before the first paint so a dark-mode reader never sees a light flash.
document.documentElement.dataset.theme = resolveTheme(
  theme,
  window.matchMedia('(prefers-color-scheme: dark)').matches,
);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
// What must be known before the corpus: which app, which view's code, which language.
const opened = readLaunchParams(currentAddress().search);
// A link without a language opens in the reader's: remembered, else the browser's; the address
// then names it, so the one reading of the address below finds it there.
const launch = opened.langGiven
  ? opened
  : { ...opened, lang: preferredLang(readStoredLang(), navigator.languages ?? []) };
if (!opened.langGiven && launch.lang !== 'en') openingAddressWithLang(launch.lang);

/**
 * Resolves when the text font is in, or after a short wait: a slow font must not hold the page.
 * Only the script the page is written in: without a sample text Chromium fetches every subset
 * of the family, Cyrillic on an English page included.
 */
function fontsReady(lang: string, maxWaitMs = 1500): Promise<unknown> {
  const fonts = document.fonts;
  if (!fonts) return Promise.resolve();
  const sample = lang === 'ru' ? 'Aa Яя' : 'Aa';
  const loads = Promise.all([
    fonts.load('400 1em "Noto Sans"', sample),
    fonts.load('700 1em "Noto Sans"', sample),
  ]).catch(() => undefined);
  return Promise.race([loads, new Promise((r) => setTimeout(r, maxWaitMs))]);
}

// The first render waits for the corpus (preloaded by index.html) and the font, so the page
// appears once, complete, instead of shifting as they arrive; index.html shows a loading line
// until then.
async function startApp(root: HTMLElement): Promise<void> {
  const [corpus, ownTours] = await Promise.all([
    loadCorpus(),
    // The lecturer's own tours' code, only where there are some (or the link carries one).
    ownToursCode(launch.tourfile),
    fontsReady(launch.lang),
    // The code of the view a link opens loads beside the corpus, not after it.
    preloadView(launch.view),
    // The first render is in the reader's language, not English then theirs.
    launch.lang !== 'en' ? switchLanguage(i18n, launch.lang) : null,
  ]);
  store.getState().setCorpus(corpus);
  if (launch.lang !== 'en') {
    store.getState().setLang(launch.lang);
    await showContentIn(store, launch.lang);
    document.documentElement.lang = launch.lang;
  }
  // Own tours join the store before the link is read, so `?tour=own-…&step=3` opens that step.
  await ownTours?.bootOwnTours(store);
  // Apply the link's state before the first render, so a deep link never flashes the overview;
  // this is the one reading of the address at boot (useUrlSync does not read it again).
  applyOpeningAddress(store);
  // A link that names a coder renders under that coding from the first paint.
  await showCoding(store);
  markStateChange();
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StoreProvider store={store}>
          <ShellBoundary>
            {launch.print ? (
              <Suspense fallback={null}>
                <TourPrint />
              </Suspense>
            ) : (
              <App loadCorpus={loadCorpus} />
            )}
          </ShellBoundary>
        </StoreProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

if (launch.presenter) {
  // The lecturer's second window (opened from a running tour) is its own small app.
  void import('./tours/presenter/start').then((m) =>
    m.startPresenter(container, i18n, launch.lang),
  );
} else {
  void startApp(container);
}
