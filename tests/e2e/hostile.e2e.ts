/**
 * The app in a hostile environment: storage that throws, an embed on another site with
 * third-party storage blocked, a view's code that fails to load, damaged stored data, and two
 * tabs saving at once. None of these may leave a blank page or lose what the user saved.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/cli/chromium';
import { axeViolations, sharedBrowser } from './harness';
import { followNav, openSettings } from './chrome-helpers';

const browser = sharedBrowser();

const NOT_KEPT = 'This browser does not let the app keep anything';
/** Every view but the overview, by its link in the navigation. */
const VIEW_LINKS: Record<string, string> = {
  compare: 'Compare',
  'state-role': 'State role',
  governance: 'Governance',
  sectors: 'Sectors',
  hierarchy: 'Firm hierarchy',
  fit: 'Policy fit',
  tours: 'Tours',
  concepts: 'Concepts',
  sources: 'Sources & method',
  handout: 'Handout',
  editor: 'Model editor',
};

/** A page that records uncaught exceptions; `init` runs in every document before the app. */
async function openPage(
  query: string,
  init?: string,
): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  // No service worker: it would serve the app's code from its cache, past the routes that fail it.
  const context = await browser().newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseUrl')}${query}`);
  return { page, context, errors };
}

/** Reading `localStorage` throws, as where site data is blocked. */
const BLOCK_STORAGE = `Object.defineProperty(window, 'localStorage', {
  configurable: true,
  get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
});`;

/** A view's code file under any query: a cut network fails the app's fresh retry (?retry=n) too. */
const chunk = (name: string) => new RegExp(`/assets/${name}-[\\w-]+\\.js(\\?.*)?$`);

const savedNames = (page: Page) =>
  page
    .locator('.saved-list input[type="text"]')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value).sort());

async function saveProfile(page: Page, name: string) {
  // The saved profiles fold under the questions: open them.
  const saved = page.locator('details.saved-profiles');
  if (!(await saved.evaluate((d) => (d as HTMLDetailsElement).open)))
    await saved.locator('summary').click();
  // There is something to save once there is a profile: if none, start from the blank one.
  if ((await page.getByRole('button', { name: 'Save this profile' }).count()) === 0) {
    await page.locator('details.fit-disclosure > summary', { hasText: 'Adjust exactly' }).click();
    await page.getByRole('combobox', { name: 'Start from' }).selectOption('blank');
  }
  await page.getByRole('textbox', { name: "Region's name" }).fill(name);
  await page.getByRole('button', { name: 'Save this profile' }).click();
  await page.getByText(`Saved “${name}”.`).waitFor();
}

/** Stores `entries` in the app's origin before the app reads them. */
async function seedStorage(page: Page, entries: Record<string, string>) {
  await page.evaluate((e) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
}

describe('a hostile environment', () => {
  it('starts with storage blocked, says once that nothing is kept, and every view works', async () => {
    const { page, context, errors } = await openPage('', BLOCK_STORAGE);
    await page.locator('main h1').first().waitFor();
    await expect.poll(() => page.getByText(NOT_KEPT).count()).toBe(1);
    for (const [view, name] of Object.entries(VIEW_LINKS)) {
      await followNav(page, name);
      await page.waitForURL((url) => url.search.includes(`view=${view}`));
      await page.locator('main h1').first().waitFor();
      expect(await page.locator('.view-failure').count(), view).toBe(0);
    }
    // Said once, however many views were visited.
    expect(await page.getByText(NOT_KEPT).count()).toBe(1);
    // Saving a profile still works, for this visit, and says so.
    await page.goto(`${inject('baseUrl')}?view=fit`);
    await page.locator('main h1').first().waitFor();
    await saveProfile(page, 'Visit only');
    expect(await savedNames(page)).toEqual(['Visit only']);
    await page.getByText('profiles you save here last for this visit only').waitFor();
    // The theme switch works (and lasts for the visit).
    await openSettings(page);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('renders the view embedded on another site with third-party storage blocked', async () => {
    const embedUrl = `${inject('baseUrl')}?view=governance&embed=1`;
    // The host page is served from a second loopback address: another site, so the app's frame is
    // third-party there.
    const host = createServer((_, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(
        `<!doctype html><title>Host</title><iframe title="Cluster Atlas" src="${embedUrl}" width="900" height="700"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.2', resolve));
    const port = (host.address() as { port: number }).port;
    // A profile whose preferences block third-party cookies and site data.
    const profileDir = mkdtempSync(join(tmpdir(), 'atlas-3p-'));
    mkdirSync(join(profileDir, 'Default'));
    writeFileSync(
      join(profileDir, 'Default', 'Preferences'),
      JSON.stringify({ profile: { block_third_party_cookies: true, cookie_controls_mode: 1 } }),
    );
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`http://127.0.0.2:${port}/`);
      const frame = page.frameLocator('iframe');
      await expect
        .poll(() => frame.locator('main h1').first().textContent(), { timeout: 30_000 })
        .toContain('Governance');
      // The frame really has no storage: reading it throws there.
      const appFrame = page.frames().find((f) => f.url().startsWith(inject('baseUrl')));
      expect(
        await appFrame?.evaluate(() => {
          try {
            return window.localStorage ? 'open' : 'none';
          } catch {
            return 'blocked';
          }
        }),
      ).toBe('blocked');
      expect(await frame.locator('svg[role="img"]').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      host.close();
      rmSync(profileDir, { recursive: true, force: true });
    }
  });

  it.each([
    ['', 'Cluster Atlas’s code could not be loaded', 'Reload the page'],
    ['?view=compare&lang=ru', 'Не удалось загрузить код Cluster Atlas', 'Перезагрузить страницу'],
  ])(
    'says so when the app’s code cannot load at all (%j), and its reload starts the app',
    async (query, message, reload) => {
      const context = await browser().newContext({
        viewport: { width: 1280, height: 800 },
        serviceWorkers: 'block',
      });
      let blocked = true;
      await context.route(chunk('main'), (route) =>
        blocked ? route.abort('internetdisconnected') : route.continue(),
      );
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}${query}`);
      const failure = page.getByRole('alert');
      await failure.getByText(message).waitFor();
      // The loading line of a deep link gives way: nothing promises an app that is not coming.
      const loadingLine = await page
        .locator('#root')
        .evaluate((root) => getComputedStyle(root, '::before').content);
      expect(loadingLine).toMatch(/^(none|normal)$/);
      expect(await axeViolations(page)).toEqual([]);
      blocked = false;
      await failure.getByRole('button', { name: reload }).click();
      await page.locator('#root:not([data-first-page])').waitFor({ state: 'attached' });
      expect(await page.getByRole('alert').count()).toBe(0);
      await context.close();
    },
  );

  it('shows what failed when a view’s code cannot load; Retry loads it once the network is back', async () => {
    const { page, context } = await openPage('');
    await page.locator('main h1').first().waitFor();
    let blocked = true;
    await page.route(chunk('Compare'), (route) =>
      blocked ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.locator('nav.main-nav').getByRole('link', { name: 'Compare' }).click();
    const failure = page.getByRole('alert');
    await failure.getByRole('heading', { name: 'This view’s code could not be loaded' }).waitFor();
    expect(await failure.textContent()).toContain('What failed:');
    // The header and navigation are still there: only the view failed.
    expect(await page.locator('nav.main-nav').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    blocked = false;
    await failure.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: /Compare/ }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('recovers from a failed view with Back, and offers a reload that keeps the address', async () => {
    const { page, context } = await openPage('');
    await page.locator('main h1').first().waitFor();
    const overviewTitle = await page.locator('main h1').first().textContent();
    let blocked = true;
    await page.route(chunk('Sectors'), (route) =>
      blocked ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.locator('nav.main-nav').getByRole('link', { name: 'Sectors' }).click();
    await page.getByRole('heading', { name: 'This view’s code could not be loaded' }).waitFor();
    await page.goBack();
    await expect.poll(() => page.locator('main h1').first().textContent()).toBe(overviewTitle);
    expect(await page.getByRole('alert').count()).toBe(0);
    // Forward to the failing view again; after a deployment the reload is the way out.
    await page.goForward();
    await page.getByRole('heading', { name: 'This view’s code could not be loaded' }).waitFor();
    const address = page.url();
    blocked = false;
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await page.getByRole('heading', { level: 1, name: /Sector focus/ }).waitFor();
    expect(page.url()).toBe(address);
    await context.close();
  });

  it('survives a deployment during a tour: the step whose code is gone fails alone, the tour goes on, and a reload keeps the step', async () => {
    // Step 3 of "Five ways" is the governance view. A new deployment has removed the old build's
    // chunks, so the code this open tab asks for answers 404 (the tab preloads the next step's
    // view; here even that finds it gone).
    const { page, context, errors } = await openPage('');
    let deployed = true;
    await page.route(chunk('Governance'), (route) =>
      deployed ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue(),
    );
    await page.goto(`${inject('baseUrl')}?tour=five-ways&step=2`);
    await page.locator('.tour-bar').waitFor();
    await page.keyboard.press('PageDown');
    await page.getByRole('heading', { name: 'This view’s code could not be loaded' }).waitFor();
    // The tour is not lost: its bar still drives the steps.
    expect(new URL(page.url()).searchParams.get('step')).toBe('3');
    await expect
      .poll(() => page.locator('.tour-bar__title').textContent())
      .toContain('Step 3 of 9');
    await page.keyboard.press('PageDown');
    await page.getByRole('heading', { level: 1, name: /Sector/ }).waitFor();
    await page.keyboard.press('PageUp');
    await page.getByRole('heading', { name: 'This view’s code could not be loaded' }).waitFor();
    // Reloading (which fetches the new deployment) keeps the tour and the step.
    const address = page.url();
    deployed = false;
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await page.getByRole('heading', { level: 1, name: /Governance/ }).waitFor();
    expect(page.url()).toBe(address);
    await expect
      .poll(() => page.locator('.tour-bar__title').textContent())
      .toContain('Step 3 of 9');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the good saved profiles, names the bad one, and rewrites nothing until a save', async () => {
    const { page, context } = await openPage('');
    const good = (id: string, name: string) => ({
      id,
      savedAt: '2026-01-01T00:00:00.000Z',
      profile: {
        name,
        values: {
          stateRole: 2,
          governanceLevel: { national: 0.2, regional: 0.5, local: 0.3 },
          sectorFocus: { traditional: 0.25, industrial: 0.25, 'high-tech': 0.25, mixed: 0.25 },
          firmHierarchy: 2,
          universityIndustry: 4,
        },
      },
    });
    const bad = { ...good('c', 'Damaged entry'), profile: { name: 'Damaged entry', values: 7 } };
    // The list as the previous version stored it, with one damaged entry among good ones.
    const list = JSON.stringify({
      state: { savedProfiles: [good('a', 'Samarkand'), bad, good('b', 'Bukhara')] },
      version: 1,
    });
    await seedStorage(page, { 'cluster-atlas:profiles': list });
    await page.goto(`${inject('baseUrl')}?view=fit`);
    await page.locator('main h1').first().waitFor();
    await expect.poll(() => savedNames(page)).toEqual(['Bukhara', 'Samarkand']);
    const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
    await notice.getByText('Damaged entry').waitFor();
    // Switching views rewrites nothing.
    await page.locator('nav.main-nav').getByRole('link', { name: 'Compare' }).click();
    await page.locator('nav.main-nav').getByRole('link', { name: 'Policy fit' }).click();
    await page.locator('.saved-list').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('cluster-atlas:profiles'))).toBe(list);
    // A save keeps all three: the good ones, the new one, and the damaged entry, still stored.
    await saveProfile(page, 'Tashkent');
    await page.reload();
    await expect.poll(() => savedNames(page)).toEqual(['Bukhara', 'Samarkand', 'Tashkent']);
    expect(
      await page.evaluate(() => localStorage.getItem('cluster-atlas:profiles') ?? ''),
    ).toContain('Damaged entry');
    await context.close();
  });

  it('opens the editor over a corrupt draft, names it, and keeps it aside when a new one is saved', async () => {
    const { page, context, errors } = await openPage('');
    await seedStorage(page, { 'cluster-atlas.editor-draft.v1': '{"evidence":"abc"}' });
    await page.goto(`${inject('baseUrl')}?view=editor`);
    await page.getByRole('heading', { level: 1, name: 'Model editor' }).waitFor();
    await page.getByText('The saved editor draft could not be read').waitFor();
    // Until the user changes the new draft, the damaged one stays where it was.
    expect(await page.evaluate(() => localStorage.getItem('cluster-atlas.editor-draft.v1'))).toBe(
      '{"evidence":"abc"}',
    );
    await page.getByRole('textbox', { name: /^Country or region/ }).fill('Atlantis');
    await expect
      .poll(() =>
        page.evaluate(() =>
          Object.keys(localStorage)
            .filter((k) => k.startsWith('cluster-atlas.editor-draft.v1.set-aside.'))
            .map((k) => localStorage.getItem(k)),
        ),
      )
      .toEqual(['{"evidence":"abc"}']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets two tabs save profiles without erasing each other’s, and each sees the other’s', async () => {
    const { page: tabA, context } = await openPage('?view=fit');
    await tabA.locator('main h1').first().waitFor();
    const tabB = await context.newPage();
    await tabB.goto(`${inject('baseUrl')}?view=fit`);
    await tabB.locator('main h1').first().waitFor();
    await saveProfile(tabA, 'From tab A');
    await saveProfile(tabB, 'From tab B');
    await expect.poll(() => savedNames(tabA)).toEqual(['From tab A', 'From tab B']);
    await expect.poll(() => savedNames(tabB)).toEqual(['From tab A', 'From tab B']);
    await tabA.reload();
    await expect.poll(() => savedNames(tabA)).toEqual(['From tab A', 'From tab B']);
    await context.close();
  });
});
