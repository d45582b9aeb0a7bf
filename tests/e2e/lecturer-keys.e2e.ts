/**
 * The keys lecturers expect (PowerPoint and reveal.js conventions), the end slide, the list of
 * keys and the presenter view's thumbnail, step list and pace, in a real browser.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openApp, sharedBrowser } from './harness';
import { waitForSettled } from '../support/settled';

const browser = sharedBrowser();
const SLIDE = { viewport: { width: 1280, height: 720 } };
const urlStep = (page: Page) => new URL(page.url()).searchParams.get('step');
const stepReached = (page: Page, step: number) =>
  expect.poll(() => urlStep(page)).toBe(String(step));

/** The focused element, and whether it shows a focus ring (an outline wider than 0). */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { what: 'body', ring: false };
    const style = getComputedStyle(el);
    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return { what: `${el.tagName.toLowerCase()}.${el.className}`, ring };
  });

/** What covers the middle of the window. */
const coverAtCentre = (page: Page) =>
  page.evaluate(() => {
    const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    return el instanceof HTMLElement ? (el.dataset.shade ?? el.tagName.toLowerCase()) : null;
  });

describe('lecturer keys in Chromium', () => {
  it('drives a presented tour by Page Down only through every step to the end slide and back', async () => {
    const { page, context, errors } = await openApp(
      browser(),
      '?tour=five-ways&step=1&present=1',
      SLIDE,
    );
    await page.locator('.tour-bar').waitFor();
    for (let step = 1; step <= 9; step++) {
      await stepReached(page, step);
      await expect
        .poll(() => page.locator('.tour-bar__count').textContent())
        .toContain(`Step ${step} of 9`);
      await page.keyboard.press('PageDown');
      if (step === 2) {
        // The clicker moved focus to the new step programmatically: no ring on the projector.
        await stepReached(page, 3);
        await waitForSettled(page);
        const focus = await focusRing(page);
        expect(focus.ring, focus.what).toBe(false);
      }
    }
    // Page Down on the last step: the end slide, not silence; the address stays on step 9.
    const end = page.getByRole('dialog', { name: 'End of tour — 9 steps' });
    await end.waitFor();
    expect(urlStep(page)).toBe('9');
    expect(await end.getByRole('button').allTextContents()).toEqual(
      expect.arrayContaining(['Back to step 9', 'Start again', 'Leave the tour']),
    );
    // Page Down again stays on it; focus (on its title) shows no ring on the projector.
    await page.keyboard.press('PageDown');
    await end.waitFor();
    expect((await focusRing(page)).ring).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    // Page Up goes back to the last step.
    await page.keyboard.press('PageUp');
    await end.waitFor({ state: 'detached' });
    expect(urlStep(page)).toBe('9');
    // …and back through every step to the first.
    for (let step = 8; step >= 1; step--) {
      await page.keyboard.press('PageUp');
      await stepReached(page, step);
    }
    // "Start again" from the end slide.
    await page.keyboard.press('End');
    await stepReached(page, 9);
    await page.keyboard.press('ArrowRight');
    await end.getByRole('button', { name: 'Start again' }).click();
    await stepReached(page, 1);
    await end.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows no focus ring on the projector after the clicker moves from a clicked button', async () => {
    // Steps 1 and 2 of this tour show the same view, so nothing else moves focus.
    const { page, context } = await openApp(
      browser(),
      '?tour=what-the-state-does&step=1&present=1',
      SLIDE,
    );
    await page.locator('.tour-bar').waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await stepReached(page, 2);
    await page.keyboard.press('PageUp');
    await stepReached(page, 1);
    await waitForSettled(page);
    const focus = await focusRing(page);
    expect(focus.ring, focus.what).toBe(false);
    // Keyboard focus still shows its ring.
    await page.keyboard.press('Tab');
    expect((await focusRing(page)).ring).toBe(true);
    await context.close();
  });

  it('blacks the screen with B or ".", whites it with W or ",", and any key or click returns', async () => {
    const { page, context, errors } = await openApp(
      browser(),
      '?tour=five-ways&step=2&present=1',
      SLIDE,
    );
    await page.locator('.tour-bar').waitFor();
    const black = page.locator('.blank-screen--black');
    const white = page.locator('.blank-screen--white');

    await page.keyboard.press('b');
    await black.waitFor();
    expect(await coverAtCentre(page)).toBe('black');
    expect(await black.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    // A clicker's Page Down brings the slide back and does not leak through to the tour.
    await page.keyboard.press('PageDown');
    await black.waitFor({ state: 'detached' });
    expect(urlStep(page)).toBe('2');

    // "." (a clicker's blank key) blacks it too; a click returns.
    await page.keyboard.press('.');
    await black.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await black.click();
    await black.waitFor({ state: 'detached' });

    await page.keyboard.press('w');
    await white.waitFor();
    expect(await white.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
    await page.keyboard.press('x');
    await white.waitFor({ state: 'detached' });
    await page.keyboard.press(',');
    await white.waitFor();
    // Esc takes away the blank screen only: the tour and presentation mode stay.
    await page.keyboard.press('Escape');
    await white.waitFor({ state: 'detached' });
    expect(await page.locator('.tour-bar').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('present')).toBe('1');
    expect(urlStep(page)).toBe('2');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('blanks the screen in presentation mode without a tour, and Esc closes only the blank', async () => {
    const { page, context } = await openApp(browser(), '?view=governance&present=1', SLIDE);
    await waitForSettled(page);
    await page.keyboard.press('b');
    await page.locator('.blank-screen--black').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.blank-screen').waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('present')).toBe('1');
    await context.close();
  });

  it('shows the grid of steps with G or O: arrows move, Enter jumps, Esc closes', async () => {
    const { page, context, errors } = await openApp(
      browser(),
      '?tour=five-ways&step=2&present=1',
      SLIDE,
    );
    await page.locator('.tour-bar').waitFor();
    await page.keyboard.press('g');
    const grid = page.getByRole('dialog', { name: /Steps of “Five ways/ });
    await grid.waitFor();
    expect(await grid.getByRole('button', { name: /^\d/ }).count()).toBe(9);
    const current = grid.locator('[aria-current="step"]');
    expect(await current.textContent()).toMatch(/^2/);
    // Focus opens on the current step; the arrows move it.
    await expect.poll(() => current.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^4/);
    await page.keyboard.press('Enter');
    await grid.waitFor({ state: 'detached' });
    await stepReached(page, 4);

    // O opens it too; Esc closes the grid only, the tour runs on.
    await page.keyboard.press('o');
    await grid.waitFor();
    await page.keyboard.press('Escape');
    await grid.waitFor({ state: 'detached' });
    expect(await page.locator('.tour-bar').count()).toBe(1);
    expect(urlStep(page)).toBe('4');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists every key with "?" and from the tour bar, in the reader’s language', async () => {
    const { page, context, errors } = await openApp(browser(), '?tour=five-ways&step=3');
    await page.locator('.tour-bar').waitFor();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keys for presenting' });
    await help.waitFor();
    const text = (await help.textContent()) ?? '';
    for (const key of ['Page Down', 'Page Up', 'Home', 'End', 'Enter', 'B', 'W', 'G', 'O', 'S'])
      expect(text).toContain(key);
    expect(await help.locator('kbd').count()).toBeGreaterThanOrEqual(18);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    expect(await page.locator('.tour-bar').count()).toBe(1);
    // The tour bar's own button opens it too.
    await page.getByRole('button', { name: 'Keys (?)' }).click();
    await help.waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();

    const ru = await openApp(browser(), '?tour=five-ways&step=3&lang=ru&present=1', SLIDE);
    await ru.page.locator('.tour-bar').waitFor();
    await ru.page.keyboard.press('?');
    await ru.page.getByRole('dialog', { name: 'Клавиши для показа' }).waitFor();
    expect(await ru.page.getByRole('dialog').textContent()).toContain('Пробел');
    await ru.context.close();
  });

  it('shows the next step live in the presenter view, the step list, the pace and the end', async () => {
    const { page, context, errors } = await openApp(browser(), '?tour=five-ways&step=2');
    await page.locator('.tour-bar').waitFor();
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await presenter.locator('#presenter-current').waitFor();
    const thumb = presenter.frameLocator('.presenter__thumb iframe');
    const thumbFrameUrl = () =>
      presenter
        .frames()
        .find((f) => f.parentFrame() === presenter.mainFrame())
        ?.url() ?? '';

    // The thumbnail is the app itself, presented, at the next step.
    await expect
      .poll(() => thumb.locator('.tour-bar__count').textContent(), { timeout: 20_000 })
      .toContain('Step 3 of 9');
    expect(thumbFrameUrl()).toContain('present=1');
    expect(new URL(thumbFrameUrl()).searchParams.get('step')).toBe('3');
    expect(
      await presenter.locator('.presenter__steps [aria-current="step"]').textContent(),
    ).toMatch(/^2/);
    expect(await presenter.locator('.presenter__planned').textContent()).toContain('25 min');
    expect(await presenter.locator('.presenter__pace').textContent()).toMatch(
      /On pace|Ahead by 1 step/,
    );

    // A step change in the main window moves the thumbnail along.
    await page.keyboard.press('PageDown');
    await expect
      .poll(() => thumb.locator('.tour-bar__count').textContent(), { timeout: 20_000 })
      .toContain('Step 4 of 9');
    expect(new URL(thumbFrameUrl()).searchParams.get('step')).toBe('4');
    await expect
      .poll(() => presenter.locator('.presenter__steps [aria-current="step"]').textContent())
      .toMatch(/^3/);
    expect(await axeViolations(presenter)).toEqual([]);

    // The step list drives the main window.
    await presenter.locator('.presenter__steps button', { hasText: /^6/ }).click();
    await stepReached(page, 6);

    // On the last step the thumbnail says the end comes next; past it, both windows show the end.
    await page.keyboard.press('End');
    await expect
      .poll(() => presenter.locator('.presenter__thumb').textContent())
      .toBe('End of tour');
    await page.keyboard.press('PageDown');
    await page.getByRole('dialog', { name: 'End of tour — 9 steps' }).waitFor();
    await expect
      .poll(() => presenter.locator('#presenter-current').textContent())
      .toBe('End of tour — 9 steps');
    expect(await axeViolations(presenter)).toEqual([]);
    // Page Up in the presenter brings both back to the last step.
    await presenter.bringToFront();
    await presenter.keyboard.press('PageUp');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect
      .poll(() => presenter.locator('#presenter-current').textContent())
      .toContain('Step 9 of 9');

    // B in the presenter blacks the audience's screen; any key there brings the slide back.
    await presenter.keyboard.press('b');
    await page.locator('.blank-screen--black').waitFor();
    await presenter.getByRole('status').filter({ hasText: 'black screen' }).waitFor();
    await presenter.keyboard.press('PageDown');
    await page.locator('.blank-screen').waitFor({ state: 'detached' });
    expect(urlStep(page)).toBe('9');
    expect(errors).toEqual([]);
    await context.close();
  });
});
