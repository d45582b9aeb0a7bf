/**
 * A lecturer's own tour, end to end in Chromium: made on the tours page from views added as steps,
 * edited and reordered (buttons and drag), kept across a reload, downloaded as a tour file and
 * loaded back as a copy, presented with the clicker keys, and shared as a link that opens in a
 * browser that has never seen it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { tourSchema } from '../../src/corpus/schema';
import { followNav } from './chrome-helpers';
import { appLive, axeViolations, openApp, sharedBrowser } from './harness';

const browser = sharedBrowser();
const TITLE = 'Week 3: who steers';
const ownTours = (page: Page) => page.getByRole('region', { name: 'Your tours' });
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const untilStep = (page: Page, n: number) =>
  page.waitForFunction((s) => new URL(location.href).searchParams.get('step') === String(s), n);

/** "Add this view to a tour…" from the Share and export menu, to the tour already chosen. */
async function addThisView(page: Page, option: string, expected: string): Promise<void> {
  await page.getByRole('button', { name: 'Share and export' }).click();
  await page.getByRole('button', { name: 'Add this view to a tour…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add this view as a tour step' });
  await dialog.getByLabel('Tour', { exact: true }).selectOption({ label: option });
  await dialog.getByRole('button', { name: 'Add step' }).click();
  await expect.poll(() => dialog.getByRole('status').textContent()).toBe(expected);
  await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();
  await dialog.waitFor({ state: 'detached' });
}

describe('a tour of your own in Chromium', () => {
  it('is made, survives a reload, exports, imports, presents and travels as a link', async () => {
    const { page, context, errors } = await openApp(browser(), '?view=tours');

    // A new tour, renamed.
    await ownTours(page).getByRole('button', { name: 'New tour' }).click();
    const title = ownTours(page).getByLabel('Title', { exact: true });
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await title.fill(TITLE);

    // Two views added as steps from those views.
    await followNav(page, 'State role');
    await page.locator('main h1').waitFor();
    await addThisView(page, `${TITLE} (0 steps)`, `Added as step 1 of “${TITLE}”.`);
    await page.goto(`${inject('baseUrl')}?view=governance&focus=japan&models=france,japan,italy`);
    await page.locator('main h1').waitFor();
    await addThisView(page, `${TITLE} (1 step)`, `Added as step 2 of “${TITLE}”.`);

    // Talking points written, the steps reordered by button and back by dragging.
    await followNav(page, 'Tours');
    await ownTours(page)
      .getByRole('button', { name: `Edit — ${TITLE}` })
      .click();
    const step = (n: number) => page.getByRole('group', { name: new RegExp(`^Step ${n}`) });
    await step(1)
      .getByLabel('Talking points, one a line')
      .fill('Five steps from market-led to director; no model is purely market-led.');
    await step(2)
      .getByLabel('Talking points, one a line')
      .fill('Japan steers from the centre.\nFrance hands power to its regions, slowly.');
    await expect.poll(() => step(2).getByText('Focus: Japan').count()).toBe(1);
    await page.getByRole('button', { name: 'Move step 2 up' }).click();
    await expect
      .poll(() => step(1).getByLabel('Step title').inputValue())
      .toBe('Governance: Japan');
    expect(await page.getByRole('status').filter({ hasText: 'moved' }).textContent()).toBe(
      '“Governance: Japan” moved to step 1 of 2.',
    );
    // Dragged back by its handle (both steps on screen: a scroll while the button is down ends a drag).
    await page.locator('.step-editors').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const handle = await step(2).locator('.step-editor__handle').boundingBox();
    const onto = await step(1).locator('legend').boundingBox();
    if (!handle || !onto) throw new Error('the steps are not on screen');
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(onto.x + onto.width / 2, onto.y + onto.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => step(1).getByLabel('Step title').inputValue()).toBe('State role');
    await page.getByRole('button', { name: 'Move step 2 up' }).click();
    await expect
      .poll(() => step(1).getByLabel('Step title').inputValue())
      .toBe('Governance: Japan');

    // Nothing is lacking: it can be previewed, and the page passes axe in both themes while editing.
    await ownTours(page)
      .getByRole('link', { name: `Preview — ${TITLE}` })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    // A reload keeps it, as it was left, and its steps are links (`?tour=own-…&step=2`).
    await page.reload();
    await appLive(page);
    await page.locator('main h1').waitFor();
    const steps = ownTours(page).getByRole('list', { name: `Steps of “${TITLE}”` });
    expect(await steps.getByRole('link').allTextContents()).toEqual([
      'Governance: Japan',
      'State role',
    ]);
    const stepHref = (await steps.getByRole('link').nth(1).getAttribute('href')) ?? '';
    expect(stepHref).toMatch(/^\?tour=own-my-tour-1-1&step=2$/);
    await page.goto(`${inject('baseUrl')}${stepHref}`);
    await page.locator('.tour-bar').waitFor();
    expect(await page.locator('.tour-bar__title').textContent()).toContain(
      'Step 2 of 2: State role',
    );
    expect(param(page, 'view')).toBe('state-role');
    await page.keyboard.press('Escape');
    await page.locator('.tour-bar').waitFor({ state: 'detached' });

    // Downloaded as a tour file (the tour schema), then loaded back as a copy.
    await followNav(page, 'Tours');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      ownTours(page)
        .getByRole('button', { name: `Download tour file — ${TITLE}` })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('own-my-tour-1-1.json');
    const file = await download.path();
    const tour = tourSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(tour.steps.map((s) => [s.view, s.focus ?? null])).toEqual([
      ['governance', 'japan'],
      ['state-role', null],
    ]);
    expect(tour.steps[1]?.talkingPoints).toHaveLength(1);
    await ownTours(page).getByLabel('Load a tour file').setInputFiles(file);
    await page.getByText(`as your tour “${TITLE} (copy)”`).waitFor();
    expect(await ownTours(page).getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      TITLE,
      `${TITLE} (copy)`,
    ]);

    // The copy presented: presentation mode, driven by PageDown alone.
    await ownTours(page)
      .getByRole('link', { name: `Present — ${TITLE} (copy)` })
      .click();
    await page.locator('.tour-bar').waitFor();
    expect(param(page, 'present')).toBe('1');
    expect(param(page, 'tour')).toBe('own-week-3-who-steers-copy-1');
    expect(await page.locator('.app--present').count()).toBe(1);
    await untilStep(page, 1);
    expect(param(page, 'view')).toBe('governance');
    await page.keyboard.press('PageDown');
    await untilStep(page, 2);
    expect(param(page, 'view')).toBe('state-role');
    expect(await page.locator('.tour-bar__title').textContent()).toContain('Step 2 of 2');
    await page.keyboard.press('Escape');
    await page.locator('.tour-bar').waitFor({ state: 'detached' });
    if (param(page, 'present') === '1') await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('present'));

    // Shared as a link that carries the whole tour: a browser that never saw it opens it.
    await followNav(page, 'Tours');
    await ownTours(page)
      .getByRole('button', { name: `Copy link — ${TITLE}`, exact: true })
      .click();
    const link = await ownTours(page).getByLabel('Link that carries this tour').inputValue();
    expect(new URL(link).searchParams.get('tourfile')).toMatch(/^[jz]\./);
    expect(link.length).toBeLessThan(2200);
    const fresh = await openApp(browser(), new URL(link).search);
    await fresh.page.locator('.tour-bar').waitFor();
    expect(await fresh.page.locator('.tour-bar__title').textContent()).toContain(
      'Step 1 of 2: Governance: Japan',
    );
    expect(param(fresh.page, 'tourfile')).toBeNull();
    // Kept there under an id of its own, from its title.
    expect(param(fresh.page, 'tour')).toBe('own-week-3-who-steers-1');
    // It was kept there too, and a reload opens it again.
    await fresh.page.reload();
    await fresh.page.locator('.tour-bar').waitFor();
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();

    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when a tour link cannot be read, and starts normally', async () => {
    const { page, context, errors } = await openApp(browser(), '?tourfile=z.AAAA');
    await page.getByText('The link’s “tourfile” value').waitFor();
    expect(param(page, 'tourfile')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});
