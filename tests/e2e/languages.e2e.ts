/**
 * Every view in Russian and in Uzbek, at the desktop and phone sizes: the layout checks find
 * nothing (longer words must still fit), axe finds nothing, and no word is in the wrong language
 * outside an element marked with its own (tests/support/language-checks.ts): no Latin-script
 * word on a Russian page, no English word on an Uzbek page, unless marked lang="en" (the
 * article's verbatim quotes are).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openApp, sharedBrowser, type AppPage } from './harness';
import { checkScreen, describeFinding } from '../support/layout-checks';
import { describeForeignWord, foreignWords } from '../support/language-checks';
import { VIEW_IDS } from '../../src/corpus/vocabulary';
import { repoRoot } from '../support/paths';
import { waitForSettled } from '../support/settled';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

/**
 * File formats, standards and the language switch's ISO 639 codes: written the same in every
 * language, and spelled out letter by letter by any voice.
 */
const FORMAT_NAMES = [
  'CSV',
  'SVG',
  'PNG',
  'JSON',
  'PDF',
  'URL',
  'BibTeX',
  'ISO',
  'alpha',
  'EN',
  'RU',
  'UZ',
];

/** Keys as their caps are labelled (a clicker's and a keyboard's), in the keys' help. */
const KEY_NAMES = [
  'Page',
  'Up',
  'Down',
  'Home',
  'End',
  'Esc',
  'Enter',
  'Shift',
  'Tab',
  'Ctrl',
  'B',
  'W',
  'G',
  'O',
  'P',
  'S',
  'F',
  'K',
];

/**
 * Words that are Uzbek as well as English, used on Uzbek pages on purpose (a word of the English
 * vocabulary below that is also the Uzbek word for the same thing).
 */
const UZBEK_AND_ENGLISH = [
  'model', // model: the same word in Uzbek
  'park', // ilmiy park: science park
  'federal', // federal hukumat: the US federal government
  'minus', // 1 minus masofa
  'million', // 4 million firma
  'material', // tarqatma material: handout
  'import', // JSON fayldan import
  'format',
  'gap', // Uzbek "gap": talk, mention (kam gap bor)
  'Porter', // Maykl Porter: his name in Uzbek
  'Toyota', // brand names are not translated
];

/** Every word of the English interface and of the corpus's English text, lower-case. */
function englishVocabulary(): string[] {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const m of text.matchAll(/[A-Za-z]+(?:'[a-z]+)?/g)) words.add(m[0].toLowerCase());
  };
  const walk = (v: unknown): void => {
    if (typeof v === 'string') add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) if (k !== 'id' && k !== 'evidence') walk(x);
  };
  walk(JSON.parse(readFileSync(`${repoRoot}/src/i18n/locales/en.json`, 'utf8')));
  const data = `${repoRoot}/data`;
  for (const f of ['codebook.json', 'concepts.json', 'sources.json'])
    walk(JSON.parse(readFileSync(`${data}/${f}`, 'utf8')));
  for (const dir of ['models', 'tours'])
    for (const f of readdirSync(`${data}/${dir}`))
      walk(JSON.parse(readFileSync(`${data}/${dir}/${f}`, 'utf8')));
  for (const shared of UZBEK_AND_ENGLISH) words.delete(shared.toLowerCase());
  return [...words];
}

const ENGLISH = englishVocabulary();
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
            englishWords: ENGLISH,
            allowed: [...FORMAT_NAMES, ...KEY_NAMES],
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
