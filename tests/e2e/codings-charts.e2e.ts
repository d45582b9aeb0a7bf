/**
 * Every chart under any coder, and all coders at once, in Chromium: `coding=` redraws the
 * state-role chart as that coder coded it (the corpus: the first coding put the United States at
 * step 3, the reconciled coding at 4), the chart tools' control writes `coding=`, and "All coders"
 * draws a mark per coder, clean under axe and the layout checks at the three sizes we design for.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, openApp, sharedBrowser } from './harness';
import { checkScreen, describeFinding } from '../support/layout-checks';
import { waitForSettled } from '../support/settled';

const browser = sharedBrowser();
const US_FIRST = 'United States: state role 3 — partner';
const US_RECONCILED = 'United States: state role 4 — coordinator';

/** The letters of the coder marks drawn in one model's row of the chart. */
const coderLetters = (page: Page, model: string) =>
  page.locator(`svg[role="img"] g.row[data-model="${model}"] g.coder-mark`).allTextContents();

describe('charts under any coder', () => {
  it('coding=first-coding draws the United States at step 3; the default at step 4', async () => {
    const first = await openApp(browser(), '?view=state-role&coding=first-coding');
    await first.page.getByRole('button', { name: US_FIRST }).waitFor();
    expect(await first.page.getByRole('button', { name: US_RECONCILED }).count()).toBe(0);
    expect(await first.page.locator('.chart-frame__coding').first().textContent()).toContain(
      'First coding',
    );
    expect(first.errors).toEqual([]);
    await first.context.close();

    const plain = await openApp(browser(), '?view=state-role');
    await plain.page.getByRole('button', { name: US_RECONCILED }).waitFor();
    expect(await plain.page.getByRole('button', { name: US_FIRST }).count()).toBe(0);
    expect(await plain.page.locator('.chart-frame__coding').count()).toBe(0);
    expect(plain.errors).toEqual([]);
    await plain.context.close();
  });

  it('choosing a coder in the chart tools changes the URL and the chart, and back', async () => {
    const { page, context, errors } = await openApp(browser(), '?view=state-role');
    const control = page.getByRole('combobox', { name: 'Coding' });
    await page.getByRole('button', { name: US_RECONCILED }).waitFor();
    await control.selectOption({ label: 'First coding' });
    await page.getByRole('button', { name: US_FIRST }).waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('coding')).toBe('first-coding');
    await control.selectOption({ label: 'Reconciled after review 1' });
    await page.getByRole('button', { name: US_RECONCILED }).waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.has('coding')).toBe(false);
    // The other chart views have the control too, and say whose coding they draw.
    for (const view of ['governance', 'sectors', 'hierarchy']) {
      await page.goto(`${inject('baseUrl')}?view=${view}&coding=first-coding`);
      const control = page.getByRole('combobox', { name: 'Coding' });
      await control.waitFor();
      expect(await control.inputValue(), view).toBe('first-coding');
      expect(await page.locator('.chart-frame__coding').first().textContent(), view).toContain(
        'First coding',
      );
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('"All coders" draws a mark per coder for the United States, linked', async () => {
    const { page, context, errors } = await openApp(browser(), '?view=state-role');
    await page.getByRole('button', { name: 'All coders' }).click();
    const first = page.getByRole('button', { name: /^United States: First coding — 3/ });
    await first.waitFor();
    await page
      .getByRole('button', {
        name: /^United States: External review 1 and Reconciled after review 1 — 4/,
      })
      .waitFor();
    // Every coder is drawn for the US: the first coding apart, the other two together.
    expect(await coderLetters(page, 'united-states')).toEqual(['F', 'E A']);
    // Where every coder agrees, one ring says so.
    expect(await coderLetters(page, 'japan')).toEqual(['=']);
    await first.hover();
    await expect
      .poll(() =>
        page
          .locator('svg[role="img"] g.row[data-model="united-states"] g.coder-mark.is-faded')
          .allTextContents(),
      )
      .toEqual(['E A']);
    expect(errors).toEqual([]);
    await context.close();
  });
});

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

describe('all coders at once: axe and the layout checks', () => {
  for (const size of SIZES) {
    for (const query of [
      '?view=state-role',
      '?view=governance&coding=first-coding',
      ...(size.width < 500 ? ['?view=state-role&lang=ru', '?view=governance&lang=uz'] : []),
    ]) {
      it(`${query} at ${size.width}×${size.height} with "All coders" on`, async () => {
        const { page, context, errors } = await openApp(browser(), query, { viewport: size });
        // By its class: the button's name is in the page's language.
        await page.locator('.chart-frame__toggle--coders').click();
        await page.locator('svg[role="img"] g.coder-mark').first().waitFor();
        // Away from the marks, so no tooltip stands over the chart while it is measured.
        await page.mouse.move(0, 0);
        await waitForSettled(page);
        expect(await axeViolations(page)).toEqual([]);
        expect((await checkScreen(page)).map(describeFinding)).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
});
