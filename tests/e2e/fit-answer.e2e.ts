import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openApp, sharedBrowser } from './harness';
import { checkScreen, describeFinding } from '../support/layout-checks';
import { waitForSettled } from '../support/settled';

const browser = sharedBrowser();

/** Profile A: a state that directs, national government, industry, strict hierarchy, weak links. */
const PROFILE_A = '1~Region%20A~5~80.15.5~20.70.5.5~5~2';
const QUERY = `?view=fit&profile=${PROFILE_A}`;

const move = (page: Page) => page.locator('section.fit-move');
const dimension = (page: Page, id: string) =>
  move(page).locator(`[data-dimension="${id}"]`).first();

async function chooseJapan(page: Page) {
  await page.locator('#nearest-title').waitFor();
  await move(page).getByRole('combobox', { name: 'Toward' }).selectOption('japan');
  await move(page)
    .getByRole('heading', { name: 'What would move your region toward Japan' })
    .waitFor();
}

/** Opens every "Show all" of the section (each becomes "Show fewer", so take the first left). */
async function showAll(page: Page) {
  const more = move(page).getByRole('button', { name: /^Show all/ });
  for (let left = await more.count(); left > 0; left = await more.count()) {
    await more.first().click();
    await expect.poll(() => more.count()).toBe(left - 1);
  }
}

/** The "(kind · where)" notes of the items listed under a dimension. */
const itemNotes = (page: Page, id: string) =>
  dimension(page, id).locator('.fit-move__items li > .muted').allTextContents();

describe('policy fit: what would move your region toward a model', () => {
  it('lists only what lies on the side of the gap, each quote once, the rest behind "Show all"', async () => {
    const { page, context, errors } = await openApp(browser(), QUERY);
    await chooseJapan(page);

    // Governance: Japan has more at the regional and local levels, so nothing national is listed.
    await expect
      .poll(() => dimension(page, 'governanceLevel').locator('h3').textContent())
      .toMatch(/^Japan leaves more to the regional level \(\+20 points\)/);
    const governance = await itemNotes(page, 'governanceLevel');
    expect(governance.length).toBeGreaterThan(0);
    for (const note of governance) expect(note).toMatch(/· (regional|local)\)$/);
    // Sectors: only sectors in the families where Japan has more (high-tech and mixed).
    const sectors = (await itemNotes(page, 'sectorFocus')).filter((n) => n.startsWith('(sector'));
    expect(sectors.length).toBeGreaterThan(0);
    for (const note of sectors) expect(note).toMatch(/^\(sector · (high-tech|mixed)\)$/);
    // State role matches (5 and 5): the section is there all the same.
    await move(page).getByRole('heading', { name: "What Japan's state does" }).waitFor();
    // Firm hierarchy matches too, and is one line.
    expect(await dimension(page, 'firmHierarchy').textContent()).toBe(
      'Firm hierarchy: the same as Japan',
    );

    const quotes = () =>
      move(page)
        .locator('figure.evidence-quote')
        .evaluateAll((els) => els.map((e) => e.id));
    const folded = await quotes();
    await showAll(page);
    const all = await quotes();
    expect(all.length).toBeGreaterThan(folded.length);
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((id) => id.startsWith('evidence-'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a line pointing to a folded quote unfolds it and takes the focus there', async () => {
    const { page, context } = await openApp(browser(), QUERY);
    await chooseJapan(page);
    // The lines that point above are folded too, past three items: unfold the last dimension's.
    await dimension(page, 'universityIndustry')
      .getByRole('button', { name: /^Show all/ })
      .click();
    const links = move(page).locator('.fit-move__repeats a');
    const hrefs = await links.evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    const target = await page.evaluate(
      (all) => all.find((h) => !document.querySelector(h)) ?? null,
      hrefs,
    );
    expect(target, 'a line that points to a quote folded under "Show all"').not.toBeNull();
    await move(page).locator(`.fit-move__repeats a[href="${target}"]`).first().click();
    await page.locator(target!).waitFor();
    await expect
      .poll(() => page.evaluate(() => `#${document.activeElement?.id ?? ''}`))
      .toBe(target);
    await context.close();
  });

  it('says how sure the answer is', async () => {
    const { page, context } = await openApp(browser(), QUERY);
    await page.locator('#nearest-title').waitFor();
    const note = await page.locator('.fit-sure [data-note="weights"]').textContent();
    expect(note).toMatch(
      /^(\S.* and \S.* are \d+ points? apart; \S.* becomes nearest if (the weight of .* (rises above|falls below) \d\.\d|.* is ignored \(weight 0\))\.|No single weight from 0 to 4 changes the nearest model\.)$/,
    );
    expect(await page.locator('.fit-answer__spread').textContent()).toMatch(
      /^All 5 models lie between \d+% and \d+% similar; /,
    );
    await context.close();
  });

  it('is at most three screens long at 1280×800 before "Show all", the question beside the answer', async () => {
    const { page, context } = await openApp(browser(), QUERY, {
      viewport: { width: 1280, height: 800 },
    });
    await chooseJapan(page);
    await waitForSettled(page);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(3 * 800);
    // The answer starts in the first screen, level with the questions.
    const answerTop = await page
      .locator('#nearest-title')
      .evaluate((h) => h.getBoundingClientRect().top);
    expect(answerTop).toBeLessThan(400);
    await context.close();
  });

  const SIZES = [
    { width: 1280, height: 800 },
    { width: 1024, height: 768 },
    { width: 390, height: 844 },
  ];
  for (const size of SIZES)
    for (const colorScheme of ['light', 'dark'] as const)
      it(`has no layout finding or axe violation at ${size.width}×${size.height}, ${colorScheme}`, async () => {
        const { page, context, errors } = await openApp(browser(), QUERY, {
          viewport: size,
          colorScheme,
        });
        await chooseJapan(page);
        await showAll(page);
        for (const details of await page.locator('.fit-answer details').all())
          await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
        await waitForSettled(page);
        const where = `${size.width}, ${colorScheme}`;
        expect((await checkScreen(page)).map(describeFinding), where).toEqual([]);
        expect(await axeViolations(page), where).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      });
});
