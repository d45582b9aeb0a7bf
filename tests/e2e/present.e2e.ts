import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openApp, sharedBrowser } from './harness';
import { waitForSettled } from '../support/settled';

const browser = sharedBrowser();

/** The smallest rendered text size on screen: CSS font size times any SVG scaling, over visible text. */
const smallestText = (page: Page) =>
  page.evaluate(`(() => {
    let min = Infinity, where = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent.trim()) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1 || r.bottom < 0 || r.top > innerHeight) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      let size = parseFloat(style.fontSize);
      const svg = el.closest('svg');
      if (svg && el instanceof SVGGraphicsElement) size *= el.getScreenCTM()?.a ?? 1;
      if (size < min) { min = size; where = el.tagName + ' "' + n.textContent.trim().slice(0, 30) + '"'; }
    }
    return { min, where };
  })()`) as Promise<{ min: number; where: string }>;

describe('presentation mode in Chromium', () => {
  for (const view of ['overview', 'compare', 'state-role', 'governance', 'sectors', 'hierarchy']) {
    it(`${view}: no visible text under 24 px at 1280×720, and no app chrome`, async () => {
      const { page, context, errors } = await openApp(browser(), `?view=${view}&present=1`, {
        viewport: { width: 1280, height: 720 },
      });
      await waitForSettled(page);
      const { min, where } = await smallestText(page);
      expect(min, where).toBeGreaterThanOrEqual(24);
      expect(await page.locator('header.app-header, .toolbar, .app-footer').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('P enters and leaves presentation mode, restoring the chrome', async () => {
    const { page, context } = await openApp(browser(), '?view=state-role');
    await page.keyboard.press('p');
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-present'));
    expect(new URL(page.url()).searchParams.get('present')).toBe('1');
    expect(await page.locator('header.app-header').count()).toBe(0);
    await page.keyboard.press('p');
    await page.locator('header.app-header').waitFor();
    expect(new URL(page.url()).searchParams.get('present')).toBeNull();
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`reports no axe violations in presentation mode, ${colorScheme}`, async () => {
      const { page, context } = await openApp(
        browser(),
        '?view=governance&present=1&tour=five-ways&step=3',
        { colorScheme },
      );
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
