/**
 * Waits, in a real browser, until a page has stopped changing: its web fonts loaded, no view still
 * loading, no finite animation or transition running, and the layout (page size, element count,
 * every SVG's box) the same over consecutive animation frames. Instead of a fixed sleep, which is
 * too short on a busy machine and wasted time on an idle one.
 */
import type { Page } from 'playwright-core';

/** Animation frames the layout must hold still: a ResizeObserver answer lands within one. */
const STILL_FRAMES = 2;

/**
 * The whole wait runs in the page as one promise, checked once per animation frame. A string, not
 * a function: tsx (benchmarks) wraps named functions in a helper the page lacks. And one
 * evaluation rather than waitForFunction, whose polling evaluates a string with eval(), which the
 * app's Content-Security-Policy rightly forbids.
 */
const settledScript = (timeout: number) => `new Promise((resolve, reject) => {
  const started = performance.now();
  let previous = '';
  let still = 0;
  const signature = () => {
    const boxes = Array.from(document.querySelectorAll('svg'), (svg) => {
      const r = svg.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map(Math.round).join(',');
    });
    const root = document.documentElement;
    return [root.scrollWidth, root.scrollHeight, document.getElementsByTagName('*').length, boxes.join(';')].join('|');
  };
  const moving = () => document.getAnimations().some((a) => {
    const timing = a.effect && a.effect.getComputedTiming();
    return a.playState === 'running' && timing && timing.iterations !== Infinity;
  });
  const check = () => {
    const ready = document.fonts.status === 'loaded' && !document.querySelector('#root[data-first-page]') && !document.querySelector('main .loading') && !document.querySelector('[aria-busy="true"]') && !moving();
    const now = signature();
    still = ready && now === previous ? still + 1 : 0;
    previous = now;
    if (still >= ${STILL_FRAMES}) resolve(undefined);
    else if (performance.now() - started > ${timeout}) reject(new Error('the page did not settle within ${timeout} ms'));
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

export async function waitForSettled(page: Page, timeout = 30_000): Promise<void> {
  await page.evaluate(settledScript(timeout));
}

/**
 * Resolves once the page's main thread has had an idle moment: every task queued so far (and any
 * observer callbacks they posted, such as long-task entries) has run. For measurements that must
 * start from a quiet page.
 */
export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(
    'new Promise((resolve) => requestIdleCallback(() => resolve(undefined), { timeout: 10000 }))',
  );
}
