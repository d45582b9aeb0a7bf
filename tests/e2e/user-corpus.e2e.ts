import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { repoRoot } from '../support/paths';
import { appLive, axeViolations, openApp, sharedBrowser } from './harness';
import { followNav, openSettings } from './chrome-helpers';

const browser = sharedBrowser();
const fixtures = join(repoRoot, 'tests', 'fixtures');
const read = (dir: string, name: string) => readFileSync(join(fixtures, dir, name), 'utf8');

/** Drops files on the page as a person dragging them from the file manager would. */
async function dropFiles(page: Page, files: { name: string; text: string }[]) {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
    return dt;
  }, files);
  for (const type of ['dragenter', 'dragover', 'drop'])
    await page.dispatchEvent('main', type, { dataTransfer: transfer });
}

const banner = (page: Page) => page.locator('.corpus-banner');

describe('bring your own corpus, in Chromium', () => {
  it('loads a two-model bundle dropped on the page and shows it in every view', async () => {
    const { page, context, errors } = await openApp(browser(), '');
    await dropFiles(page, [{ name: 'two-models.json', text: read('bundles', 'two-models.json') }]);
    await banner(page).waitFor();
    expect(await banner(page).textContent()).toContain('Your corpus: two-models — 2 models');
    expect(await page.locator('.model-card, article').count()).toBe(2);

    // Every view that shows models, reached through the navigation: the corpus stays loaded. (Policy
    // fit shows no model until a region is described: its empty state is covered in fit.e2e.)
    const views: [string, string][] = [
      ['Compare', 'table.compare-table thead th'],
      ['State role', '.chart svg .row'],
      ['Governance', '.chart svg'],
      ['Sectors', 'table.heat-map tbody tr'],
      ['Firm hierarchy', '.chart svg, svg'],
      ['Handout', '.handout__evidence'],
    ];
    for (const [name, drawn] of views) {
      await followNav(page, name);
      await page.locator('main h1').first().waitFor();
      await expect.poll(() => page.locator(drawn).count()).toBeGreaterThan(0);
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text, name).toContain('Japan');
      expect(text, name).toContain('Italy');
      for (const absent of ['United Kingdom', 'France']) expect(text, name).not.toContain(absent);
      expect(await banner(page).count(), name).toBe(1);
    }
    // A reload is a new visit: the bundled corpus is back, as promised ("for the visit").
    await page.reload();
    // The baked overview is up before the app: wait for the app itself.
    await appLive(page);
    await page.locator('main h1').waitFor();
    expect(await banner(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('runs the views, the fit and a tour on the loaded corpus, and goes back in one click', async () => {
    const { page, context } = await openApp(browser(), '?view=tours');
    await openSettings(page);
    await page.getByRole('button', { name: 'Your corpus…' }).click();
    await page.getByLabel('Choose files').setInputFiles({
      name: 'two-models.json',
      mimeType: 'application/json',
      buffer: Buffer.from(read('bundles', 'two-models.json')),
    });
    await banner(page).waitFor();
    // A tour still runs: its steps show the models this corpus has.
    await page
      .getByRole('link', { name: /Start the tour/ })
      .first()
      .click();
    await page.locator('.tour-bar').waitFor();
    for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
    expect(await page.locator('main').textContent()).not.toContain('France');
    await page.keyboard.press('Escape');
    await page.locator('nav.main-nav a', { hasText: 'Policy fit' }).click();
    await page.locator('main h1').waitFor();
    expect(await page.locator('main').textContent()).toContain('Italy');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Back to the bundled corpus' }).click();
    await banner(page).waitFor({ state: 'detached' });
    expect(await page.locator('main').textContent()).toContain('France');
    await context.close();
  });

  it('refuses every broken model file with a located error and changes nothing', async () => {
    // One page for the whole family: each file is dropped, refused, and the dialog closed.
    const { page, context } = await openApp(browser(), '');
    const alert = page.locator('.corpus-loader__problems');
    const names = readdirSync(join(fixtures, 'broken'));
    expect(names.length).toBeGreaterThanOrEqual(10);
    for (const name of names) {
      await dropFiles(page, [{ name, text: read('broken', name) }]);
      await alert.waitFor();
      expect(await alert.textContent(), name).toContain('Nothing was loaded');
      expect(await alert.locator('h3').allTextContents(), name).toEqual([name]);
      const first = (await alert.locator('li').first().textContent()) ?? '';
      expect(first, name).toMatch(
        /^(\(root\)|line \d+, column \d+|[a-zA-Z]+[\w.[\]]*|\(whole file\)):/,
      );
      expect(first, name).toContain('(expected');
      expect(await page.getByRole('link', { name: /How a corpus is written/ }).count(), name).toBe(
        1,
      );
      await page.keyboard.press('Escape');
      await alert.waitFor({ state: 'hidden' });
      expect(await banner(page).count(), name).toBe(0);
      expect(await page.locator('article').count(), name).toBe(5);
    }
    await context.close();
  });

  it('refuses a file over 5 MB by its size, saying by how much', async () => {
    const { page, context } = await openApp(browser(), '');
    await dropFiles(page, [{ name: 'huge.json', text: `"${'x'.repeat(6 * 1024 * 1024)}"` }]);
    const alert = page.locator('.corpus-loader__problems');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'the file is 6.0 MB, 1.0 MB over the limit of 5.0 MB',
    );
    // The dialog with its problem list passes axe in both themes.
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('hostile corpora, in Chromium', () => {
  const TRIPWIRE = `
    window.__tripwire = [];
    for (const name of ['alert', 'confirm', 'prompt']) {
      window[name] = () => { window.__tripwire.push('dialog:' + name); };
    }
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) {
        if (!(n instanceof Element)) continue;
        for (const el of [n, ...n.querySelectorAll('*')]) {
          if (/^(SCRIPT|IFRAME|OBJECT|EMBED|STYLE)$/.test(el.tagName) && !el.closest('head'))
            window.__tripwire.push('element:' + el.tagName);
          for (const a of el.attributes) if (/^on/i.test(a.name)) window.__tripwire.push('handler:' + a.name);
          if (el.getAttribute('href')?.trim().toLowerCase().startsWith('javascript:'))
            window.__tripwire.push('link:javascript');
        }
      }
    }).observe(document, { childList: true, subtree: true });`;

  it('shows the payload corpus as plain text: no script, no dialog, no prototype change', async () => {
    const { page, context, errors } = await openApp(browser(), '');
    await context.addInitScript(TRIPWIRE);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.reload();
    // The baked overview is up before the app: wait for the app itself.
    await appLive(page);
    await page.locator('main h1').waitFor();
    await dropFiles(page, [{ name: 'payloads.json', text: read('hostile', 'payloads.json') }]);
    await banner(page).waitFor();

    let heading = '';
    for (const view of [
      '',
      '?view=compare',
      '?view=state-role',
      '?view=hierarchy',
      '?view=sources',
    ]) {
      if (view) {
        await page.evaluate((v) => {
          history.pushState(null, '', v);
          dispatchEvent(new PopStateEvent('popstate'));
        }, view);
        // The view has drawn when its heading replaces the last one.
        await page.waitForFunction((last) => {
          const h1 = document.querySelector('main h1');
          return h1 !== null && h1.textContent !== last;
        }, heading);
      }
      heading = (await page.locator('main h1').first().textContent()) ?? '';
      // The markup arrives as text, legible, and the page keeps its width.
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, view).toBeLessThanOrEqual(1280);
    }
    await page.evaluate(() => {
      history.pushState(null, '', '?view=compare');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.locator('main h1').waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Italy <img src=x onerror=');
    // Bidi overrides and zero-width spaces are gone; right-to-left letters stay.
    expect(text).toContain('Japan');
    expect(text).not.toMatch(/[\u202a-\u202e\u200b]/);

    expect(
      await page.evaluate(() => (window as unknown as { __tripwire: string[] }).__tripwire),
    ).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(
      await page.evaluate(() => ({}) as Record<string, unknown>).then((o) => o.polluted),
    ).toBeUndefined();
    expect(
      await page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')),
    ).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses hostile and duplicate bundles with located errors, prototypes untouched', async () => {
    const { page, context } = await openApp(browser(), '');
    const alert = page.locator('.corpus-loader__problems');
    // Each refused bundle, and lines its problem list must hold (start, and a part of the line).
    const refused: [string, string, [string, string][]][] = [
      [
        'hostile',
        'bad-links.json',
        [
          ['sources[0].url:', 'http:// or https://'],
          ['sources[1].url:', 'http:// or https://'],
        ],
      ],
      [
        'hostile',
        'prototype-keys.json',
        [['models[0].__proto__:', 'is not a field of this format']],
      ],
      ['bundles', 'duplicate-model.json', [['models[1].id:', 'repeats the model id "italy"']]],
    ];
    for (const [dir, name, expected] of refused) {
      await dropFiles(page, [{ name, text: read(dir, name) }]);
      await alert.waitFor();
      const lines = await alert.locator('li').allTextContents();
      for (const [start, part] of expected)
        expect(
          lines.some((l) => l.startsWith(start) && l.includes(part)),
          `${name}: ${start}`,
        ).toBe(true);
      await page.keyboard.press('Escape');
      await alert.waitFor({ state: 'hidden' });
      expect(await banner(page).count(), name).toBe(0);
    }
    expect(
      await page.evaluate(() => [
        Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'),
        ({} as Record<string, unknown>).polluted,
      ]),
    ).toEqual([false, undefined]);
    await context.close();
  });
});
