import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeProfile } from '../../src/corpus/profile';
import { EXAMPLE_PROFILES } from '../../src/profile/example-profiles';
import { checkPrint, describeFinding } from '../support/layout-checks';
import { readPdf } from '../support/pdf-text';
import { waitForSettled } from '../support/settled';
import { openApp, sharedBrowser } from './harness';

const browser = sharedBrowser();

/** Profile A of the issue: a strong central state, a few large industrial firms, weak links. */
const profileA = encodeProfile({
  name: 'Resource region',
  values: EXAMPLE_PROFILES.find((p) => p.id === 'resource')!.values,
});
const query = (lang?: string) =>
  `?view=fit${lang ? `&lang=${lang}` : ''}&profile=${encodeURIComponent(profileA)}`;

/** Prints the page as Chromium's print dialog would (print media, the stylesheet's A4). */
async function printBrief(page: Page) {
  await page.locator('.fit-brief').waitFor({ state: 'attached' });
  await waitForSettled(page);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  return readPdf(new Uint8Array(pdf));
}

describe('the printed policy brief in Chromium', () => {
  it('prints the fit view as the brief: 1–2 A4 pages with the region, both nearest models, a locator and the link', async () => {
    const { page, context, errors } = await openApp(browser(), query());
    const { pages, text, sizes } = await printBrief(page);
    const all = text.join(' ');
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    for (const [width, height] of sizes) {
      expect(width).toBeCloseTo(595, -1);
      expect(height).toBeCloseTo(842, -1);
    }
    expect(text[0]).toContain('Resource region');
    expect(all).toContain('Japan, 66% similar');
    expect(all).toContain('France, 61% similar');
    expect(all).toMatch(/\[p\d+\]/);
    expect(all).toContain('5 — director');
    expect(all).toContain('weighted mean');
    expect(all).toContain('Foreign experience in forming regional clusters');
    // The link that reopens the profile, printed as text (pdf.js may break it at a line's end).
    const compact = all.replace(/\s+/g, '');
    expect(compact).toMatch(/https?:\/\/[^ ]+\?view=fit&profile=1~Resource%2520region~5~80\.15\.5/);
    // The screen page is not printed: no questions, no ranking chart, no saved profiles, no chrome.
    for (const screenOnly of [
      'Answer five short questions',
      'Your region in five questions',
      'Saved profiles',
      'Models ranked by similarity',
      'Skip to',
      'Share and export',
    ])
      expect(all).not.toContain(screenOnly);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints in Russian on 1–2 pages, with the Russian locator and a link that reopens in Russian', async () => {
    const { page, context, errors } = await openApp(browser(), query('ru'));
    const { pages, text } = await printBrief(page);
    const all = text.join(' ');
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(text[0]).toContain('Resource region');
    expect(all).toContain('Япония');
    expect(all).toContain('Франция');
    expect(all).toMatch(/\[абз\. \d+\]/);
    expect(all).toContain('Наш перевод');
    expect(all.replace(/\s+/g, '')).toMatch(/\?view=fit&lang=ru&profile=1~Resource%2520region/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads in black and white: every piece of text in the brief is printed in a grey', async () => {
    const { page, context } = await openApp(browser(), query());
    await page.locator('.fit-brief').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const coloured = await page.evaluate(() =>
      [...document.querySelectorAll('.fit-brief *')]
        .filter((e) => !e.closest('svg') && (e.textContent ?? '').trim() !== '')
        .map((e) => ({ tag: e.tagName, colour: getComputedStyle(e).color }))
        .filter(({ colour }) => {
          const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).map(Number);
          return !(r === g && g === b);
        }),
    );
    expect(coloured).toEqual([]);
    // No text smaller than 9 pt (12 CSS px) to make it fit.
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('.fit-brief *')]
          .filter((e) => (e.textContent ?? '').trim() !== '')
          .map((e) => parseFloat(getComputedStyle(e).fontSize)),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(12);
    await context.close();
  });

  it('prints within the page box, no heading alone at a page end', async () => {
    const { page, context } = await openApp(browser(), query('ru'));
    await page.locator('.fit-brief').waitFor({ state: 'attached' });
    await waitForSettled(page);
    expect((await checkPrint(page)).map(describeFinding)).toEqual([]);
    await context.close();
  });

  it('"Policy brief" is reached by keyboard and opens the print dialog; on screen the brief is hidden', async () => {
    const { page, context } = await openApp(browser(), query());
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    const button = page.getByRole('button', { name: 'Policy brief' });
    await button.waitFor();
    expect(await page.locator('.fit-brief').isVisible()).toBe(false);
    await page.locator('a.brand').focus();
    for (let i = 0; i < 200; i++) {
      if (await button.evaluate((b) => b === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await context.close();
  });
});
