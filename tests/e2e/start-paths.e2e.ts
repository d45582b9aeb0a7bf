/**
 * A start for each kind of reader on the overview, and the model picker's shortcuts ("only",
 * "compare with…"), in Chromium: the four lines are there on a laptop and a phone without pushing
 * the cards off the first screen, the shortcuts work by keyboard alone, and axe finds nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { waitForSettled } from '../support/settled';
import { appLive, axeViolations, openApp, sharedBrowser } from './harness';

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

  it('at 1024×768 sits beside the intro, no wider than the room it leaves, cards on the first screen', async () => {
    const { page, context, errors } = await openApp(browser(), '', {
      viewport: { width: 1024, height: 768 },
    });
    await page.getByRole('region', { name: 'Where to start' }).waitFor();
    await waitForSettled(page);
    const box = await page.evaluate(() => {
      const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      const start = rect('.start-paths');
      const intro = rect('.overview-head .lead');
      return { start, intro, firstCardTop: rect('.card-grid > li').top };
    });
    console.log(
      `1024×768: start lines ${Math.round(box.start.width)} px wide at x ${Math.round(box.start.left)}, first card at ${Math.round(box.firstCardTop)} px`,
    );
    expect(box.start.left, 'beside the intro').toBeGreaterThanOrEqual(box.intro.right);
    expect(box.start.top).toBeLessThan(box.intro.bottom);
    expect(box.firstCardTop).toBeLessThan(560);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const [query, viewport] of [
    ['', { width: 390, height: 844 }],
    ['?lang=ru', { width: 1280, height: 800 }],
    ['?lang=ru', { width: 390, height: 844 }],
    ['?lang=uz', { width: 390, height: 844 }],
  ] as const) {
    it(`keeps each link’s words on one line (${query || 'en'}, ${viewport.width} px)`, async () => {
      const { page, context, errors } = await openApp(browser(), query, { viewport });
      await page.locator('.start-paths li').first().waitFor();
      await waitForSettled(page);
      const broken = await page.evaluate(() =>
        [...document.querySelectorAll('.start-paths li a, .start-paths li button')]
          // One line box per link (an inline-block's own box counts once).
          .filter((a) => new Set([...a.getClientRects()].map((r) => Math.round(r.top))).size > 1)
          .map((a) => a.textContent),
      );
      expect(broken).toEqual([]);
      // No line starts with the dot that separates two links.
      const dotsFirst = await page.evaluate(
        () =>
          [...document.querySelectorAll('.start-paths li [aria-hidden="true"]')].filter((dot) => {
            // The dot ends the line of the link before it, never starts the next one.
            const before = [...dot.parentElement!.previousElementSibling!.getClientRects()].at(-1)!;
            return Math.abs(dot.getClientRects()[0]!.bottom - before.bottom) > 4;
          }).length,
      );
      expect(dotsFirst).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('does not offer the presentation key on a phone', async () => {
    const context = await browser().newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}`);
    await page.getByRole('region', { name: 'Where to start' }).waitFor();
    await appLive(page);
    expect(await page.getByRole('link', { name: 'Presentation mode', exact: true }).count()).toBe(
      1,
    );
    expect(await page.locator('.start-paths').innerText()).not.toContain('(P)');
    await context.close();
    // On a laptop the key is offered with the words.
    const { page: wide, context: wideContext } = await openApp(browser());
    await wide.getByRole('link', { name: 'Presentation mode (P)' }).waitFor();
    await wideContext.close();
  });

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
