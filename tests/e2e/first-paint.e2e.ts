/**
 * The baked first page (issue 18): index.html carries the overview, painted before any script
 * runs; the app hydrates it in place, with no mismatch and no layout shift; a visit that opens
 * elsewhere never sees it; and a mismatch, were the bake and the app to disagree, is reported.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { appLive, sharedBrowser, watchedPage } from './harness';

const browser = sharedBrowser();

/**
 * Records, from the start of the page: what the parsed HTML showed (heading, how many cards,
 * whether the baked page was hidden), the heading element itself (to know later whether
 * hydration kept it), and the layout shifts.
 */
const WATCH = `
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    const h1 = document.querySelector('main h1');
    const app = document.querySelector('#root > *');
    window.__parsed = {
      h1: h1 ? h1.textContent : null,
      cards: document.querySelectorAll('.card-glyph').length,
      shown: app ? getComputedStyle(app).display !== 'none' : false,
    };
    window.__bakedH1 = h1;
  });
`;

interface Seen {
  parsed: { h1: string | null; cards: number; shown: boolean };
  sameHeading: boolean;
  shift: number;
  h1: string;
}

async function visit(
  query: string,
  options: { locale?: string; javaScript?: boolean; html?: (html: string) => string } = {},
): Promise<{ page: Page; context: BrowserContext; errors: string[]; seen: () => Promise<Seen> }> {
  const context = await browser().newContext({
    viewport: { width: 1280, height: 800 },
    locale: options.locale ?? 'en-US',
    javaScriptEnabled: options.javaScript ?? true,
  });
  await context.addInitScript(WATCH);
  if (options.html) {
    const change = options.html;
    await context.route(
      (url) => url.pathname === '/' || url.pathname.endsWith('/index.html'),
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: change(await response.text()) });
      },
    );
  }
  const { page, errors } = await watchedPage(context);
  await page.goto(`${inject('baseUrl')}${query}`);
  const seen = async () => {
    await appLive(page);
    await page.locator('main h1').first().waitFor();
    return page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const h1 = document.querySelector('main h1');
      return {
        parsed: w.__parsed as Seen['parsed'],
        sameHeading: h1 !== null && h1 === w.__bakedH1,
        shift: (w.__shifts as number[]).reduce((a, b) => a + b, 0),
        h1: h1?.textContent ?? '',
      };
    });
  };
  return { page, context, errors, seen };
}

describe('the baked first page', () => {
  it('is painted from the HTML alone: heading, cards and views without any script', async () => {
    const { page, context } = await visit('', { javaScript: false });
    await page.locator('main h1').waitFor();
    expect(await page.locator('main h1').textContent()).toBe(
      'Five ways to build a regional cluster',
    );
    expect(await page.locator('.model-card').count()).toBe(5);
    expect(await page.locator('svg.card-glyph').count()).toBe(5);
    await expect.poll(() => page.getByRole('navigation', { name: 'Views' }).isVisible()).toBe(true);
    await context.close();
  });

  it('is hydrated in place: the same elements, no mismatch, no layout shift, and it works', async () => {
    const { page, context, errors, seen } = await visit('');
    const result = await seen();
    expect(result.parsed).toEqual({
      h1: 'Five ways to build a regional cluster',
      cards: 5,
      shown: true,
    });
    expect(result.sameHeading).toBe(true);
    expect(result.shift).toBeLessThan(0.02);
    // Live: a card's link opens its model page.
    await page.getByRole('link', { name: 'Japan', exact: true }).first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('model')).toBe('japan');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("asks for the app's code and the corpus only after it has painted", async () => {
    // Fetched beside the stylesheet, they took the bandwidth the first paint needed (boot.ts).
    const { page, context, errors, seen } = await visit('');
    await seen();
    const timings = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const started = (part: string) =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes(part))
          .map((e) => e.startTime);
      return {
        paint: paint?.startTime ?? null,
        main: started('/assets/main-'),
        corpus: started('/corpus.json'),
      };
    });
    expect(timings.paint).not.toBeNull();
    expect(timings.main).toHaveLength(1);
    expect(timings.corpus).toHaveLength(1);
    for (const start of [...timings.main, ...timings.corpus])
      expect(start).toBeGreaterThanOrEqual(timings.paint!);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('serves every script of the app with the compile hint on its first line', async () => {
    // src/build/compile-hint-plugin.ts writes it; without it each function is compiled on the main
    // thread the first time it runs (a third of a view's first render at 4x throttle). On the
    // second line, after Vite's list of chunk names, Chromium ignores it.
    const { page, context, errors, seen } = await visit('?view=state-role');
    await seen();
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((url) => /\/assets\/[^/]+\.js$/.test(new URL(url).pathname)),
    );
    // The entry, the first page's chunks, the view's and what they share.
    expect(scripts.length).toBeGreaterThan(10);
    for (const url of scripts) {
      const code = await (await page.request.get(url)).text();
      expect(code.split('\n')[0], url).toBe('//# allFunctionsCalledOnLoad');
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is hydrated in the dark theme too', async () => {
    const context = await browser().newContext({ colorScheme: 'dark' });
    await context.addInitScript(WATCH);
    const { page, errors } = await watchedPage(context);
    await page.goto(inject('baseUrl'));
    await appLive(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(
      await page.evaluate(
        () =>
          document.querySelector('main h1') ===
          (window as unknown as Record<string, unknown>).__bakedH1,
      ),
    ).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['a deep link', '?view=compare', 'en-US', 'Compare the models side by side'],
    [
      'a link in another language',
      '?lang=uz',
      'en-US',
      'Mintaqaviy klaster barpo etishning besh yoʻli',
    ],
    ['a Russian browser', '', 'ru-RU', 'Пять способов создать региональный кластер'],
  ])('is never shown to %s, which opens its own page', async (_what, query, locale, heading) => {
    const { context, errors, seen } = await visit(query, { locale });
    const result = await seen();
    expect(result.parsed.shown).toBe(false);
    expect(result.sameHeading).toBe(false);
    expect(result.h1).toBe(heading);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reports a mismatch: a baked page that differs from the app is an error, not a silent redraw', async () => {
    const { page, context, errors, seen } = await visit('', {
      html: (html) => html.replace('Five ways to build a regional cluster', 'A stale heading'),
    });
    await seen();
    await expect.poll(() => errors.join('\n')).toMatch(/Hydration problem/);
    // React then draws the part afresh (the view's Suspense boundary, which may wait for its code).
    await expect
      .poll(() => page.locator('main h1').first().textContent())
      .toBe('Five ways to build a regional cluster');
    await context.close();
  });
});
