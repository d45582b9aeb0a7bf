/**
 * A model's page (view=model): Japan's page shows its sections; previous and next move by
 * keyboard; "compare with" opens the two side by side; an overview card's title opens the page;
 * axe finds nothing at the three sizes, light and dark.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openApp, sharedBrowser, type AppPage } from './harness';
import { waitForSettled } from '../support/settled';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];
const THEMES = ['light', 'dark'] as const;
const SECTIONS = [
  'model-codes',
  'model-strips',
  'model-actors',
  'model-instruments',
  'model-examples',
  'model-facts',
  'model-lessons',
];

const browser = sharedBrowser();

async function showPage(page: Page, query: string): Promise<void> {
  await page.goto(`${inject('baseUrl')}${query}`);
  await page.locator('main h1').first().waitFor();
  await page.locator('.model-page .model-strip').first().waitFor();
  await waitForSettled(page);
}

/** Tabs forward until the focused element matches `selector`, or gives up after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector))
      return;
  }
  throw new Error(`${selector} was not reached by Tab`);
}

describe('model page', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(browser(), '?view=model&model=japan');
  });
  afterAll(async () => {
    expect(app.errors, 'console errors').toEqual([]);
    await app.context.close();
  });

  it("shows Japan's sections, each with its heading, and titles the tab", async () => {
    const { page } = app;
    await showPage(page, '?view=model&model=japan');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Japan');
    for (const id of SECTIONS) {
      const heading = page.locator(`section#${id} > h2`);
      expect(await heading.count(), id).toBe(1);
      expect(await heading.getAttribute('tabindex'), id).toBe('-1');
    }
    expect(await page.locator('.model-code').count()).toBe(5);
    expect(await page.locator('svg.model-strip').count()).toBe(10);
    expect(await page.locator('#model-actor-lead-company').count()).toBe(1);
    expect(await page.title()).toContain('Japan');
  });

  it('uses a wide screen: content as wide as the header, codes and strips in two columns', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    await showPage(page, '?view=model&model=united-kingdom');
    const box = (selector: string, n = 0) => page.locator(selector).nth(n).boundingBox();
    const content = (await box('.model-page'))!;
    const settings = (await box(
      'header button',
      (await page.locator('header button').count()) - 1,
    ))!;
    // The shell pads the header and the main area a few pixels differently (not the page's own).
    expect(Math.abs(content.x + content.width - (settings.x + settings.width))).toBeLessThan(10);
    const [firstCode, secondCode] = [(await box('.model-code'))!, (await box('.model-code', 1))!];
    expect(secondCode.y).toBe(firstCode.y);
    expect(secondCode.x).toBeGreaterThan(firstCode.x + firstCode.width);
    const [stateRole, governance] = [
      (await box('.model-strips__dimension'))!,
      (await box('.model-strips__dimension', 1))!,
    ];
    expect(governance.y).toBe(stateRole.y);
    expect(governance.x).toBeGreaterThan(stateRole.x + stateRole.width);
    // A fact's figure stands on its own line, above its label.
    const value = (await box('#model-fact-0 .model-fact__value'))!;
    const label = (await box('#model-fact-0 .model-fact__label'))!;
    expect(label.y).toBeGreaterThanOrEqual(value.y + value.height - 1);
  });

  it('moves to the previous and next model by keyboard', async () => {
    const { page } = app;
    await showPage(page, '?view=model&model=japan');
    await tabTo(page, '.model-page__previous');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('United States');
    expect(page.url()).toMatch(/model=united-states/);
    // The link to the next model (Japan again) is reached the same way.
    await page.locator('main h1').focus();
    await tabTo(page, '.model-page__next');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Japan');
    await page.goBack();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('United States');
  });

  it('compares with the model chosen', async () => {
    const { page } = app;
    await showPage(page, '?view=model&model=japan');
    await page.getByRole('combobox', { name: 'Compare with' }).selectOption('italy');
    await page.getByRole('link', { name: 'Compare Japan with Italy' }).click();
    await page.locator('.compare-table').waitFor();
    expect(decodeURIComponent(page.url())).toMatch(/view=compare/);
    expect(decodeURIComponent(page.url())).toMatch(/models=japan,italy/);
    const heads = await page.locator('.compare-head__name').allTextContents();
    expect(heads).toEqual(['Japan', 'Italy']);
  });

  it("opens from an overview card's title", async () => {
    const { page } = app;
    await page.goto(`${inject('baseUrl')}?view=overview`);
    await page.locator('.model-card').first().waitFor();
    await page
      .getByRole('article', { name: 'France' })
      .getByRole('link', { name: 'France' })
      .click();
    await page.locator('.model-page').waitFor();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('France');
    expect(page.url()).toMatch(/view=model/);
    expect(page.url()).toMatch(/model=france/);
  });

  it('opens from a model name in a chart', async () => {
    const { page } = app;
    await page.goto(`${inject('baseUrl')}?view=state-role`);
    const link = page.getByRole('link', { name: 'Italy: open the model page' });
    await link.waitFor();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.locator('.model-page').waitFor();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Italy');
  });
});

describe('model page: axe', () => {
  for (const size of SIZES) {
    for (const theme of THEMES) {
      it(`finds nothing at ${size.width}×${size.height}, ${theme}`, async () => {
        const app = await openApp(browser(), '?view=model&model=japan', {
          viewport: size,
          colorScheme: theme,
        });
        try {
          await showPage(app.page, '?view=model&model=japan');
          expect(await axeViolations(app.page)).toEqual([]);
          const sideways = await app.page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(sideways, 'horizontal scroll').toBeLessThanOrEqual(0);
          expect(app.errors).toEqual([]);
        } finally {
          await app.context.close();
        }
      });
    }
  }
});
