/**
 * The page's entry script: the stylesheet, then the app after the first paint. The baked first
 * page (README, "The baked first page") needs only the HTML and the stylesheet to paint, so the
 * app's code and the corpus are fetched once it has painted (lib/after-first-paint.ts says why),
 * and main.tsx then hydrates it. Kept this small on purpose: it is the one script fetched beside
 * the stylesheet.
 */
import './ui/styles/fonts.css';
import './ui/styles.css';
import { CORPUS_URL } from './corpus/bundle-url';
import { afterFirstPaint, browserPaintClock } from './lib/after-first-paint';
import { bootFailureWords, showBootFailure } from './ui/boot-failure';

afterFirstPaint(() => {
  // The corpus is fetched beside main.tsx's code rather than after it: main.tsx's fetch of the
  // same URL then takes this response (same URL, same credentials mode).
  const preload = document.createElement('link');
  preload.rel = 'preload';
  preload.as = 'fetch';
  preload.href = CORPUS_URL;
  preload.crossOrigin = 'anonymous';
  document.head.append(preload);
  import('./main').catch((error: unknown) => {
    console.error('Cluster Atlas could not load its code:', error);
    showBootFailure(document, bootFailureWords(location.search, navigator.languages ?? []));
  });
}, browserPaintClock());
