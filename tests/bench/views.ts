/**
 * `npm run bench`: per view, first-render and update (change of selection) times from the app's
 * own performance.measure entries, in headless Chromium at 4× CPU throttling, for the bundled
 * corpus and a synthetic 50-model corpus; plus frames per second while marks transition.
 * A benchmark that prints figures, not a test: it never fails on a slow figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { syntheticBundle } from '../../src/cli/synthetic';
import { validateCodebook } from '../../src/corpus/validate';
import { launchChromium } from '../../src/cli/chromium';
import { waitForSettled } from '../support/settled';
import { repoRoot } from '../support/paths';
import { startPreview } from '../support/preview-server';

const VIEWS = ['overview', 'compare', 'state-role', 'governance', 'sectors', 'hierarchy'];
const UPDATES = 6;
const THROTTLE = 4;
/** Frames per second over the 400 ms after a change, while marks move to their new places. */
const FRAME_RATE_SCRIPT = `new Promise((resolve) => {
  let n = 0;
  const t0 = performance.now();
  const tick = (now) => { n += 1; if (now - t0 < 400) requestAnimationFrame(tick); else resolve(n / ((now - t0) / 1000)); };
  requestAnimationFrame(tick);
})`;

const codebook = validateCodebook(
  JSON.parse(readFileSync(join(repoRoot, 'data', 'codebook.json'), 'utf8')),
);
if (!codebook.ok) throw new Error('data/codebook.json is invalid');
const synthetic = JSON.stringify(syntheticBundle(50, codebook.value));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2
    : NaN;
};
const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');

async function measureView(browser: Browser, base: string, view: string, corpus: string | null) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page: Page = await context.newPage();
  if (corpus)
    await page.route('**/corpus.json', (route) =>
      route.fulfill({ body: corpus, contentType: 'application/json' }),
    );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(`${base}?view=${view}`);
  await page.locator('main h1').first().waitFor();
  await waitForSettled(page);
  const first = await page.evaluate(
    (v) => performance.getEntriesByName(`render:${v}`).at(-1)?.duration ?? NaN,
    view,
  );
  const updates: number[] = [];
  const fps: number[] = [];
  // Toggle the second model off and on again: each toggle is one change of selection.
  // The checkboxes sit behind the one-line "Models: 5 of 5" button.
  await page.locator('.model-picker-menu__button').click();
  const box = page.locator('.model-picker input[type="checkbox"]').nth(1);
  for (let i = 0; i < UPDATES; i++) {
    await box.click();
    // A string, not a function: the bundler that runs this file renames functions with a helper
    // that does not exist inside the page.
    fps.push(await page.evaluate<number>(FRAME_RATE_SCRIPT));
    updates.push(
      await page.evaluate(
        (v) => performance.getEntriesByName(`update:${v}`).at(-1)?.duration ?? NaN,
        view,
      ),
    );
  }
  await context.close();
  return { first, update: median(updates), fps: median(fps) };
}

const server = await startPreview();
const browser = await launchChromium();
try {
  console.log(
    `Benchmark: Chromium, CPU throttled ${THROTTLE}×, viewport 1280×800, median of ${UPDATES} updates`,
  );
  for (const [name, corpus] of [
    ['bundled corpus (5 models)', null],
    ['synthetic corpus (50 models)', synthetic],
  ] as const) {
    console.log(`\n${name}`);
    console.log('  view          first render   update      fps during update');
    for (const view of VIEWS) {
      const r = await measureView(browser, server.url, view, corpus);
      console.log(
        `  ${view.padEnd(13)} ${ms(r.first).padStart(10)}   ${ms(r.update).padStart(9)}   ${r.fps.toFixed(0).padStart(5)}`,
      );
    }
  }
  console.log(
    '\ntargets: first render ≤ 200 ms, update ≤ 50 ms, ≥ 55 fps median during transitions',
  );
} finally {
  await browser.close();
  await server.close();
}
