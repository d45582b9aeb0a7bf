/**
 * The shell's navigation and settings as a user reaches them: the four secondary pages sit under
 * "More", theme, language, "Your corpus…" and "Present" under ⚙ Settings (issue #12's one-row chrome).
 */
import type { Page } from 'playwright-core';

/** Follows the navigation link named `name`, opening "More" first when the link lives there. */
export async function followNav(page: Page, name: string | RegExp): Promise<void> {
  const nav = page.locator('nav.main-nav');
  const link = nav.getByRole('link', { name, exact: typeof name === 'string' });
  if ((await link.count()) === 0) await nav.getByRole('button', { name: 'More' }).click();
  await link.click();
}

/** The names of every view in the navigation, those under "More" included. */
export async function navNames(page: Page): Promise<string[]> {
  const nav = page.locator('nav.main-nav');
  const more = nav.getByRole('button', { name: 'More' });
  await more.click();
  const names = await nav.getByRole('link').allTextContents();
  await more.click();
  return names;
}

/** Opens the ⚙ Settings menu (theme, language, "Your corpus…", "Present"). */
export async function openSettings(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Settings' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}
