/**
 * `npm run bench:search`: how long search takes to be ready, on the bundled corpus and on a
 * 200-model synthetic corpus, median of several runs. In Node: the time to build the index and
 * to answer a first query. In headless Chromium, on the production build: from the key that opens
 * search (with nothing of it loaded yet) to the first result drawn — the chunk's download, the
 * article, the index and the query together. And the search chunk's gzip size, which the first
 * page does not carry. A benchmark that prints figures, not a test: it never fails on a slow one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium';
import { syntheticBundle } from '../../src/cli/synthetic';
import { readArticle } from '../../src/corpus/data-dir';
import type { Bundle } from '../../src/corpus/schema';
import { searchDocuments } from '../../src/search/documents';
import { buildSearchIndex } from '../../src/search/search-index';
import { bundledCorpus } from '../support/corpus';
import { repoRoot } from '../support/paths';
import { startPreview } from '../support/preview-server';

const RUNS = 7;
const BROWSER_RUNS = 5;
const MODELS = 200;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2
    : NaN;
};
const ms = (v: number) => `${v.toFixed(1)} ms`;

const article = readArticle(join(repoRoot, 'data'));
if (!article.ok) throw new Error('the bundled article cannot be read');
const paragraphs = article.article.paragraphs;
const bundled = bundledCorpus();
const synthetic = syntheticBundle(MODELS, bundled.codebook);

/** Build and first-answer times in Node, median of RUNS (after one warm-up run). */
function inNode(name: string, bundle: Bundle, query: string): void {
  const build: number[] = [];
  const first: number[] = [];
  let documents = 0;
  for (let run = 0; run <= RUNS; run += 1) {
    const t0 = performance.now();
    const docs = searchDocuments(bundle, { paragraphs });
    const index = buildSearchIndex(docs, 'en');
    const t1 = performance.now();
    const hits = index.search(query).hits.length;
    const t2 = performance.now();
    if (run === 0 || hits === 0) continue; // the warm-up run compiles the code
    documents = docs.length;
    build.push(t1 - t0);
    first.push(t2 - t1);
  }
  console.log(
    `  node     ${name}: ${documents} documents; index built in ${ms(median(build))}, ` +
      `first answer in ${ms(median(first))}, ready in ${ms(median(build) + median(first))}`,
  );
}

/**
 * In Chromium: from "/" (search's code not yet loaded) to its first result drawn for `query`,
 * each run in a fresh browser context (nothing cached but what the page itself loaded first).
 */
async function inBrowser(
  browser: Browser,
  base: string,
  name: string,
  corpus: string | null,
  query: string,
): Promise<void> {
  const times: number[] = [];
  for (let run = 0; run < BROWSER_RUNS; run += 1) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    if (corpus)
      await page.route('**/corpus.json', (route) =>
        route.fulfill({ body: corpus, contentType: 'application/json' }),
      );
    await page.goto(base);
    await page.locator('main h1').first().waitFor();
    await page.getByRole('button', { name: /^Search/ }).waitFor();
    await page.locator('main').focus();
    // The clock starts in the page at the key press and stops at the first option drawn.
    await page.evaluate(`new Promise((resolve) => {
      window.__searchStart = performance.now();
      new MutationObserver((_, observer) => {
        if (document.querySelector('[role="option"]')) {
          window.__searchReady = performance.now();
          observer.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
      resolve(undefined);
    })`);
    await page.keyboard.press('/');
    await page.getByRole('combobox').waitFor();
    await page.keyboard.insertText(query);
    await page.locator('[role="option"]').first().waitFor({ timeout: 60_000 });
    times.push(await page.evaluate<number>('window.__searchReady - window.__searchStart'));
    await context.close();
  }
  console.log(
    `  browser  ${name}: from "/" to the first result ${ms(median(times))} ` +
      `(runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms)`,
  );
}

/** The gzip size of the lazy chunk that holds search (its dialog, MiniSearch, the index code). */
function chunkSize(dist: string): void {
  const assets = join(dist, 'assets');
  const chunk = readdirSync(assets).find((f) => /^SearchDialog-.*\.js$/.test(f));
  if (!chunk) {
    console.log('  chunk    no SearchDialog chunk in the build');
    return;
  }
  const size = gzipSync(readFileSync(join(assets, chunk)), { level: 9 }).length;
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  console.log(
    `  chunk    ${chunk}: ${(size / 1000).toFixed(1)} KB gzip; ` +
      `${html.includes(chunk) ? 'PRELOADED by the first page' : 'not in the first page'}`,
  );
}

console.log(`search (median of ${RUNS} runs in Node, ${BROWSER_RUNS} in Chromium)`);
inNode(`bundled corpus (${bundled.models.length} models)`, bundled, 'science parks');
inNode(`synthetic corpus (${MODELS} models)`, synthetic, synthetic.models[120]!.name);
chunkSize(process.env.ATLAS_DIST ?? join(repoRoot, 'dist'));
const server = await startPreview();
const browser = await launchChromium();
try {
  await inBrowser(browser, server.url, 'bundled corpus', null, 'science parks');
  await inBrowser(
    browser,
    server.url,
    `synthetic corpus (${MODELS} models)`,
    JSON.stringify(synthetic),
    synthetic.models[120]!.name,
  );
} finally {
  await browser.close();
  await server.close();
}
