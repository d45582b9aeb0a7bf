/**
 * Shared pieces of the end-to-end specs: one browser per spec file, a fresh context per test,
 * and a page that records console errors and uncaught exceptions.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from '../../src/cli/chromium';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AppPage {
  page: Page;
  context: BrowserContext;
  errors: string[];
}

/**
 * Every Content-Security-Policy violation seen by any page of a spec file. The production build
 * carries a strict policy; a violation means something inline or foreign tried to run or load.
 */
const cspViolations: string[] = [];

/** Hands over (and forgets) the violations seen so far: for the spec that provokes one on purpose. */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
}

/** Reports `securitypolicyviolation` events from every page of a context (popups too). */
async function watchCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => {
    console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') +
      ' at ' + e.sourceFile + ':' + e.lineNumber);
  });`);
  context.on('console', (m) => {
    if (m.text().startsWith('CSP violation')) cspViolations.push(m.text());
  });
}

export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    // Fails the spec file on any violation, whichever test caused it.
    expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
  });
  return () => {
    if (!browser) throw new Error('browser not started');
    return browser;
  };
}

export async function openApp(
  browser: Browser,
  query = '',
  options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {},
): Promise<AppPage> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  const { page, errors } = await watchedPage(context);
  await page.goto(`${inject('baseUrl')}${query}`);
  await page.locator('main h1').first().waitFor();
  await appLive(page);
  return { page, context, errors };
}

/**
 * The page of a fresh context, recording its console errors and uncaught exceptions (the specs
 * expect none) and its CSP violations (the spec file fails on any).
 */
export async function watchedPage(
  context: BrowserContext,
): Promise<{ page: Page; errors: string[] }> {
  await watchCsp(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

/**
 * Waits until the app runs the page: the baked first page (index.html's HTML, painted before any
 * script) is on screen at once, but it answers a click only once hydrated, when main.tsx drops
 * the key it was baked with.
 */
export async function appLive(page: Page): Promise<void> {
  await page.locator('#root:not([data-first-page])').waitFor({ state: 'attached' });
}

export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
