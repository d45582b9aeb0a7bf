import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openApp, sharedBrowser } from './harness';

const browser = sharedBrowser();
const urlStep = (page: Page) => new URL(page.url()).searchParams.get('step');

describe('presenter view in Chromium', () => {
  it('opens with S in a second window and stays in step with the main window both ways', async () => {
    const { page, context, errors } = await openApp(browser(), '?tour=five-ways&step=2');
    // The tour bar (which answers S) loads with the tour, just after the first render.
    await page.locator('.tour-bar').waitFor();
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await presenter.locator('main h1').waitFor();
    expect(await presenter.locator('main h1').textContent()).toContain('Presenter view');
    const current = presenter.locator('#presenter-current');
    await expect.poll(() => current.textContent()).toContain('Step 2 of 9');
    expect(await presenter.locator('.presenter__points li').count()).toBeGreaterThan(0);
    expect(await presenter.locator('.presenter__times dd').first().textContent()).toMatch(
      /\d{1,2}:\d{2}/,
    );
    expect(await presenter.locator('.presenter__elapsed').textContent()).toMatch(/^\d\d:\d\d$/);

    // The presenter drives the main window…
    await presenter.bringToFront();
    await presenter.keyboard.press('PageDown');
    await expect.poll(() => urlStep(page)).toBe('3');
    expect(await page.locator('.tour-bar__title').textContent()).toContain('Step 3 of 9');

    // …and follows it.
    await page.bringToFront();
    await page.keyboard.press('PageDown');
    await expect.poll(() => current.textContent()).toContain('Step 4 of 9');
    const mainTitle = (await page.locator('.tour-bar__title').textContent()) ?? '';
    const presenterTitle = (await current.textContent()) ?? '';
    expect(mainTitle.replace(/\s+/g, ' ')).toBe(presenterTitle.replace(/\s+/g, ' '));

    // The next step's title is shown ahead of time.
    await page.keyboard.press('PageDown');
    await expect.poll(() => urlStep(page)).toBe('5');
    await page.keyboard.press('PageUp');
    const stepFiveTitle = await page.evaluate(async () => {
      const corpus = (await (await fetch('corpus.json')).json()) as {
        tours: { id: string; steps: { title: string }[] }[];
      };
      return corpus.tours.find((t) => t.id === 'five-ways')!.steps[4]!.title;
    });
    await expect
      .poll(() => presenter.locator('.presenter__next').textContent())
      .toBe(stepFiveTitle);

    // Ending the tour in the presenter ends it in the main window.
    await presenter.getByRole('button', { name: 'End the tour' }).click();
    await page.locator('.tour-bar').waitFor({ state: 'detached' });
    await presenter.getByRole('button', { name: /Start “Five ways/ }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows a change of the main window’s language while open: its words and the talking points', async () => {
    const { page, context, errors } = await openApp(browser(), '?tour=five-ways&step=3');
    await page.locator('.tour-bar').waitFor();
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    const current = presenter.locator('#presenter-current');
    await expect.poll(() => current.textContent()).toContain('Step 3 of 9');
    const englishPoint = await presenter.locator('.presenter__points li').first().textContent();
    const ru = (await import('../../data/i18n/ru/tours/five-ways.json')).default as {
      entries: { path: string; text: string }[];
    };
    const russianPoint = ru.entries.find((e) => e.path === 'steps[2].talkingPoints[0]')!.text;

    await page.bringToFront();
    await page.getByRole('link', { name: /Русский/ }).click();
    await expect.poll(() => presenter.evaluate(() => document.documentElement.lang)).toBe('ru');
    await expect.poll(() => current.textContent()).toContain('Шаг 3 из 9');
    await expect
      .poll(() => presenter.locator('.presenter__points li').first().textContent())
      .toBe(russianPoint);
    expect(russianPoint).not.toBe(englishPoint);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reports no axe violations in the presenter window, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openApp(
        browser(),
        '?presenter=1&tour=what-the-state-does&step=4',
        { colorScheme },
      );
      await page.locator('#presenter-current').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });
});
