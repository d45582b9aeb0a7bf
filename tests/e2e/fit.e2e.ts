import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openApp, sharedBrowser } from './harness';

const browser = sharedBrowser();

const ranking = (page: Page) => page.locator('svg.ranking .ranking-name').allTextContents();
const nearest = (page: Page) => page.locator('#nearest-title').textContent();
const activeLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return `${el?.type ?? ''}:${el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? el?.textContent ?? ''}`;
  });

async function tabTo(page: Page, matches: (label: string) => boolean, max = 200) {
  for (let i = 0; i < max; i++) {
    if (matches(await activeLabel(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`never reached the control; last: ${await activeLabel(page)}`);
}

describe('policy fit in Chromium', () => {
  it('builds a profile by keyboard only, keeps it across a reload, and shares it', async () => {
    const { page, context, errors } = await openApp(browser(), '?view=fit');
    const before = await nearest(page);
    // A strong central state, a few large firms, industry-heavy: state role up to 5 with the arrows.
    await page.locator('a.brand').focus();
    await tabTo(page, (l) => l.startsWith('radio:') && l.includes('3 — partner'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await activeLabel(page)).toContain('5 — director');
    await tabTo(page, (l) => l.startsWith('range:') && l.includes('national'));
    for (let i = 0; i < 4; i++) await page.keyboard.press('PageUp');
    await tabTo(page, (l) => l.startsWith('range:') && l.includes('industrial'));
    for (let i = 0; i < 5; i++) await page.keyboard.press('PageUp');
    await tabTo(
      page,
      (l) => l.startsWith('radio:') && l.includes('3 — large firms and SMEs as partners'),
    );
    await page.keyboard.press('ArrowDown');
    expect(await activeLabel(page)).toContain('4 — anchored');
    await page.waitForFunction(
      (b) => document.querySelector('#nearest-title')?.textContent !== b,
      before,
    );
    const after = await nearest(page);
    expect(after).not.toBe(before);
    const order = await ranking(page);
    expect(order).toHaveLength(5);
    // Name it and save it, still by keyboard.
    await page.locator('a.brand').focus();
    await tabTo(page, (l) => l === 'text:Name');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Resource region');
    await tabTo(page, (l) => l.includes('Save this profile'));
    await page.keyboard.press('Enter');
    await page.getByText('Saved “Resource region”.').waitFor();
    const shareLink = await page.locator('#share-link').inputValue();
    expect(new URL(shareLink).searchParams.get('profile')?.length).toBeLessThanOrEqual(300);
    expect(await axeViolations(page)).toEqual([]);

    // Reload without the profile in the URL: the saved profile is still listed and loads back.
    await page.goto(new URL('?view=fit', page.url()).toString());
    await page.getByRole('button', { name: 'Load “Resource region”' }).click();
    await page.waitForFunction(
      (a) => document.querySelector('#nearest-title')?.textContent === a,
      after,
    );
    expect(await ranking(page)).toEqual(order);
    expect(errors).toEqual([]);
    await context.close();

    // The share link in a fresh browser context shows the same ranking, without saving anything.
    const fresh = await openApp(browser(), new URL(shareLink).search);
    expect(await nearest(fresh.page)).toBe(after);
    expect(await ranking(fresh.page)).toEqual(order);
    expect(await fresh.page.getByText('No saved profile yet.').count()).toBe(1);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });

  it('explains an unreadable profile link and falls back to the blank profile', async () => {
    const { page, context } = await openApp(browser(), '?view=fit&profile=1~x~9~1.2.3~4~5~6');
    expect(await page.locator('.notice').textContent()).toContain(
      'not a profile link this app can read',
    );
    const link = new URL(await page.locator('#share-link').inputValue());
    expect(link.searchParams.get('profile')).toBe('1~My%20region~3~34.33.33~25.25.25.25~3~3');
    await context.close();
  });

  it('reports no axe violations in dark theme', async () => {
    const { page, context } = await openApp(browser(), '?view=fit', { colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
