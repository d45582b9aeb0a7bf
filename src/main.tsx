/**
 * The app in the browser: loaded by boot.ts once the page has painted, it reads the opening
 * address, fetches the corpus and hydrates the baked first page (or renders afresh).
 */
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadCorpus } from './corpus/load';
import { initI18n, switchLanguage } from './i18n';
import { createAppStore } from './state/store';
import { currentAddress, openingAddressWithLang, readLaunchParams } from './state/url';
import { preferredLang, readStoredLang } from './state/language';
import { showCoding } from './state/coding';
import { showContentIn } from './state/content';
import { applyOpeningAddress } from './state/useUrlSync';
import { firstPageKey } from './state/first-page';
import { AppRoot } from './app-root';
import { preloadShareTools } from './ui/App';
import { reportHydrationProblem } from './ui/hydration';
import { readStoredTheme, resolveTheme } from './state/theme';
import { markStateChange } from './lib/perf';
import { preloadView } from './views/registry';
import { ownToursCode } from './tours/own-tours-boot';

const i18n = initI18n();
const theme = readStoredTheme();
// The theme before the app's first paint, so a dark-mode reader never sees a light flash. The
// first-page guard has set it already, before the baked page's paint: setting it again would
// make the browser work out the style of the whole page once more (a third of a second at 4×
// throttle), so it is written only when it differs.
const openingTheme = resolveTheme(theme, window.matchMedia('(prefers-color-scheme: dark)').matches);
if (document.documentElement.dataset.theme !== openingTheme)
  document.documentElement.dataset.theme = openingTheme;

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

// The state the build baked index.html's first page in (bake.tsx), if it carries one, and whether
// it is on screen (src/first-page-guard.js hides it from a visit that opens elsewhere).
const bakedKey = container.dataset.firstPage ?? null;
const bakedShown = bakedKey !== null && document.documentElement.dataset.firstPage !== 'elsewhere';

// The first render waits for the corpus (preloaded by boot.ts) and, unless the page is baked,
// the font, so the page appears once, complete, instead of shifting as they arrive; until then
// the reader sees the baked overview or index.html's loading line.
async function startApp(root: HTMLElement): Promise<void> {
  preloadShareTools();
  const [corpus, ownTours] = await Promise.all([
    loadCorpus(),
    // The lecturer's own tours' code, only where there are some (or the link carries one).
    ownToursCode(launch.tourfile),
    // A baked page on screen is painted in whatever font was ready (its fallback takes the same
    // room): hydrating it changes no text, so it need not wait.
    bakedShown ? null : fontsReady(launch.lang),
    // The code of the view a link opens loads beside the corpus, not after it.
    preloadView(launch.view),
    // The first render is in the reader's language, not English then theirs.
    launch.lang !== 'en' ? switchLanguage(i18n, launch.lang) : null,
  ]);
  // Created with the corpus in its initial state: a hydrating render reads the initial state.
  const store = createAppStore({ theme, corpus });
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
  const tree = (
    <AppRoot
      i18n={i18n}
      store={store}
      print={launch.print !== null}
      loadCorpus={loadCorpus}
      onShown={() => pageShown(root)}
    />
  );
  if (!launch.print && bakedKey !== null && bakedKey === firstPageKey(store.getState())) {
    hydrateRoot(root, tree, { onRecoverableError: reportHydrationProblem });
  } else {
    // Drawn at once, so the baked overview (or the loading line) gives way in the same frame. The
    // guard's marks go first, in the same task (no frame shows the baked page): under them the app
    // is display: none, and a chart that reads its box as it is drawn read nothing and waited a
    // frame for its ResizeObserver.
    pageShown(root);
    flushSync(() => createRoot(root).render(tree));
  }
}

/**
 * The page shown is now the app's own: the guard's mark (src/first-page-guard.js) and the
 * baked page's key go (the end-to-end specs wait for the key to go before they act on the page).
 */
function pageShown(root: HTMLElement): void {
  delete document.documentElement.dataset.firstPage;
  delete root.dataset.firstPage;
}

if (launch.presenter) {
  // The lecturer's second window (opened from a running tour) is its own small app.
  void import('./tours/presenter/start')
    .then((m) => m.startPresenter(container, i18n, launch.lang))
    .then(() => pageShown(container));
} else {
  void startApp(container);
}
