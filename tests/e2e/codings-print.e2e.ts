/**
 * The codings' pages on paper. An open evidence panel prints its whole content once, in flow and
 * alone (not the first screen of the panel repeated over the view behind it, as its fixed overlay
 * printed), without its close button; the agreement page's change log prints every finding's
 * reason, though on screen each waits in a closed disclosure.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkPrint, describeFinding } from '../support/layout-checks';
import { readPdf } from '../support/pdf-text';
import { waitForSettled } from '../support/settled';
import { openApp, sharedBrowser } from './harness';

const browser = sharedBrowser();

/** Text as pdf.js reads it back: lines joined by spaces, so compare without any whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');

/** How often `needle` occurs in `text`. */
const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

/** The page printed to A4 as the stylesheet lays it out: its text, squashed, pages joined. */
async function printed(page: Page): Promise<{ pages: number; text: string }> {
  await waitForSettled(page);
  const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
  const { pages, text } = await readPdf(new Uint8Array(pdf));
  return { pages, text: squash(text.join('')) };
}

/**
 * The start of a text, squashed: long enough to be its own, short enough that a page break (whose
 * footer pdf.js reads in between) seldom falls inside it.
 */
const opening = (s: string | null) => squash(s ?? '').slice(0, 60);

describe('printed codings', () => {
  it('prints an open evidence panel whole, once, without the view behind or its close button', async () => {
    const { page, context, errors } = await openApp(
      browser(),
      '?view=compare&evidence=united-states.stateRole',
    );
    const panel = page.getByRole('dialog');
    await panel.locator('.revision-block').waitFor();
    const revisionHeading = await panel.locator('.revision-block h3').first().textContent();
    const revisionReason = await panel.locator('.revision-responses li p').nth(1).textContent();
    const lastQuote = await panel.locator('.evidence-quote blockquote').last().textContent();
    const secondCard = await panel.locator('.coding-card h4').nth(1).textContent();
    // The panel's first screen (its first heading under the title), which printed on every page.
    const firstHeading = await panel.locator('h3').first().textContent();

    const { pages, text } = await printed(page);
    expect(revisionHeading).toContain('Revised after review 1');
    expect(occurrences(text, squash(revisionHeading ?? ''))).toBe(1);
    expect(opening(revisionReason).length).toBeGreaterThan(20);
    expect(occurrences(text, opening(revisionReason))).toBe(1);
    expect(opening(lastQuote).length).toBeGreaterThan(20);
    expect(occurrences(text, opening(lastQuote))).toBe(1);
    expect(text).toContain(squash(secondCard ?? ''));
    expect(text).toContain(squash('What the reconciled value took from each'));
    // The panel's first screen once; not the view behind it, nor the button that closes the panel.
    expect(occurrences(text, squash(firstHeading ?? '-'))).toBe(1);
    expect(text).toContain(squash('United States: State role'));
    expect(text).not.toContain(squash('Compare the models'));
    expect(text).not.toContain('×');
    expect(pages).toBeLessThanOrEqual(6);
    // Laid out for the page: nothing past the paper, no words over words, no heading alone.
    expect((await checkPrint(page)).map(describeFinding)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints the panel whole in Uzbek too, its quotes and its answers once', async () => {
    const { page, context, errors } = await openApp(
      browser(),
      '?evidence=italy.governanceLevel&lang=uz',
    );
    const panel = page.getByRole('dialog');
    await panel.locator('.revision-block').waitFor();
    const quotes = await panel
      .locator('.evidence-quote blockquote')
      .evaluateAll((qs) => qs.map((q) => q.textContent ?? ''));
    const answers = await panel
      .locator('.revision-responses li > p:nth-child(2)')
      .evaluateAll((ps) => ps.map((p) => p.textContent ?? ''));
    expect(quotes.length).toBeGreaterThan(0);
    expect(answers.length).toBeGreaterThan(0);

    const { text } = await printed(page);
    for (const part of [...quotes, ...answers]) expect(occurrences(text, opening(part))).toBe(1);
    expect(text).not.toContain('×');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints the change log with every finding’s reason, no disclosure opened', async () => {
    const { page, context, errors } = await openApp(browser(), '?view=sources');
    const log = page.locator('.change-log');
    await log.locator('details').first().waitFor();
    const reasons = await log
      .locator('details > p')
      .evaluateAll((ps) => ps.map((p) => p.textContent ?? ''));
    expect(reasons.length).toBeGreaterThan(0);

    const { text } = await printed(page);
    for (const reason of reasons) {
      expect(opening(reason).length).toBeGreaterThan(20);
      expect(text).toContain(opening(reason));
    }
    expect(text).not.toContain('▶');
    expect(errors).toEqual([]);
    await context.close();
  });
});
