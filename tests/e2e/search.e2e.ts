/**
 * Search by keyboard only (issue #16): "/" opens it, words find the UK's science parks in English,
 * Russian (any case ending) and Uzbek, Enter opens the exact place with focus on it, a paragraph
 * result opens the article at its paragraph; axe clean with the results open, light and dark, at
 * a laptop's and a phone's size, with nothing wider than a phone's screen.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { describeForeignWord, foreignWords } from '../support/language-checks';
import { ALLOWED_WORDS, ENGLISH_WORDS } from '../support/language-words';
import { checkScreen, describeFinding } from '../support/layout-checks';
import { waitForSettled } from '../support/settled';
import { appLive, axeViolations, openApp, sharedBrowser } from './harness';

const browser = sharedBrowser();

const field = (page: Page) => page.getByRole('combobox');

/** Opens search with "/" (focus on the page, not in a field) and types the words. */
async function search(page: Page, words: string): Promise<void> {
  await page.locator('main').focus();
  await page.keyboard.press('/');
  await field(page).waitFor();
  await expect.poll(() => field(page).evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type(words);
  await expect.poll(() => field(page).getAttribute('aria-expanded')).toBe('true');
}

/** The option aria-activedescendant names, as "<its group>: <its text>". */
function activeOption(page: Page): Promise<string> {
  return page.evaluate(() => {
    const input = document.querySelector('[role="combobox"]');
    const id = input?.getAttribute('aria-activedescendant');
    const option = id ? document.getElementById(id) : null;
    const groupLabel = option?.closest('[role="group"]')?.getAttribute('aria-labelledby');
    const group = groupLabel ? document.getElementById(groupLabel)?.textContent : '';
    return option ? `${group ?? ''}: ${option.textContent ?? ''}` : '';
  });
}

/** Moves down the results by keyboard until the active one matches `wanted`. */
async function arrowTo(page: Page, wanted: RegExp): Promise<void> {
  const count = await page.getByRole('option').count();
  for (let i = 0; i < count; i += 1) {
    if (wanted.test(await activeOption(page))) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no result matches ${wanted}; the last was "${await activeOption(page)}"`);
}

/** Words in the wrong language on the page (verbatim English is marked as such). */
async function wrongWords(page: Page, pageLang: 'ru' | 'uz'): Promise<string[]> {
  const found = await foreignWords(page, {
    pageLang,
    englishWords: ENGLISH_WORDS,
    allowed: ALLOWED_WORDS,
  });
  return found.map(describeForeignWord);
}

/** The focused element's id and whether it lies inside the viewport. */
function focused(page: Page): Promise<{ id: string; inView: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const r = el?.getBoundingClientRect();
    const inView = Boolean(r && r.bottom > 0 && r.top < window.innerHeight);
    return { id: el?.id ?? '', inView };
  });
}

const UK_SCIENCE_PARKS_ACTOR = 'model-actor-science-parks';

describe('search', () => {
  it('finds the UK science parks from "science parks" and opens the actor on the model page', async () => {
    const { page, context, errors } = await openApp(browser());
    await search(page, 'science parks');
    const status = page.locator('.search-box__status');
    await expect.poll(() => status.textContent()).toMatch(/\d+ results?\./);
    // Results are grouped by kind, the matched words marked.
    expect(await page.getByRole('group', { name: 'Actors' }).count()).toBe(1);
    expect(await page.locator('[role="option"] mark').first().textContent()).toMatch(/science/i);
    await arrowTo(page, /^Actors: Science parks.*United Kingdom/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => location.search))
      .toMatch(/view=model&model=united-kingdom/);
    await expect.poll(() => focused(page)).toEqual({ id: UK_SCIENCE_PARKS_ACTOR, inView: true });
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds them from "научный парк" in Russian, whatever the case ending', async () => {
    const { page, context, errors } = await openApp(browser(), '?lang=ru');
    await page.getByRole('button', { name: /^Поиск/ }).waitFor();
    for (const words of ['научных парков', 'научным паркам']) {
      await search(page, words);
      await arrowTo(page, /^Участники: Научные парки.*Великобритания/);
      await page.keyboard.press('Escape'); // clears the field
      await expect.poll(() => field(page).inputValue()).toBe('');
      await page.keyboard.press('Escape'); // closes the dialog, focus back on the button
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    }
    // Results that hold English quotes and paragraphs: each marked as English.
    await search(page, 'научный парк');
    expect(await wrongWords(page, 'ru')).toEqual([]);
    await arrowTo(page, /^Участники: Научные парки.*Великобритания/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toEqual({ id: UK_SCIENCE_PARKS_ACTOR, inView: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is built again in the language chosen after a first search', async () => {
    const { page, context, errors } = await openApp(browser());
    await search(page, 'science parks');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.locator('.language-switch a[lang="ru"]').press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    await page.getByRole('button', { name: /^Поиск/ }).waitFor();
    await search(page, 'научных парков');
    await arrowTo(page, /^Участники: Научные парки.*Великобритания/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds them from "ilmiy park" in Uzbek', async () => {
    const { page, context, errors } = await openApp(browser(), '?lang=uz');
    await page.getByRole('button', { name: /^Qidiruv/ }).waitFor();
    await search(page, 'ilmiy park');
    expect(await wrongWords(page, 'uz')).toEqual([]);
    await arrowTo(page, /^Ishtirokchilar: Ilmiy parklar.*Buyuk Britaniya/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toEqual({ id: UK_SCIENCE_PARKS_ACTOR, inView: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a paragraph of the article at that paragraph, and Ctrl+K opens search too', async () => {
    const { page, context, errors } = await openApp(browser());
    await page.locator('main').focus();
    await page.keyboard.press('Control+K');
    await field(page).waitFor();
    await page.keyboard.type('technology transfer agencies');
    await expect.poll(() => field(page).getAttribute('aria-expanded')).toBe('true');
    await arrowTo(page, /^Article paragraphs: Paragraph 22/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/view=article&p=22/);
    await expect.poll(() => focused(page)).toEqual({ id: 'article-p22', inView: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a coding rationale in its evidence panel, over its model’s page', async () => {
    const { page, context, errors } = await openApp(browser());
    await search(page, 'Japan state role');
    await arrowTo(page, /^Coding rationales: State roleJapan/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => new URLSearchParams(location.search).toString()))
      .toMatch(/^(?=.*view=model)(?=.*model=japan)(?=.*evidence=japan\.stateRole)/);
    await expect.poll(() => focused(page)).toEqual({ id: 'evidence-title', inView: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a codebook term at its entry in the concepts page’s glossary', async () => {
    const { page, context, errors } = await openApp(browser());
    await search(page, 'enabler');
    await arrowTo(page, /^Codebook terms: 2 — enabler/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/view=concepts/);
    await expect
      .poll(() => focused(page))
      .toEqual({ id: 'glossary-state-role-step-2', inView: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says when nothing matches, and Escape on an empty field closes it', async () => {
    const { page, context } = await openApp(browser());
    await page.locator('main').focus();
    await page.keyboard.press('/');
    await field(page).waitFor();
    await page.keyboard.type('zzzqqq');
    const status = page.locator('.search-box__status');
    await expect.poll(() => status.textContent()).toMatch(/No results for “zzzqqq”/);
    expect(await field(page).getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    const button = page.getByRole('button', { name: /^Search/ });
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      it(`is axe clean and fits with results open (${colorScheme}, ${viewport.width}×${viewport.height})`, async () => {
        // Without the service worker: its "saved for offline" toast lies under the dialog, but
        // the overlap check compares the words of fixed layers whatever their order.
        const context = await browser().newContext({
          colorScheme,
          viewport,
          serviceWorkers: 'block',
        });
        const page = await context.newPage();
        await page.goto(inject('baseUrl'));
        await page.locator('main h1').first().waitFor();
        await appLive(page);
        // On a phone too the header's button opens it, by keyboard.
        await page.getByRole('button', { name: /^Search/ }).focus();
        await page.keyboard.press('Enter');
        await field(page).waitFor();
        await page.keyboard.type('science parks');
        await expect.poll(() => field(page).getAttribute('aria-expanded')).toBe('true');
        await page.keyboard.press('ArrowDown');
        await waitForSettled(page);
        expect(await axeViolations(page)).toEqual([]);
        expect((await checkScreen(page)).map(describeFinding)).toEqual([]);
        await context.close();
      });
    }
  }
});
