/**
 * Several codings, seen by a reader: the agreement page of Sources & method (alpha for every
 * dimension, a different table for another pair of coders, the change log, a link to #agreement)
 * and policy fit under each coding; both screens with no axe violation and no layout finding at
 * the three sizes we design for, light and dark, in English and Russian.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openApp, sharedBrowser, type AppPage } from './harness';
import { checkScreen, describeFinding } from '../support/layout-checks';
import { waitForSettled } from '../support/settled';

const browser = sharedBrowser();

const DIMENSIONS = [
  'stateRole',
  'governanceLevel',
  'sectorFocus',
  'firmHierarchy',
  'universityIndustry',
];
/** A region close to Japan as the corpus codes it: a directing state, a few anchor firms. */
const PROFILE = '1~Directed%20region~5~50.35.15~0.20.50.30~5~4';

/** The fit view keeps the table under each coding in a disclosure of "How sure is this?": open it. */
async function openCodings(page: Page) {
  const details = page.locator('details.fit-sure__codings');
  await details.waitFor({ state: 'attached' });
  await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
}

const agreementTable = (page: Page) => page.locator('table.agreement-table');
const tableText = (page: Page) => agreementTable(page).locator('tbody').innerText();

/** Each dimension's alpha as the table shows it, by dimension id. */
const alphas = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Array.from(document.querySelectorAll('table.agreement-table tbody tr'), (row) => [
        row.getAttribute('data-dimension'),
        row.querySelector('.agreement-alpha__value')?.textContent ?? '',
      ]),
    ),
  );

describe('the agreement page', () => {
  it('shows alpha for each of the five dimensions, first coding against review 1', async () => {
    const { page, context, errors } = await openApp(browser(), '?view=sources');
    await agreementTable(page).waitFor();
    const select = page.getByLabel('Compare', { exact: true });
    expect(await select.locator('option:checked').textContent()).toBe(
      'First coding and External review 1',
    );
    const byDimension = await alphas(page);
    expect(Object.keys(byDimension)).toEqual(DIMENSIONS);
    // Two decimals, as Krippendorff reports alpha; never the "cannot be computed" dash.
    for (const value of Object.values(byDimension)) expect(value).toMatch(/^−?-?\d\.\d\d$/);
    // The metric follows the dimension's kind.
    const metrics = await agreementTable(page)
      .locator('.agreement-alpha__metric')
      .allTextContents();
    expect(metrics).toEqual(['ordinal', 'interval', 'interval', 'ordinal', 'ordinal']);
    expect(
      await page.getByRole('table', { name: /^Agreement per dimension/ }).count(),
      'the table is named by its caption',
    ).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws another table when the reader picks another pair, or all three coders', async () => {
    const { page, context } = await openApp(browser(), '?view=sources');
    await agreementTable(page).waitFor();
    const caption = agreementTable(page).locator('caption');
    const before = { caption: await caption.textContent(), body: await tableText(page) };
    const select = page.getByLabel('Compare', { exact: true });
    await select.selectOption('first-coding+reconciled');
    await page.waitForFunction(
      (text) => document.querySelector('table.agreement-table caption')?.textContent !== text,
      before.caption,
    );
    expect(await caption.textContent()).toBe(
      'Agreement per dimension: First coding and Reconciled after review 1',
    );
    const reconciled = await tableText(page);
    expect(reconciled).not.toBe(before.body);
    await select.selectOption({ index: (await select.locator('option').count()) - 1 });
    await page.waitForFunction(
      (text) => document.querySelector('table.agreement-table caption')?.textContent !== text,
      'Agreement per dimension: First coding and Reconciled after review 1',
    );
    expect(await caption.textContent()).toMatch(/^Agreement per dimension: All 3: /);
    expect(await agreementTable(page).locator('tbody tr').count()).toBe(5);
    await context.close();
  });

  it('lists what review 1 changed, before and after, with the findings and a count of verdicts', async () => {
    const { page, context } = await openApp(browser(), '?view=sources');
    const log = page.getByRole('table', { name: /review changed, before and after/ });
    await log.waitFor();
    expect(await page.locator('.change-log').textContent()).toMatch(
      /\d+ findings answered — accepted: \d+, partly accepted: \d+, declined: \d+\./,
    );
    const rows = log.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    // Every row names at least one finding with its verdict, whose reason opens on request.
    const first = rows.first().locator('details').first();
    expect(await first.locator('summary').textContent()).toMatch(
      /(accepted|partly accepted|declined)$/,
    );
    await first.locator('summary').click();
    expect((await first.locator('p').textContent())?.length).toBeGreaterThan(20);
    // Where only the structure changed, its shape before and after says in words what differs.
    const japan = rows.filter({ hasText: 'Japan' }).filter({ hasText: 'Firm hierarchy' });
    expect(await japan.locator('td').nth(0).textContent()).toContain(
      'structure: 5 groups in 4 tiers and 5 links',
    );
    expect(await japan.locator('td').nth(1).textContent()).toContain(
      'structure: 4 groups in 3 tiers and 5 links',
    );
    expect(await rows.filter({ hasText: 'State role' }).first().textContent()).not.toContain(
      'structure:',
    );
    // A finding about one disputed code reads as its model and dimension; the id is the title.
    expect(await log.getByTitle('italy.governanceLevel').textContent()).toBe(
      'Italy: Governance level',
    );
    await context.close();
  });

  it('opens at the section when linked as #agreement', async () => {
    const { page, context } = await openApp(browser(), '?view=sources#agreement');
    await agreementTable(page).waitFor();
    await waitForSettled(page);
    const top = await page.locator('#agreement').evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await context.close();
  });
});

describe('policy fit under each coding', () => {
  it('ranks the profile under every coder and says whether the nearest model holds', async () => {
    const { page, context, errors } = await openApp(browser(), `?view=fit&profile=${PROFILE}`);
    await openCodings(page);
    const table = page.getByRole('table', {
      name: 'Each model’s rank and similarity under each coding',
    });
    await table.waitFor();
    const heads = await table.locator('thead th').allTextContents();
    expect(heads).toEqual([
      'Model',
      'First coding',
      'External review 1',
      'Reconciled after review 1shown above',
    ]);
    expect(await table.locator('tbody tr').count()).toBe(5);
    const nearest = (await page.locator('#nearest-title').textContent()) ?? '';
    const firstRow = (await table.locator('tbody tr').first().locator('th').textContent()) ?? '';
    expect(nearest).toContain(firstRow);
    const verdict = (await page.locator('.fit-codings__verdict').textContent()) ?? '';
    // Either sentence is right, depending on the coding: it must name the nearest model.
    expect(verdict).toMatch(
      new RegExp(
        `^(${firstRow} is nearest under all 3 codings\\.|The nearest model changes with the coding: .+\\.)$`,
      ),
    );
    // Under the coder the page draws, the table's column of ranks matches the ranking chart.
    const shownRanks = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[2]?.textContent ?? ''));
    expect(shownRanks.map((cell) => cell.split(' ')[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('orders the rows by the coding the page draws (coding= in the URL)', async () => {
    const { page, context } = await openApp(
      browser(),
      `?view=fit&profile=${PROFILE}&coding=first-coding`,
    );
    await openCodings(page);
    const table = page.locator('table.fit-codings__table');
    await table.waitFor();
    expect(await table.locator('thead th').nth(1).textContent()).toBe('First codingshown above');
    const ranks = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[0]?.textContent ?? ''));
    expect(ranks.map((cell) => cell.split(' ')[0])).toEqual(['1', '2', '3', '4', '5']);
    await context.close();
  });
});

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];
const SCREENS = [
  { name: 'agreement', query: '?view=sources', ready: 'table.agreement-table' },
  {
    name: 'fit under each coding',
    query: `?view=fit&profile=${PROFILE}`,
    ready: 'table.fit-codings__table',
  },
];

for (const size of SIZES) {
  const sizeName = `${size.width}×${size.height}`;
  describe(`axe and layout at ${sizeName}`, () => {
    let app: AppPage;
    beforeAll(async () => {
      app = await openApp(browser(), '', { viewport: size });
    });
    afterAll(async () => {
      expect(app.errors, 'console errors').toEqual([]);
      await app.context.close();
    });
    for (const lang of ['en', 'ru'] as const)
      for (const theme of ['light', 'dark'] as const)
        for (const screen of SCREENS)
          it(`${screen.name}, ${lang}, ${theme}`, async () => {
            const { page } = app;
            await page.emulateMedia({ media: 'screen', colorScheme: theme });
            await page.goto(`${inject('baseUrl')}${screen.query}&lang=${lang}`);
            await page.waitForFunction((l) => document.documentElement.lang === l, lang);
            if (screen.query.includes('view=fit')) await openCodings(page);
            await page.locator(screen.ready).waitFor();
            await waitForSettled(page);
            expect((await checkScreen(page)).map(describeFinding)).toEqual([]);
            expect(await axeViolations(page)).toEqual([]);
          });
  });
}
