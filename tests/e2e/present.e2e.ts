import { describe, expect, it } from 'vitest';
import { axeViolations, openApp, sharedBrowser } from './harness';
import { waitForSettled } from '../support/settled';
import { measureSlide, SLIDE_MIN_FONT_PX } from '../support/slide-checks';
import { slidePartsOf, VIEW_IDS } from '../../src/corpus/vocabulary';

const browser = sharedBrowser();

describe('presentation mode in Chromium', () => {
  // Every view that has slides (the views' parts in the schema).
  for (const view of VIEW_IDS.filter((v) => slidePartsOf(v).length > 0)) {
    it(`${view}: a slide at 1280×720 with every model — fits, no text under 24 px, no app chrome`, async () => {
      const { page, context, errors } = await openApp(browser(), `?view=${view}&present=1`, {
        viewport: { width: 1280, height: 720 },
      });
      await waitForSettled(page);
      const { smallest, scrollHeight, innerHeight, scrollers } = await measureSlide(page);
      expect(smallest.px, smallest.where).toBeGreaterThanOrEqual(SLIDE_MIN_FONT_PX - 0.05);
      expect(scrollHeight, 'page height').toBeLessThanOrEqual(innerHeight);
      expect(scrollers, 'boxes that scroll').toEqual([]);
      expect(await page.locator('header.app-header, .toolbar, .app-footer').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('fit: with no region, the slide offers the two examples; one press ranks the models, and the slide still fits', async () => {
    const { page, context, errors } = await openApp(browser(), '?view=fit&present=1', {
      viewport: { width: 1280, height: 720 },
    });
    await page.locator('.slide-fit__empty').waitFor();
    expect(await page.locator('svg.ranking').count()).toBe(0);
    await page.getByRole('button', { name: /^Resource region — / }).click();
    await page.locator('svg.ranking').waitFor();
    expect(await page.locator('.slide-fit__profile').textContent()).toContain('Resource region');
    expect(await page.locator('svg.ranking .ranking-name').first().textContent()).toBe('Japan');
    await waitForSettled(page);
    const { smallest, scrollHeight, innerHeight } = await measureSlide(page);
    expect(smallest.px, smallest.where).toBeGreaterThanOrEqual(SLIDE_MIN_FONT_PX - 0.05);
    expect(scrollHeight, 'page height').toBeLessThanOrEqual(innerHeight);
    expect(errors).toEqual([]);
    await context.close();
  });

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

  // Seen at 1920×1080: a link's notice on a slide ran under the fixed Exit button, which hid the
  // notice's own close button. Each language's Exit has its own width.
  for (const lang of ['en', 'ru', 'uz'] as const) {
    it(`a notice on a slide keeps its close button clear of Exit (${lang}, 1920×1080 and 1024×768)`, async () => {
      for (const viewport of [
        { width: 1920, height: 1080 },
        { width: 1024, height: 768 },
      ]) {
        const { page, context } = await openApp(
          browser(),
          `?view=state-role&present=1&part=nowhere&lang=${lang}`,
          { viewport },
        );
        const close = page.locator('.notices .notice button');
        await close.waitFor();
        const exit = await page.locator('.present-exit').boundingBox();
        const closeBox = await close.boundingBox();
        const apart =
          !!exit &&
          !!closeBox &&
          (closeBox.x + closeBox.width <= exit.x ||
            exit.x + exit.width <= closeBox.x ||
            closeBox.y + closeBox.height <= exit.y ||
            exit.y + exit.height <= closeBox.y);
        expect(
          apart,
          `${viewport.width}: close ${JSON.stringify(closeBox)}, exit ${JSON.stringify(exit)}`,
        ).toBe(true);
        await close.click();
        await expect.poll(() => page.locator('.notices .notice').count()).toBe(0);
        await context.close();
      }
    });
  }

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
