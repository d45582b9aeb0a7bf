/**
 * Issue 17's whole journey of a policymaker, by keyboard only: describe the region in five
 * answers, read the nearest model, ask what would move the region toward Japan, print the brief,
 * and send the link to a colleague who opens it in a browser of their own.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../support/pdf-text';
import { waitForSettled } from '../support/settled';
import { activeLabel, answerResourceRegion, tabTo } from './fit-keys';
import { openApp, sharedBrowser } from './harness';

const browser = sharedBrowser();

const ranking = (page: Page) => page.locator('svg.ranking .ranking-name').allTextContents();
const nearest = (page: Page) => page.locator('#nearest-title').textContent();
const move = (page: Page) => page.locator('section.fit-move');

/** The words a share dimension's heading names ("the regional level", "high-tech industries"). */
const LEVELS = ['national', 'regional', 'local'];
const FAMILIES = ['traditional', 'industrial', 'high-tech', 'mixed'];

/** For a share dimension: the levels or families its heading says the model has more of. */
async function namedInHeading(page: Page, dimension: string, words: string[]) {
  const heading =
    (await move(page).locator(`[data-dimension="${dimension}"] h3`).textContent()) ?? '';
  return words.filter((w) => new RegExp(`\\b${w}\\b`).test(heading));
}

/**
 * The level or family each listed item carries ("(actor · regional)" → "regional"); under sector
 * focus, the sectors themselves ("(sector · high-tech)").
 */
async function itemPlaces(page: Page, dimension: string) {
  const notes = (
    await move(page)
      .locator(`[data-dimension="${dimension}"] .fit-move__items li > .muted`)
      .allTextContents()
  ).filter((n) => dimension !== 'sectorFocus' || n.startsWith('(sector'));
  return notes.map((n) => /· ([\w-]+)\)$/.exec(n)?.[1]).filter((p): p is string => Boolean(p));
}

describe('policy fit, the whole journey by keyboard', () => {
  it('five answers → the nearest model → what would move us toward Japan → the brief → the link in a fresh browser', async () => {
    const { page, context, errors } = await openApp(browser(), '?view=fit');
    await page.locator('a.brand').waitFor();
    await answerResourceRegion(page);

    // The nearest model, and the order of all five.
    await page.locator('#nearest-title').waitFor();
    const answer = (await nearest(page)) ?? '';
    expect(answer).toMatch(/^Nearest model: .+ \(\d+% similar\)$/);
    const order = await ranking(page);
    expect(order).toHaveLength(5);

    // What would move us toward Japan: the model is chosen from the keyboard (type-ahead).
    await tabTo(page, (l) => l.startsWith('select-one:Toward'));
    await page.keyboard.type('Japan');
    await move(page)
      .getByRole('heading', { name: 'What would move your region toward Japan' })
      .waitFor();
    // Every "Show all", each opened with Enter.
    const more = move(page).getByRole('button', { name: /^Show all/ });
    for (let left = await more.count(); left > 0; left = await more.count()) {
      await tabTo(page, (l) => l.startsWith('button:Show all'));
      await page.keyboard.press('Enter');
      await expect.poll(() => more.count()).toBe(left - 1);
      expect(await activeLabel(page)).toBe('button:Show fewer');
    }
    // Only the side of the gap: each item sits at a level, or in a family, where Japan has more.
    let checked = 0;
    for (const [dimension, words] of [
      ['governanceLevel', LEVELS],
      ['sectorFocus', FAMILIES],
    ] as const) {
      if ((await move(page).locator(`[data-dimension="${dimension}"] h3`).count()) === 0) continue;
      const more = await namedInHeading(page, dimension, [...words]);
      const places = await itemPlaces(page, dimension);
      expect(more.length, dimension).toBeGreaterThan(0);
      expect(places.length, dimension).toBeGreaterThan(0);
      for (const place of places) expect(more, `${dimension}: ${place}`).toContain(place);
      checked += 1;
    }
    expect(checked, 'share dimensions where the region differs from Japan').toBeGreaterThan(0);
    // Each quote once in the whole answer.
    const quotes = await move(page)
      .locator('figure.evidence-quote')
      .evaluateAll((els) => els.map((e) => e.id));
    expect(quotes.length).toBeGreaterThan(3);
    expect(new Set(quotes).size).toBe(quotes.length);

    // The brief: "Policy brief" by keyboard opens the print dialog; what it prints is read back.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.locator('a.brand').focus();
    await tabTo(page, (l) => l === 'button:Policy brief');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await waitForSettled(page);
    const pdf = await readPdf(
      new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true })),
    );
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    const printed = pdf.text.join(' ');
    expect(pdf.text[0]).toContain('Resource region');
    for (const model of order.slice(0, 2))
      expect(printed).toMatch(new RegExp(`${model}, \\d+% similar`));
    expect(printed).toMatch(/\[p\d+\]/);

    // The link, copied from its field, opens the same answer in someone else's browser.
    const link = await page.locator('#share-link').inputValue();
    expect(errors).toEqual([]);
    await context.close();
    const fresh = await openApp(browser(), new URL(link).search);
    await fresh.page.locator('#nearest-title').waitFor();
    expect(await nearest(fresh.page)).toBe(answer);
    expect(await ranking(fresh.page)).toEqual(order);
    expect(await fresh.page.getByRole('textbox', { name: "Region's name" }).inputValue()).toBe(
      'Resource region',
    );
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });
});
