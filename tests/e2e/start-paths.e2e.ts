/**
 * A start for each kind of reader on the overview, and the model picker's shortcuts ("only",
 * "compare with…"), in Chromium: the four lines are there on a laptop and a phone without pushing
 * the cards off the first screen, the shortcuts work by keyboard alone, and axe finds nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForSettled } from '../support/settled';
import { axeViolations, openApp, sharedBrowser } from './harness';

const browser = sharedBrowser();

const READERS = ['Students', 'Policymakers', 'Lecturers', 'Researchers'];

/** The start lines' labels as shown, and where the first card begins, in CSS pixels. */
async function measure(page: Page) {
  return page.evaluate(() => ({
    labels: [...document.querySelectorAll('.start-paths li b')].map((b) => b.textContent),
    firstCardTop: document.querySelector('.card-grid > li')?.getBoundingClientRect().top ?? -1,
    sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  }));
}

/** Presses Tab until the focused element has this accessible name (at most `limit` presses). */
async function tabTo(page: Page, name: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      () =>
        document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent,
    );
    if (focused?.trim() === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

describe('where to start, on the overview', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`shows one line per kind of reader at ${viewport.width}×${viewport.height}`, async () => {
      const { page, context, errors } = await openApp(browser(), '', { viewport });
      const start = page.getByRole('region', { name: 'Where to start' });
      await start.waitFor();
      await waitForSettled(page);
      const { labels, firstCardTop, sideways } = await measure(page);
      expect(labels).toEqual(READERS.map((r) => `${r}:`));
      expect(sideways).toBe(false);
      console.log(`first card row at ${viewport.width}×${viewport.height}: ${firstCardTop} px`);
      // On a laptop the cards' first row still starts on the first screen.
      if (viewport.width >= 1280) expect(firstCardTop).toBeLessThan(viewport.height);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('starts the students’ tour in the page, from its link', async () => {
    const { page, context, errors } = await openApp(browser());
    await page.getByRole('link', { name: 'Five ways to build a cluster' }).click();
    await page.waitForURL((url) => url.search.includes('tour=five-ways'));
    expect(new URL(page.url()).searchParams.get('step')).toBe('1');
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe (${colorScheme}), with the picker open on a "compare with…" list`, async () => {
      const { page, context } = await openApp(browser(), '', { colorScheme });
      await page.getByRole('region', { name: 'Where to start' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: /^Models/ }).click();
      await page.getByRole('button', { name: 'Compare Japan with…' }).click();
      await page.getByRole('list', { name: 'Compare Japan with…' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});

describe('the model picker’s shortcuts, by keyboard', () => {
  it('"only" keeps one model; "compare with…" opens Compare with just the two', async () => {
    const { page, context, errors } = await openApp(browser());
    await page.getByRole('button', { name: /^Models/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Models shown' }).waitFor();

    await tabTo(page, 'Show only Japan');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.search === '?models=japan');
    expect(await page.locator('.card-grid > li').count()).toBe(1);

    // Japan's list of the others (right after its "only"), then Italy in it.
    await tabTo(page, 'Compare Japan with…');
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: 'Compare Japan with…' }).waitFor();
    await tabTo(page, 'Compare Japan with Italy');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.search === '?view=compare&models=japan,italy');
    await page.locator('main h1', { hasText: 'Compare' }).waitFor();
    expect(await page.getByRole('button', { name: /^Models/ }).textContent()).toContain('2 of 5');
    // The view changed, so focus went to it and the picker closed behind.
    expect(await page.getByRole('group', { name: 'Models shown' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
