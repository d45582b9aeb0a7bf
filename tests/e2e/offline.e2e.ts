import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { appLive, openApp, sharedBrowser } from './harness';
import { followNav, navNames } from './chrome-helpers';

const browser = sharedBrowser();

describe('offline and installable, in Chromium', () => {
  it('after one visit, reloads and shows every view and a tour with the network off', async () => {
    const { page, context, errors } = await openApp(browser(), '');
    // The worker precaches everything on the first visit; wait until it is active.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state;
    });
    await page.getByText('now opens and works without a network').waitFor();

    await context.setOffline(true);
    expect(
      await page.evaluate(() =>
        fetch('corpus.json?probe').then(
          () => 'online',
          () => 'offline',
        ),
      ),
    ).toBe('offline');
    await page.reload();
    // The baked page is up at once; its menu answers once the app has hydrated it.
    await appLive(page);
    await page.locator('main h1').waitFor();
    const views = await navNames(page);
    expect(views.length).toBeGreaterThanOrEqual(10);
    for (const name of views) {
      await followNav(page, name);
      await page.locator('main h1').first().waitFor();
      // A view may load its own parts (the article its text) after the heading: wait for that to
      // settle, then make sure it settled on content and not on a failure to load offline.
      await expect
        .poll(() => page.locator('main .loading').count(), { message: `${name} is still loading` })
        .toBe(0);
      expect(await page.locator('main .load-failed').count(), `${name} failed to load`).toBe(0);
      expect(await page.locator('main h1').first().textContent()).toBeTruthy();
    }
    // A deep link opened offline: the cached page answers any address of the app.
    await page.goto(`${inject('baseUrl')}?tour=what-the-state-does&step=4`);
    await page.locator('.tour-bar').waitFor();
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('7');
    expect(await page.locator('main h1').count()).toBe(1);
    expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await context.close();
  });

  it('links a web app manifest with icons', async () => {
    const { page, context } = await openApp(browser(), '');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await page.evaluate((url) => fetch(url).then((r) => r.json()), href!)) as {
      name: string;
      display: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest.name).toBe('Cluster Atlas');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512', '512x512']);
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const status = await page.evaluate((src) => fetch(src).then((r) => r.status), icon.src);
      expect(status, icon.src).toBe(200);
    }
    // The worker is registered from a script file: the page has no inline script at all.
    expect(await page.locator('script:not([src])').count()).toBe(0);
    await context.close();
  });
});
