/**
 * The evidence panel of a value the coders disagree on, in the bundled corpus: the United States'
 * state role, which the first coding put at 3 (partner) and the reconciled coding, after review 1,
 * at 4 (coordinator), both at medium confidence. The panel shows both codings side by side, the
 * reconciled one marked as the one the charts draw, and "revised after review 1"; axe finds
 * nothing and the layout checks find nothing anywhere in the panel (scrolled through) at the three
 * sizes, light and dark, in English and Russian, where no Latin word stands outside an element
 * marked English.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openApp, sharedBrowser, type AppPage } from './harness';
import { checkScreen, describeFinding } from '../support/layout-checks';
import { describeForeignWord, foreignWords } from '../support/language-checks';
import { ALLOWED_WORDS } from '../support/language-words';
import { waitForSettled } from '../support/settled';

// Over the overview (the default view): the panel is what is looked at here, not the chart under it.
const QUERY = '?evidence=united-states.stateRole';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];
const THEMES = ['light', 'dark'] as const;
const LANGS = ['en', 'ru'] as const;

const browser = sharedBrowser();

/**
 * A page of its own for the layout runs, without the service worker: the "saved for offline"
 * toast it brings lies under the panel (a lower layer), but the overlap check, which compares
 * boxes in fixed layers, would count its words against the panel's.
 */
async function openWithoutServiceWorker(size: { width: number; height: number }): Promise<AppPage> {
  const context = await browser().newContext({ viewport: size, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, context, errors };
}

/** Opens the panel from its link and waits until its codings are drawn and the page is still. */
async function openPanel(page: Page, lang: string): Promise<Locator> {
  await page.goto(`${inject('baseUrl')}${QUERY}&lang=${lang}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  const dialog = page.getByRole('dialog');
  await dialog.locator('.codings-side-by-side').waitFor();
  await waitForSettled(page);
  return dialog;
}

/**
 * The layout checks over the whole panel: they judge what is drawn now, and the panel scrolls
 * inside itself, so it is looked at one screenful at a time (each overlapping the last a little).
 */
async function checkWholePanel(page: Page): Promise<string[]> {
  const screenfuls = await page.evaluate(() => {
    const panel = document.querySelector('.evidence-panel');
    if (!panel) throw new Error('no evidence panel');
    const step = Math.max(panel.clientHeight - 48, 1);
    return Math.ceil(Math.max(panel.scrollHeight - panel.clientHeight, 0) / step) + 1;
  });
  const found = new Set<string>();
  for (let i = 0; i < screenfuls; i++) {
    await page.evaluate((n) => {
      const panel = document.querySelector('.evidence-panel');
      if (panel) panel.scrollTop = n * Math.max(panel.clientHeight - 48, 1);
    }, i);
    for (const finding of await checkScreen(page)) found.add(describeFinding(finding));
  }
  return [...found];
}

describe('the codings of the US state role', () => {
  it('shows both codings with their values, the one the charts draw, and what review 1 changed', async () => {
    const { page, context, errors } = await openApp(browser(), QUERY);
    const dialog = page.getByRole('dialog', { name: 'United States: State role' });
    await dialog.locator('.codings-side-by-side').waitFor();
    const first = dialog.getByRole('article', { name: 'First coding' });
    const reconciled = dialog.getByRole('article', { name: 'Reconciled after review 1' });
    expect(await first.textContent()).toContain('3 of 5 — partner');
    expect(await first.textContent()).toContain('medium confidence');
    expect(await reconciled.textContent()).toContain('4 of 5 — coordinator');
    expect(await reconciled.textContent()).toContain('medium confidence');
    expect(await reconciled.textContent()).toContain('Drawn in the charts now');
    expect(await first.textContent()).not.toContain('Drawn in the charts now');
    // The reviewer agrees with the reconciled value: named once, not a column of its own.
    expect(await dialog.getByRole('article', { name: 'External review 1' }).count()).toBe(0);
    expect(await dialog.locator('.codings-agreeing').textContent()).toBe(
      'External review 1: agrees with the reconciled coding.',
    );
    expect(await dialog.locator('.took-from-each').textContent()).toContain(
      'First coding — 3 of 5; the reconciled value is 4 of 5. The reconciled coding keeps',
    );
    const revised = dialog.getByRole('region', { name: 'Revised after review 1' });
    const revisedText = await revised.textContent();
    expect(revisedText).toContain('3 of 5 — partner → 4 of 5 — coordinator');
    expect(revisedText).toContain('medium confidence (unchanged)');
    expect(revisedText).toContain('Finding United States: State role · accepted');
    expect(await revised.getByTitle('united-states.stateRole').count()).toBe(1);
    // Each quote once, each saying which codings cite it.
    const ids = await dialog
      .locator('figure.evidence-quote')
      .evaluateAll((figures) => figures.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(await dialog.locator('.evidence-quote__cited-by').count()).toBe(ids.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows the chosen coder: coding=first-coding marks the first coding as drawn', async () => {
    const { page, context, errors } = await openApp(browser(), `${QUERY}&coding=first-coding`);
    const dialog = page.getByRole('dialog', { name: 'United States: State role' });
    await dialog.locator('.codings-side-by-side').waitFor();
    const shown = dialog.locator('.coding-card--shown');
    expect(await shown.count()).toBe(1);
    expect(await shown.getByRole('heading').textContent()).toBe('First coding');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a value review 1 did not change shows nothing of it', async () => {
    const { page, context } = await openApp(
      browser(),
      '?evidence=united-states.universityIndustry',
    );
    const dialog = page.getByRole('dialog');
    await dialog.locator('.codings-side-by-side').waitFor();
    expect(await dialog.locator('.revision-block').count()).toBe(0);
    await context.close();
  });
});

for (const size of SIZES) {
  const sizeName = `${size.width}×${size.height}`;
  describe(`the codings panel at ${sizeName}`, () => {
    let app: AppPage;
    beforeAll(async () => {
      app = await openWithoutServiceWorker(size);
    });
    afterAll(async () => {
      expect(app.errors, 'console errors').toEqual([]);
      await app.context.close();
    });
    for (const lang of LANGS) {
      for (const theme of THEMES) {
        it(`${lang}, ${theme}: both codings and the revision, axe, layout`, async () => {
          await app.page.emulateMedia({ media: 'screen', colorScheme: theme });
          const dialog = await openPanel(app.page, lang);
          expect(await dialog.locator('.coding-card').count()).toBe(2);
          expect(await dialog.locator('.revision-block').count()).toBe(1);
          expect(await axeViolations(app.page)).toEqual([]);
          expect(await checkWholePanel(app.page)).toEqual([]);
          if (lang !== 'en') {
            const wrong = await foreignWords(app.page, { pageLang: lang, allowed: ALLOWED_WORDS });
            expect(wrong.map(describeForeignWord)).toEqual([]);
          }
        });
      }
    }
  });
}
