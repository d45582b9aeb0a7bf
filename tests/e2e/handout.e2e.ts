import { describe, expect, it } from 'vitest';
import { readPdf } from '../support/pdf-text';
import { checkPrint, describeFinding } from '../support/layout-checks';
import { openApp, sharedBrowser } from './harness';
import { waitForSettled } from '../support/settled';

const browser = sharedBrowser();

describe('printed handout in Chromium', () => {
  it('prints the selected models on A4 portrait, with their charts and quotes and no chrome', async () => {
    const { page, context, errors } = await openApp(
      browser(),
      '?view=handout&models=italy,japan,france',
      { colorScheme: 'dark' },
    );
    await page.locator('.handout__evidence').waitFor();
    await waitForSettled(page);
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
    const { pages, text, sizes } = await readPdf(new Uint8Array(pdf));
    const all = text.join(' ');

    // Three models, the matrix, four charts and twelve dimension entries of quotes.
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(pages).toBeLessThanOrEqual(20);
    for (const name of ['Italy', 'Japan', 'France']) expect(all).toContain(name);
    expect(text[0]).toContain('Handout');
    for (const heading of [
      'Compare the models side by side',
      'State role',
      'Governance',
      'Sector focus',
      'Evidence behind each judgement',
    ])
      expect(all).toContain(heading);
    // A verbatim quote with its paragraph locator.
    expect(all).toMatch(/\[p\d+\]/);
    // No navigation chrome or controls on paper.
    for (const chrome of ['Skip to', 'Policy fit', 'Show as table', 'Print handout', 'Download'])
      expect(all).not.toContain(chrome);

    // The stylesheet's page size decides: A4 portrait is 595 × 842 pt on every page.
    for (const [width, height] of sizes) {
      expect(width).toBeCloseTo(595, -1);
      expect(height).toBeCloseTo(842, -1);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('numbers its pages, prints the live link, lists everything and drops screen instructions', async () => {
    const { page, context, errors } = await openApp(browser(), '?view=handout&models=italy,japan');
    await page.locator('.handout__evidence').waitFor();
    await waitForSettled(page);
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
    const { pages, text } = await readPdf(new Uint8Array(pdf));
    const all = text.join(' ');

    // Every page carries "n / total" and the address of the live handout, in its bottom margin.
    const live = /https?:\/\/\S+\?view=handout&models=italy,japan/;
    text.forEach((pageText, i) => {
      expect(pageText, `page ${i + 1}`).toContain(`${i + 1} / ${pages}`);
      expect(pageText, `page ${i + 1}`).toMatch(live);
    });
    // The link is also printed under the title, where a reader looks first.
    expect(text[0]).toMatch(/Live version: https?:\/\//);

    // Japan's matrix cells list every actor and instrument: nothing is cut to "and N more".
    expect(all).not.toMatch(/and \d+ more/);
    expect(all).toContain('State scientific organisations');
    // Screen instructions and controls stay on the screen.
    for (const instruction of [
      'Select a cell',
      'move columns',
      'Select or hover',
      'Show only differences',
      'Sort by step',
      "Select a family's heading",
    ])
      expect(all).not.toContain(instruction);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['?view=handout&models=italy,japan', '?view=compare', '?view=governance'])(
    'prints %s within the page box',
    async (query) => {
      const { page, context } = await openApp(browser(), query);
      await page.locator('main h1').first().waitFor();
      await waitForSettled(page);
      const overflow = (await checkPrint(page)).filter((f) => f.check === 'print-overflow');
      expect(overflow.map(describeFinding)).toEqual([]);
      await context.close();
    },
  );

  it('"Print handout" opens the print dialog', async () => {
    const { page, context } = await openApp(browser(), '?view=handout&models=italy,japan');
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Print handout' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await context.close();
  });

  it('reads in black and white: every model has its own marker shape in the charts', async () => {
    const { page, context } = await openApp(browser(), '?view=handout');
    await page.locator('.handout__evidence').waitFor();
    await page.emulateMedia({ media: 'print' });
    // The state-role chart draws each model's marker as a distinct shape (path data).
    const shapes = await page.evaluate(() => {
      const marks = [...document.querySelectorAll('.handout svg .row path')];
      return new Set(marks.map((m) => m.getAttribute('d'))).size;
    });
    expect(shapes).toBe(5);
    await context.close();
  });
});
