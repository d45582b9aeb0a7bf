/**
 * The first page carries only some of the English catalogue (src/i18n/index.ts FIRST_PAGE); the rest
 * comes later. With the rest held back, the overview must still show no catalogue key — as text, as
 * an accessible name or as a description — or the first paint flashes "chrome.more".
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/cli/chromium';
import { appLive } from './harness';

/** `overview.cardHint`-like words: a known namespace, a dot, a key. */
const KEY =
  /\b(app|chrome|error|families|glyph|letters|levels|loading|nav|overview|prefs|picker|share|search|modelPage|evidence|article|glossary|notices|chart|table)\.[a-zA-Z][\w.]*/;

describe('the first page before the whole catalogue arrives', () => {
  let close: (() => Promise<void>) | undefined;
  afterAll(async () => close?.());

  it('shows no catalogue key in the overview, its header or its accessible names', async () => {
    const browser = await launchChromium();
    close = () => browser.close();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    let held = 0;
    // The whole English catalogue is its own chunk (en-*.js): never answer it.
    await page.route(/\/assets\/en-[\w-]+\.js$/, (route) => {
      held += 1;
      void route.abort();
    });
    await page.goto(`${inject('baseUrl')}`);
    // The app's own first render, not the baked HTML: the app asks for the catalogue's rest
    // only once it runs (boot.ts loads it after the first paint).
    await appLive(page);
    await expect.poll(() => held).toBeGreaterThan(0);
    await page.locator('main h1').first().waitFor();
    await page.locator('.card-grid li').first().waitFor();
    const found = await page.evaluate((source) => {
      const key = new RegExp(source);
      const hits: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (key.test(n.textContent ?? '')) hits.push(`text: ${n.textContent}`);
      for (const el of document.body.querySelectorAll('*'))
        for (const attr of ['aria-label', 'aria-description', 'title', 'placeholder', 'alt'])
          if (key.test(el.getAttribute(attr) ?? '')) hits.push(`${attr}: ${el.getAttribute(attr)}`);
      return hits;
    }, KEY.source);
    expect(found).toEqual([]);
    // The check means something only if the rest of the catalogue was really asked for and held.
    expect(held).toBeGreaterThan(0);
    await context.close();
  });
});
