/**
 * The article view: `?view=article&p=31` scrolls to paragraph 31, marks it and focuses it; a
 * quote's "Read in context" in the evidence panel opens the article at its paragraph and closes
 * the panel; "Copy with citation" puts the passage, its place and the citations on the clipboard
 * (and, where the clipboard is refused, selects them in a field); a note links to the model page's
 * evidence; axe finds nothing at three sizes, light and dark, in English and Russian.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openApp, sharedBrowser, type AppPage } from './harness';
import { waitForSettled } from '../support/settled';

const browser = sharedBrowser();
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];
const THEMES = ['light', 'dark'] as const;

async function articleReady(page: Page): Promise<void> {
  await page.locator('#article-p45').waitFor();
  await waitForSettled(page);
}

describe('the article at a paragraph', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(browser(), '?view=article&p=31');
    await articleReady(app.page);
  });
  afterAll(() => app.context.close());

  it('focuses paragraph 31, marks it in words, and scrolls it into view', async () => {
    const { page } = app;
    await page.waitForFunction(() => document.activeElement?.id === 'article-p31');
    const p31 = page.locator('#article-p31');
    await expect.poll(() => p31.textContent()).toContain('Linked paragraph');
    // Not flush with the window's top: some of the page above it stays in view.
    const box = await p31.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(64);
    expect(box!.y).toBeLessThan(240);
    expect(await page.locator('#article-p32').textContent()).not.toContain('Linked paragraph');
  });

  it('outlines the focused paragraph with its copy button, with one bar and room inside', async () => {
    const { page } = app;
    const body = page.locator('.article-para__body', { has: page.locator('#article-p31') });
    const look = await body.evaluate((el) => {
      const style = getComputedStyle(el);
      return {
        outline: style.outlineStyle,
        bar: style.borderLeftStyle,
        right: parseFloat(style.paddingRight),
      };
    });
    expect(look).toEqual({ outline: 'solid', bar: 'solid', right: expect.any(Number) });
    expect(look.right).toBeGreaterThanOrEqual(8);
    const outer = (await body.boundingBox())!;
    const button = (await body.getByRole('button', { name: /Copy with citation/ }).boundingBox())!;
    expect(button.y + button.height).toBeLessThanOrEqual(outer.y + outer.height);
  });

  it("says what cites p31 and marks Japan's quotes in it", async () => {
    const { page } = app;
    const para = page.locator('.article-para', { has: page.locator('#article-p31') });
    const note = para.locator('.article-cites');
    await expect
      .poll(() => note.innerText())
      .toMatch(/Japan: state role, governance level; 2 actors, 3 instruments/);
    const marks = para.locator('mark');
    expect(await marks.count()).toBeGreaterThanOrEqual(3);
    expect(await para.locator('#article-p31 > span[lang="en"]').count()).toBe(1);
    expect(await para.locator('.visually-hidden').first().textContent()).toContain(
      'quoted by Japan',
    );
  });

  it('opens the evidence over the model page from a note', async () => {
    const { page } = app;
    const para = page.locator('.article-para', { has: page.locator('#article-p31') });
    await para.getByRole('link', { name: 'state role' }).click();
    await page.getByRole('dialog').waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('view')).toBe('model');
    expect(url.searchParams.get('model')).toBe('japan');
    expect(url.searchParams.get('evidence')).toBe('japan.stateRole');
    expect(app.errors).toEqual([]);
  });
});

describe('a note that names a concept', () => {
  it('opens the primer at that concept', async () => {
    const app = await openApp(browser(), '?view=article&p=40');
    const { page } = app;
    await articleReady(page);
    const para = page.locator('.article-para', { has: page.locator('#article-p40') });
    const link = para.locator('.article-cites a').first();
    const target = (await link.getAttribute('href'))!.split('#')[1]!;
    expect(target).toMatch(/^concept-/);
    await link.click();
    await page.locator(`#${target}`).waitFor();
    await page.waitForFunction((id) => {
      const box = document.getElementById(id)!.getBoundingClientRect();
      return box.top >= -1 && box.top < 120;
    }, target);
    expect(new URL(page.url()).searchParams.get('view')).toBe('concepts');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});

describe('read in context', () => {
  it('opens the article at the quote’s paragraph from the evidence panel, closing it', async () => {
    const app = await openApp(browser(), '?view=overview&evidence=japan.stateRole');
    const { page } = app;
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const link = dialog.getByRole('link', { name: /Read in context: paragraph 31/ }).first();
    expect(await link.getAttribute('href')).toMatch(
      /[?&]view=article&.*p=31|[?&]p=31.*view=article/,
    );
    await link.click();
    await page.waitForFunction(() => document.activeElement?.id === 'article-p31');
    expect(await page.getByRole('dialog').count()).toBe(0);
    const url = new URL(page.url());
    expect(url.searchParams.get('view')).toBe('article');
    expect(url.searchParams.get('p')).toBe('31');
    expect(url.searchParams.get('evidence')).toBeNull();
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});

describe('the quote tools on a phone', () => {
  it('sit in one row where both fit', async () => {
    const app = await openApp(browser(), '?view=model&model=japan', {
      viewport: { width: 390, height: 844 },
    });
    const tools = app.page.locator('.quote-tools').first();
    await tools.waitFor();
    await waitForSettled(app.page);
    const read = (await tools.locator('.read-in-context').boundingBox())!;
    const copy = (await tools.getByRole('button', { name: /Copy with citation/ }).boundingBox())!;
    expect(Math.abs(read.y - copy.y)).toBeLessThan(2);
    await app.context.close();
  });
});

describe('copy with citation', () => {
  it('puts the quote, its paragraph and both citations on the clipboard', async () => {
    const app = await openApp(browser(), '?view=overview&evidence=japan.stateRole');
    const { page, context } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(inject('baseUrl')).origin,
    });
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const quote = dialog
      .locator('.evidence-quote', { hasText: 'exceptionally active role' })
      .first();
    await quote.getByRole('button', { name: /Copy with citation/ }).click();
    await quote.getByRole('button', { name: 'Plain text' }).click();
    await expect.poll(() => quote.getByRole('status').textContent()).toContain('Copied');
    const plain = await page.evaluate(() => navigator.clipboard.readText());
    expect(plain).toContain(
      '“The state played an exceptionally active role in the overall coordination of research work in the country.” (Foreign experience in forming regional clusters, paragraph 31)',
    );
    expect(plain).toContain('“Foreign experience in forming regional clusters”.');
    expect(plain).toMatch(
      /Cluster Atlas \(\d{4}\)\. Source article, paragraph 31 .*view=article&p=31/,
    );

    await quote.getByRole('button', { name: /Copy with citation/ }).click();
    await quote.getByRole('button', { name: 'BibTeX' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toContain('@article{foreignexperienceclusters,');
    const bib = await page.evaluate(() => navigator.clipboard.readText());
    expect(bib).toContain('paragraph 31},');
    expect(bib).toContain('@misc{clusteratlas');
    await app.context.close();
  });

  it('selects the text in a field when the clipboard is refused (a paragraph of the article)', async () => {
    const app = await openApp(browser(), '?view=article&p=12');
    const { page } = app;
    await articleReady(page);
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
        configurable: true,
      });
    });
    const para = page.locator('.article-para', { has: page.locator('#article-p12') });
    await para.getByRole('button', { name: /Copy with citation: paragraph 12/ }).click();
    await para.getByRole('button', { name: 'Plain text' }).click();
    const field = para.getByRole('textbox');
    await field.waitFor();
    const value = await field.inputValue();
    expect(value).toMatch(/^“Handicraft firms are highly competitive/);
    expect(value).toContain('(Foreign experience in forming regional clusters, paragraph 12)');
    await page.waitForFunction(() => {
      const el = document.activeElement as HTMLTextAreaElement | null;
      return el?.tagName === 'TEXTAREA' && el.selectionEnd - el.selectionStart === el.value.length;
    });
    expect(await para.getByRole('status').textContent()).toContain('did not allow copying');
    await app.context.close();
  });
});

describe('the article passes axe', () => {
  for (const size of SIZES)
    for (const theme of THEMES)
      it(`at ${size.width}×${size.height}, ${theme}`, async () => {
        const app = await openApp(browser(), '?view=article&p=31', {
          viewport: size,
          colorScheme: theme,
        });
        await articleReady(app.page);
        expect(await axeViolations(app.page)).toEqual([]);
        expect(app.errors).toEqual([]);
        await app.context.close();
      });

  it('in Russian, with the note that the text is the original', async () => {
    const app = await openApp(browser(), '?view=article&p=31&lang=ru');
    await app.page.waitForFunction(() => document.documentElement.lang === 'ru');
    await articleReady(app.page);
    expect(await app.page.locator('.article-about__original').textContent()).toContain(
      'английский оригинал',
    );
    // Our headings in Russian (a country's from the model's name), with no lang="en" left.
    const italy = app.page.locator('#article-italy');
    await expect.poll(() => italy.textContent()).toBe('Италия');
    expect(await italy.getAttribute('lang')).toBeNull();
    expect(await app.page.locator('#article-introduction').textContent()).toBe('Введение');
    expect(await app.page.locator('.article-toc a').first().textContent()).toBe('Введение');
    expect(
      await app.page.locator('.article-heading[lang="en"], .article-toc [lang="en"]').count(),
    ).toBe(0);
    expect(await axeViolations(app.page)).toEqual([]);
    await app.context.close();
  });
});
