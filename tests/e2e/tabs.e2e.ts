/**
 * Several tabs of the app in one browser are independent unless the user links them: a tour in
 * one tab moves only that tab and the presenter view it opened, and "Reload" on the update prompt
 * reloads only the tab where it was pressed.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { preview } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../support/paths';
import { appLive, openApp, sharedBrowser } from './harness';
import { followNav } from './chrome-helpers';

const browser = sharedBrowser();
const urlStep = (page: Page) => new URL(page.url()).searchParams.get('step');

/** Opens another tab of the app in the same browser context (shared storage, shared channels). */
async function openTab(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('main h1').first().waitFor();
  await appLive(page);
  return page;
}

/**
 * Lets a page draw a frame and then run the tasks queued behind it: a message or event delivered
 * to the page before this call has been handled when it returns.
 */
const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => done();
          channel.port2.postMessage(null);
        }),
      ),
  );

describe('tabs and the presenter view, in Chromium', () => {
  it('a key press in one tab moves only that tab and the presenter it opened', async () => {
    const query = '?tour=five-ways&step=2';
    const { page: lecture, context, errors } = await openApp(browser(), query);
    const other = await openTab(context, `${inject('baseUrl')}${query}`);
    for (const tab of [lecture, other]) await tab.locator('.tour-bar').waitFor();

    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      lecture.keyboard.press('s'),
    ]);
    const current = presenter.locator('#presenter-current');
    await expect.poll(() => current.textContent()).toContain('Step 2 of 9');

    // The lecture tab moves its presenter, and the other tab stays where it was.
    await lecture.bringToFront();
    await lecture.keyboard.press('PageDown');
    await expect.poll(() => current.textContent()).toContain('Step 3 of 9');
    await settle(other);
    expect(urlStep(other)).toBe('2');
    expect(await other.locator('.tour-bar__title').textContent()).toContain('Step 2 of 9');

    // Keys in the other tab move that tab alone; Esc there ends its tour and no one else's.
    await other.bringToFront();
    await other.keyboard.press('PageDown');
    await expect.poll(() => urlStep(other)).toBe('3');
    await other.keyboard.press('Escape');
    await other.locator('.tour-bar').waitFor({ state: 'detached' });
    await lecture.bringToFront();
    await lecture.keyboard.press('PageDown');
    await expect.poll(() => current.textContent()).toContain('Step 4 of 9');
    expect(urlStep(lecture)).toBe('4');
    expect(await lecture.locator('.tour-bar').count()).toBe(1);

    // The presenter drives its own tab, and only it.
    await presenter.bringToFront();
    await presenter.keyboard.press('PageDown');
    await expect.poll(() => urlStep(lecture)).toBe('5');
    await settle(other);
    expect(new URL(other.url()).searchParams.get('tour')).toBeNull();
    // What linked the two windows: the presentation id in the presenter's address.
    expect(new URL(presenter.url()).searchParams.get('presentation')).toMatch(/^[0-9a-f]{32}$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a presenter view opened without a presentation id follows no tab, and says so', async () => {
    const { page, context } = await openApp(browser(), '?presenter=1&tour=five-ways&step=2');
    await page.locator('#presenter-current').waitFor();
    expect(await page.locator('main').textContent()).toContain('Not linked to a main window');
    await context.close();
  });
});

/**
 * The production build served from a folder of its own, so this spec can publish a new version
 * (a changed service worker) without touching the build the other specs use.
 */
function deployment() {
  let dir = '';
  let server: Awaited<ReturnType<typeof preview>> | undefined;
  let url = '';
  let version = 1;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-deployment-'));
    cpSync(process.env.ATLAS_DIST ?? `${repoRoot}dist`, dir, { recursive: true });
    server = await preview({
      root: repoRoot,
      configFile: `${repoRoot}vite.config.ts`,
      logLevel: 'silent',
      build: { outDir: dir },
      preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false },
    });
    const address = server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('preview server has no port');
    url = `http://127.0.0.1:${address.port}/`;
  });
  afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return {
    url: () => url,
    /** Publishes a new version: the browser finds a changed worker on its next update check. */
    publish: () => appendFileSync(join(dir, 'sw.js'), `\n// version ${++version}\n`),
  };
}

const site = deployment();

interface Tab {
  page: Page;
  /** How many times the page loaded (1 = never reloaded). */
  loads: () => number;
}

async function openSiteTab(context: BrowserContext, errors: string[]): Promise<Tab> {
  const page = await context.newPage();
  let loads = 0;
  page.on('load', () => loads++);
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url());
  await page.locator('main h1').first().waitFor();
  await appLive(page);
  return { page, loads: () => loads };
}

const controlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null);
/** Whether the page is controlled by the registration's active worker, with none waiting. */
const runsNewVersionWorker = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return (
      !!registration &&
      registration.waiting === null &&
      registration.active === navigator.serviceWorker.controller
    );
  });
const updatePrompt = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Update available' });

/** Marks a page, so that a reload (which forgets the mark) shows. */
const mark = (page: Page) =>
  page.evaluate(() => {
    (window as { tabMark?: string }).tabMark = 'still here';
  });
const markOf = (page: Page) => page.evaluate(() => (window as { tabMark?: string }).tabMark);

/** Runs in each page before its scripts: notes when the app's worker registration completes. */
function noteWorkerRegistration() {
  const container = ServiceWorkerContainer.prototype;
  const register = container.register;
  container.register = function (this: ServiceWorkerContainer, ...args) {
    return register.apply(this, args).then((registration) => {
      (window as { workerRegistered?: boolean }).workerRegistered = true;
      return registration;
    });
  };
}
const workerRegistered = () => (window as { workerRegistered?: boolean }).workerRegistered === true;

describe('a new version and several tabs, in Chromium', () => {
  it('"Reload" reloads only the tab where it was pressed, with or without a worker in control', async () => {
    const context = await browser().newContext();
    await context.addInitScript(noteWorkerRegistration);
    const errors: string[] = [];
    // The first tab of a visit installs the worker but is not controlled by it (no clients.claim).
    const first = await openSiteTab(context, errors);
    await first.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await first.page.getByText('now opens and works without a network').waitFor();
    expect(await controlled(first.page)).toBe(false);
    // Tabs opened afterwards are controlled by it.
    const lecture = await openSiteTab(context, errors);
    const later = await openSiteTab(context, errors);
    for (const tab of [lecture, later]) expect(await controlled(tab.page)).toBe(true);
    // Each tab's update prompt has registered with the worker (it loads once the page is idle):
    // a new version found before that would reach a tab as "waiting", but one found while the
    // tab registers could slip past it.
    for (const tab of [first, lecture, later]) await tab.page.waitForFunction(workerRegistered);

    site.publish();
    await lecture.page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    for (const tab of [first, lecture, later]) await updatePrompt(tab.page).waitFor();
    for (const tab of [first, lecture, later]) await mark(tab.page);
    await later.page.getByRole('button', { name: 'Later' }).click();
    await updatePrompt(later.page).waitFor({ state: 'detached' });

    // "Reload" in one controlled tab reloads that tab, onto the new version…
    await Promise.all([
      lecture.page.waitForEvent('load'),
      lecture.page.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await lecture.page.locator('main h1').first().waitFor();
    expect(lecture.loads()).toBe(2);
    // …the new worker takes control of the tab that chose later, which keeps running…
    await expect.poll(() => runsNewVersionWorker(later.page)).toBe(true);
    await followNav(later.page, 'Concepts');
    await later.page.locator('main h1', { hasText: 'Concepts' }).waitFor();
    // …and the tab the old worker never controlled keeps running and still offers the update.
    await settle(first.page);
    await updatePrompt(first.page).waitFor();
    for (const tab of [first, later]) {
      expect(await markOf(tab.page)).toBe('still here');
      expect(tab.loads()).toBe(1);
    }

    // "Reload" there reloads it too, when its reader chooses (no worker waits any more).
    await Promise.all([
      first.page.waitForEvent('load'),
      first.page.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await first.page.locator('main h1').first().waitFor();
    expect(await controlled(first.page)).toBe(true);
    expect(first.loads()).toBe(2);
    await settle(later.page);
    expect(await markOf(later.page)).toBe('still here');
    expect(later.loads()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
