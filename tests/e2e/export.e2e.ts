import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { CSV_COLUMNS, parseCsv } from '../../src/export/csv';
import { openApp, sharedBrowser } from './harness';

const browser = sharedBrowser();

async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { file, bytes: readFileSync(path) };
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

describe('share and export in Chromium', () => {
  it('downloads a standalone SVG with title, caption and source, and a PNG at twice its size', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context, errors } = await openApp(
        browser(),
        '?view=state-role&models=japan,italy,france',
        { colorScheme },
      );
      const frame = page.locator('.chart-frame').first();
      await frame.getByRole('button', { name: 'Download' }).click();
      const svg = await download(page, () =>
        frame.getByRole('button', { name: 'SVG (vector, with caption)' }).click(),
      );
      expect(svg.file.suggestedFilename()).toBe(
        'cluster-atlas-where-each-state-sits-on-the-1-5-scale.svg',
      );
      const text = svg.bytes.toString('utf8');
      const check = await page.evaluate((t) => {
        const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
        return {
          wellFormed: doc.querySelector('parsererror') === null,
          title: doc.querySelector('title')?.textContent,
          caption: [...doc.querySelectorAll('g.caption text')].map((n) => n.textContent).join(' '),
          marks: doc.querySelectorAll('path').length,
          width: Number(doc.documentElement.getAttribute('width')),
          height: Number(doc.documentElement.getAttribute('height')),
          usesVars: t.includes('var(--'),
        };
      }, text);
      expect(check.wellFormed).toBe(true);
      expect(check.title).toBe('Where each state sits on the 1–5 scale');
      expect(check.caption).toContain('Models shown: Japan, Italy, France.');
      expect(check.caption).toContain('Source: “Foreign experience in forming regional clusters”');
      expect(check.marks).toBe(3);
      expect(check.usesVars).toBe(false);

      await frame.getByRole('button', { name: 'Download' }).click();
      const png = await download(page, () =>
        frame.getByRole('button', { name: 'PNG image (2×)' }).click(),
      );
      expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(pngSize(png.bytes)).toEqual({ width: check.width * 2, height: check.height * 2 });
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('exports the sectors heat map (an HTML chart) as SVG too', async () => {
    const { page, context } = await openApp(browser(), '?view=sectors');
    const frame = page.locator('.chart-frame').first();
    await frame.getByRole('button', { name: 'Download' }).click();
    const svg = await download(page, () =>
      frame.getByRole('button', { name: 'SVG (vector, with caption)' }).click(),
    );
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('handicrafts');
    expect(text).toContain('85%');
    expect(
      await page.evaluate(
        (t) =>
          new DOMParser().parseFromString(t, 'image/svg+xml').querySelector('parsererror') === null,
        text,
      ),
    ).toBe(true);
    await context.close();
  });

  it('downloads a CSV with one row per model × dimension', async () => {
    const { page, context } = await openApp(browser(), '?view=compare&models=japan,italy');
    await page.getByRole('button', { name: 'Share and export' }).click();
    const csv = await download(page, () =>
      page.getByRole('button', { name: 'Data (CSV)' }).click(),
    );
    // A UTF-8 byte-order mark first, so that Excel reads the Cyrillic of a Russian corpus right.
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.bytes.toString('utf8'));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 2 * 5);
    expect(rows.slice(1).map((r) => `${r[0]}.${r[2]}`)).toContain('japan.firmHierarchy');
    await context.close();
  });

  it('gives an embed snippet whose URL renders the view without the app chrome', async () => {
    const { page, context } = await openApp(browser(), '?view=governance&models=japan,france');
    await page.getByRole('button', { name: 'Share and export' }).click();
    await page.getByRole('button', { name: 'Embed…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    const snippet = await dialog.getByRole('textbox', { name: 'HTML snippet' }).inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]+embed=1" title="Cluster Atlas: Governance"/);
    const embedUrl = await dialog.getByRole('textbox', { name: 'Embed address' }).inputValue();
    await page.keyboard.press('Escape');
    await context.close();

    const embedded = await openApp(browser(), new URL(embedUrl).search);
    expect(
      await embedded.page.locator('header, nav.main-nav, .model-picker, .app-footer').count(),
    ).toBe(0);
    expect(await embedded.page.locator('main h1').textContent()).toContain('Governance');
    expect(await embedded.page.locator('svg[role="img"]').count()).toBeGreaterThan(0);
    const back = embedded.page.getByRole('link', { name: /Open in Cluster Atlas/ });
    // The link is relative: inside an iframe it resolves against the app's own address.
    const backUrl = new URL((await back.getAttribute('href')) ?? '', embedded.page.url());
    expect(backUrl.origin).toBe(new URL(embedUrl).origin);
    expect(backUrl.searchParams.get('embed')).toBeNull();
    expect(backUrl.searchParams.get('view')).toBe('governance');
    expect(embedded.errors).toEqual([]);
    await embedded.context.close();
  });

  it('keeps a crafted page address inside the BibTeX \\url{}', async () => {
    const { page, context } = await openApp(browser(), '?view=hierarchy#}},note={injected');
    await page.getByRole('button', { name: 'Share and export' }).click();
    await page.getByRole('button', { name: 'Cite…' }).click();
    const bibtex = await page
      .getByRole('dialog', { name: 'Cite this view' })
      .getByRole('textbox', { name: 'BibTeX' })
      .inputValue();
    const howpublished = /howpublished = \{(.*)\},$/m.exec(bibtex)?.[1];
    expect(howpublished).toMatch(/^\\url\{http:\/\/127\.0\.0\.1:\d+\/\?view=hierarchy\}$/);
    expect(bibtex).not.toContain('injected');
    expect(bibtex.match(/^ {2}note/gm)).toHaveLength(2);
    await context.close();
  });

  it('gives a citation in plain text and BibTeX', async () => {
    const { page, context } = await openApp(browser(), '?view=hierarchy');
    await page.getByRole('button', { name: 'Share and export' }).click();
    await page.getByRole('button', { name: 'Cite…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite this view' });
    expect(await dialog.getByRole('textbox', { name: 'The app (this view)' }).inputValue()).toMatch(
      /^Cluster Atlas \(\d{4}\)\. Firm hierarchy/,
    );
    expect(await dialog.getByRole('textbox', { name: 'BibTeX' }).inputValue()).toContain(
      '@misc{clusteratlas',
    );
    await context.close();
  });
});
