import { describe, expect, it } from 'vitest';
import { axeViolations, openApp, sharedBrowser } from './harness';

const browser = sharedBrowser();
const stepTitle = (page: import('playwright-core').Page) =>
  page.locator('.tour-bar__title').textContent();

describe('guided tours in Chromium', () => {
  it('drives a whole tour with PageDown and PageUp only', async () => {
    const { page, context, errors } = await openApp(browser(), '?view=tours');
    await page
      .getByRole('link', { name: /Start the tour \(9 steps\)/ })
      .first()
      .click();
    await page.locator('.tour-bar').waitFor();
    const seen: string[] = [];
    for (let i = 1; i <= 9; i++) {
      await page.waitForFunction(
        (n) => new URL(location.href).searchParams.get('step') === String(n),
        i,
      );
      seen.push((await stepTitle(page)) ?? '');
      // The step's view may still be loading its code; once its title is in, it is the only one.
      await page.locator('main h1').first().waitFor();
      expect(await page.locator('main h1').count()).toBe(1);
      if (i < 9) await page.keyboard.press('PageDown');
    }
    expect(seen[0]).toContain('Step 1 of 9');
    expect(seen[8]).toContain('Where would your region sit?');
    expect(new URL(page.url()).searchParams.get('view')).toBe('fit');
    // Past the last step: the end slide, and the address stays on the last step.
    await page.keyboard.press('PageDown');
    await page.getByRole('dialog', { name: 'End of tour — 9 steps' }).waitFor();
    expect(new URL(page.url()).searchParams.get('step')).toBe('9');
    await page.keyboard.press('PageUp');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('step')).toBe('9');
    for (let i = 8; i >= 1; i--) {
      await page.keyboard.press('PageUp');
      await page.waitForFunction(
        (n) => new URL(location.href).searchParams.get('step') === String(n),
        i,
      );
    }
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
    await page.keyboard.press('Escape');
    await page.locator('.tour-bar').waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('tour')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a tour link at step 4 with its view, models and evidence', async () => {
    const { page, context, errors } = await openApp(browser(), '?tour=what-the-state-does&step=4');
    expect(await stepTitle(page)).toContain("Step 4 of 7: France's hard transition");
    expect(new URL(page.url()).searchParams.get('view')).toBe('compare');
    await page.getByRole('dialog', { name: 'France: Lessons' }).waitFor();
    expect(await page.locator('.compare-head__name').allTextContents()).toEqual([
      'France',
      'Italy',
    ]);
    // The evidence panel owns Esc first; the next Esc leaves the tour.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.keyboard.press('End');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '7');
    // Step 7 opens Japan's lessons; the clicker keys still move the tour while it is open.
    await page.getByRole('dialog', { name: 'Japan: Lessons' }).waitFor();
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '3');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
