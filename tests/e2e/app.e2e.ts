import { VIEW_IDS } from '../../src/corpus/vocabulary';
import { describe, expect, it } from 'vitest';
import { axeViolations, openApp, sharedBrowser } from './harness';
import { followNav } from './chrome-helpers';

const browser = sharedBrowser();

describe('the production build in Chromium', () => {
  it('shows the overview with five cards and no console errors', async () => {
    const { page, context, errors } = await openApp(browser());
    await expect(page.locator('main h1').textContent()).resolves.toBe(
      'Five ways to build a regional cluster',
    );
    expect(await page.locator('.model-card h2').allTextContents()).toEqual([
      'Italy',
      'France',
      'United Kingdom',
      'United States',
      'Japan',
    ]);
    expect(await page.locator('svg.card-glyph[role="img"]').count()).toBe(5);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans"'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works from the keyboard: skip link, then the navigation', async () => {
    const { page, context, errors } = await openApp(browser());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Skip to main content',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.location.hash)).toBe('#main');
    // From the top again: tab to "More", open it with Enter, tab until the Concepts link has
    // focus, then follow it with Enter.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.locator('a.brand').focus();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'More') break;
    }
    await page.keyboard.press('Enter');
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Concepts') break;
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Concepts/ }).waitFor();
    expect(new URL(page.url()).search).toBe('?view=concepts');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    const focusStyle = await page.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('.main-nav a');
      link?.focus();
      return link ? getComputedStyle(link).outlineStyle : 'none';
    });
    expect(focusStyle).not.toBe('none');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a link with models and language, and notices an invalid view', async () => {
    const { page, context, errors } = await openApp(
      browser(),
      '?models=japan,italy&lang=ru&view=map',
    );
    await page
      .getByRole('heading', { level: 1, name: 'Пять способов создать региональный кластер' })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    // The corpus's own text is in Russian too (data/i18n/ru), in the link's order.
    expect(await page.locator('.model-card h2').allTextContents()).toEqual(['Япония', 'Италия']);
    expect(await page.locator('.notice').textContent()).toContain('«map»');
    expect(new URL(page.url()).search).toBe('?models=japan,italy&lang=ru');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves Back and Forward between views', async () => {
    const { page, context } = await openApp(browser());
    await followNav(page, 'Sources & method');
    await page.getByRole('heading', { level: 1, name: 'Sources & method' }).waitFor();
    await page.goBack();
    await page
      .getByRole('heading', { level: 1, name: 'Five ways to build a regional cluster' })
      .waitFor();
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Sources & method' }).waitFor();
    expect(new URL(page.url()).search).toBe('?view=sources');
    await context.close();
  });

  it('has no horizontal scroll on a 390 px phone', async () => {
    const { page, context } = await openApp(browser(), '', {
      viewport: { width: 390, height: 844 },
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await context.close();
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA tags)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const view of VIEW_IDS) {
      it(`reports no violations on ${view}, ${colorScheme}`, async () => {
        const { page, context, errors } = await openApp(
          browser(),
          view === 'overview' ? '' : `?view=${view}`,
          { colorScheme },
        );
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
});
