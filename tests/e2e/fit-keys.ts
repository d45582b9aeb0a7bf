/**
 * Driving policy fit from the keyboard alone: what has the focus, Tab until a control has it,
 * and answering the open question with the arrows. Shared by the fit specs.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** "type:label" of the focused element ("radio:5 — director", "button:Next", ":<summary text>"). */
export const activeLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return `${el?.type ?? ''}:${el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? el?.textContent ?? ''}`;
  });

/** Presses Tab until the focused element's label matches (at most `max` times). */
export async function tabTo(page: Page, matches: (label: string) => boolean, max = 200) {
  for (let i = 0; i < max; i++) {
    if (matches(await activeLabel(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`never reached the control; last: ${await activeLabel(page)}`);
}

/** Presses the arrow `times` times in the open question and checks the answer now focused. */
export async function answer(page: Page, times: number, expected: string) {
  for (let i = 0; i < times; i++) await page.keyboard.press('ArrowDown');
  // With no arrow pressed, Space chooses the answer that has the focus.
  if (times === 0) await page.keyboard.press('Space');
  expect(await activeLabel(page)).toBe(`radio:${expected}`);
}

/**
 * Names the region and answers the five questions for issue 17's resource region by keyboard: a
 * state that directs, national ministries in charge, industry, a few large firms, weak links to
 * universities. `beforeLast` runs with four answered.
 */
export async function answerResourceRegion(page: Page, beforeLast?: () => Promise<void>) {
  await page.locator('a.brand').focus();
  await tabTo(page, (l) => l === "text:Region's name");
  await page.keyboard.type('Resource region');
  await page.keyboard.press('Tab');
  await answer(page, 4, '5 — director');
  const next = async () => {
    await tabTo(page, (l) => l === 'button:Next');
    await page.keyboard.press('Enter');
  };
  await next();
  await answer(page, 0, 'Mostly national: ministries and national agencies');
  await next();
  await answer(page, 2, 'Mostly industrial: automotive, chemicals, electronics');
  await next();
  await answer(page, 3, '4 — anchored by a few large firms or research hubs');
  await next();
  await beforeLast?.();
  await answer(page, 1, '2 — weak');
}
