import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openApp, sharedBrowser } from './harness';
import { checkScreen, describeFinding } from '../support/layout-checks';
import { waitForSettled } from '../support/settled';
import { activeLabel, answerResourceRegion, tabTo } from './fit-keys';

const browser = sharedBrowser();

const ranking = (page: Page) => page.locator('svg.ranking .ranking-name').allTextContents();
const nearest = (page: Page) => page.locator('#nearest-title').textContent();
const EMPTY = 'Describe your region to see which model it sits nearest';
const PROFILE = '1~Tashkent%20region~4~70.20.10~15.65.15.5~4~2';

describe('policy fit in Chromium', () => {
  it('answers the five questions by keyboard only, keeps the profile across a reload, and shares it', async () => {
    const { page, context, errors } = await openApp(browser(), '?view=fit');
    // Nothing entered: no nearest model, no ranking, no link; only what to do.
    await page.getByRole('heading', { name: EMPTY }).waitFor();
    expect(await page.locator('#nearest-title').count()).toBe(0);
    expect(await page.locator('#share-link').count()).toBe(0);

    // A strong central state, national government in charge, industry, a few large firms.
    await answerResourceRegion(page, async () => {
      // Four answered: still no answer.
      expect(await page.locator('#nearest-title').count()).toBe(0);
    });
    const after = (await page.locator('#nearest-title').textContent()) ?? '';
    expect(after).toMatch(/^Nearest model: /);
    const order = await ranking(page);
    expect(order).toHaveLength(5);
    await tabTo(page, (l) => l === 'button:Done');
    await page.keyboard.press('Enter');
    expect(await activeLabel(page)).toBe('button:Change: Universities and firms');

    // Save it, still by keyboard: the saved profiles fold under the questions.
    await tabTo(page, (l) => l.startsWith(':Saved profiles'));
    await page.keyboard.press('Enter');
    await tabTo(page, (l) => l.includes('Save this profile'));
    await page.keyboard.press('Enter');
    await page.getByText('Saved “Resource region”.').waitFor();
    const shareLink = await page.locator('#share-link').inputValue();
    expect(new URL(shareLink).searchParams.get('profile')?.length).toBeLessThanOrEqual(300);
    expect(new URL(page.url()).searchParams.get('profile')).not.toBeNull();
    expect(await axeViolations(page)).toEqual([]);

    // A reload keeps the profile (the address carries it).
    await page.reload();
    await page.locator('#nearest-title').waitFor();
    expect(await nearest(page)).toBe(after);
    expect(await page.getByRole('textbox', { name: "Region's name" }).inputValue()).toBe(
      'Resource region',
    );

    // Without the profile in the address: the empty state; the saved profile loads back.
    await page.goto(new URL('?view=fit', page.url()).toString());
    await page.getByRole('heading', { name: EMPTY }).waitFor();
    await page.getByRole('button', { name: 'Load “Resource region”' }).click();
    await expect.poll(() => nearest(page)).toBe(after);
    expect(await ranking(page)).toEqual(order);
    expect(errors).toEqual([]);
    await context.close();

    // The share link in a fresh browser context shows the same ranking, without saving anything.
    const fresh = await openApp(browser(), new URL(shareLink).search);
    await fresh.page.locator('#nearest-title').waitFor();
    expect(await nearest(fresh.page)).toBe(after);
    expect(await ranking(fresh.page)).toEqual(order);
    expect(await fresh.page.getByText('No saved profile yet.').count()).toBe(1);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });

  it('keeps half-answered questions across a reload', async () => {
    const { page, context, errors } = await openApp(browser(), '?view=fit');
    await page.getByRole('radio', { name: '2 — enabler' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: 'Mostly local: towns and districts' }).check();
    await page.reload();
    await page.getByRole('heading', { name: EMPTY }).waitFor();
    await page.locator('.fit-empty').getByText('Answered: 2 of 5').waitFor();
    expect(await page.locator('.fit-questions__answer').allTextContents()).toEqual([
      '2 — enabler',
      'Mostly local: towns and districts',
      'not answered yet',
      'not answered yet',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('explains an unreadable profile link and falls back to the empty state', async () => {
    const { page, context } = await openApp(browser(), '?view=fit&profile=1~x~9~1.2.3~4~5~6');
    expect(await page.locator('.notice').textContent()).toContain(
      'not a profile link this app can read',
    );
    await page.getByRole('heading', { name: EMPTY }).waitFor();
    expect(await page.locator('#share-link').count()).toBe(0);
    await context.close();
  });

  // The layout checks and axe on the view, empty and with a profile, at the sizes we design for.
  const SIZES = [
    { width: 1280, height: 800 },
    { width: 1024, height: 768 },
    { width: 390, height: 844 },
  ];
  for (const size of SIZES)
    for (const colorScheme of ['light', 'dark'] as const)
      it(`has no layout finding or axe violation at ${size.width}×${size.height}, ${colorScheme}`, async () => {
        const { page, context, errors } = await openApp(browser(), '?view=fit', {
          viewport: size,
          colorScheme,
        });
        for (const query of ['?view=fit', `?view=fit&profile=${PROFILE}`]) {
          await page.goto(new URL(query, page.url()).toString());
          await page.locator('main h1').first().waitFor();
          await page.locator('.fit-empty, #nearest-title').first().waitFor();
          // Both disclosures open, so the full editor and the method are checked too.
          for (const details of await page.locator('details.fit-disclosure').all())
            await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
          await waitForSettled(page);
          const where = `${query} at ${size.width}, ${colorScheme}`;
          expect((await checkScreen(page)).map(describeFinding), where).toEqual([]);
          expect(await axeViolations(page), where).toEqual([]);
        }
        expect(errors).toEqual([]);
        await context.close();
      });

  it('at 1280×800 the open question and the answer sit side by side in the first screen', async () => {
    const { page, context } = await openApp(browser(), `?view=fit&profile=${PROFILE}`);
    await page.locator('#nearest-title').waitFor();
    await page.getByRole('button', { name: 'Change: Who runs cluster policy' }).click();
    await waitForSettled(page);
    const question = await page.locator('.fit-question').boundingBox();
    const answerTitle = await page.locator('#nearest-title').boundingBox();
    expect(question && answerTitle).toBeTruthy();
    // The whole open question is in view, and the nearest model beside it.
    expect(question!.y + question!.height).toBeLessThanOrEqual(800);
    expect(answerTitle!.y + answerTitle!.height).toBeLessThanOrEqual(800);
    expect(answerTitle!.x).toBeGreaterThan(question!.x + question!.width);
    await context.close();
  });
});
