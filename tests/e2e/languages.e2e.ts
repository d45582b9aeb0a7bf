/**
 * Every view in Russian and in Uzbek, at the desktop and phone sizes: the layout checks find
 * nothing (longer words must still fit), axe finds nothing, and no word is in the wrong language
 * outside an element marked with its own (tests/support/language-checks.ts): no Latin-script
 * word on a Russian page, no English word on an Uzbek page, unless marked lang="en" (the
 * article's verbatim quotes are).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openApp, sharedBrowser, type AppPage } from './harness';
import { checkScreen, describeFinding } from '../support/layout-checks';
import { describeForeignWord, foreignWords } from '../support/language-checks';
import { ALLOWED_WORDS, ENGLISH_WORDS } from '../support/language-words';
import { VIEW_IDS } from '../../src/corpus/vocabulary';
import { waitForSettled } from '../support/settled';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

const browser = sharedBrowser();

async function show(page: Page, view: string, lang: string): Promise<void> {
  await page.goto(`${inject('baseUrl')}?view=${view}&lang=${lang}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await waitForSettled(page);
}

for (const lang of ['ru', 'uz'] as const) {
  for (const size of SIZES) {
    const sizeName = `${size.width}×${size.height}`;
    describe(`${lang} at ${sizeName}`, () => {
      let app: AppPage;
      beforeAll(async () => {
        app = await openApp(browser(), `?lang=${lang}`, { viewport: size });
      });
      afterAll(async () => {
        expect(app.errors, 'console errors').toEqual([]);
        await app.context.close();
      });
      for (const view of VIEW_IDS) {
        it(`${view}: layout checks, words in ${lang}${size.width > 1000 ? ', axe' : ''}`, async () => {
          await show(app.page, view, lang);
          expect((await checkScreen(app.page)).map(describeFinding)).toEqual([]);
          const wrong = await foreignWords(app.page, {
            pageLang: lang,
            englishWords: ENGLISH_WORDS,
            allowed: ALLOWED_WORDS,
          });
          expect(wrong.map(describeForeignWord)).toEqual([]);
          if (size.width > 1000) expect(await axeViolations(app.page)).toEqual([]);
        });
      }
    });
  }
}

describe('fonts by script', () => {
  /**
   * The text font files a page fetched, by subset ("latin", "cyrillic"). The service worker is
   * kept out: once the page is idle it stores every file for offline use, fonts included, which
   * is not what the page needs to show itself.
   */
  async function fontSubsets(query: string): Promise<string[]> {
    const context = await browser().newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const subsets = new Set<string>();
    page.on('request', (r) => {
      const m = /noto-sans-([a-z-]+)-\d00-normal/.exec(r.url());
      if (m) subsets.add(m[1]!);
    });
    await page.goto(`${inject('baseUrl')}${query}`);
    await page.locator('main h1').first().waitFor();
    await waitForSettled(page);
    await context.close();
    return [...subsets].sort();
  }

  it('an English or Uzbek page fetches no Cyrillic font; a Russian page does', async () => {
    expect(await fontSubsets('?lang=en')).toEqual(['latin']);
    expect(await fontSubsets('?lang=uz')).toEqual(['latin']);
    expect(await fontSubsets('?lang=ru')).toEqual(['cyrillic', 'latin']);
  });
});

describe('navigation in longer words', () => {
  for (const lang of ['ru', 'uz'] as const) {
    it(`${lang} at 1280×800: a view cut off the row is in "More"`, async () => {
      const { page, context, errors } = await openApp(browser(), `?lang=${lang}`);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await waitForSettled(page);
      const cut = await page.evaluate(() => {
        const row = document.querySelector('.main-nav__row')!.getBoundingClientRect();
        return Array.from(document.querySelectorAll<HTMLAnchorElement>('.main-nav__row a'))
          .filter((a) => a.getBoundingClientRect().right > row.right + 1)
          .map((a) => a.textContent ?? '');
      });
      await page.locator('.main-nav__more-button').click();
      const inMore = await page.locator('.main-nav__menu a').allTextContents();
      // In these languages the row is longer than 1280 px (else this test would check nothing).
      expect(cut.length, 'views cut off the row').toBeGreaterThan(0);
      for (const name of cut) expect(inMore).toContain(name);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
