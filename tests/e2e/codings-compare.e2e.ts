/**
 * The compare matrix where coders disagree, in Chromium, on the bundled corpus: a disagreeing cell
 * (the US state role, which the first coding put a step lower than the reconciled coding) names
 * both codings; "Show only disagreements" leaves only the rows with such a cell; with that filter
 * on, axe and the layout checks find nothing at the three sizes we design for, light and dark.
 * Coder names and values are read from the corpus files, not restated here.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openApp, sharedBrowser } from './harness';
import { describeForeignWord, foreignWords } from '../support/language-checks';
import { ALLOWED_WORDS, ENGLISH_WORDS } from '../support/language-words';
import { checkScreen, describeFinding } from '../support/layout-checks';
import { repoRoot } from '../support/paths';
import { waitForSettled } from '../support/settled';

interface CoderFile {
  id: string;
  name: string;
}
interface StateRoleFile {
  value: number;
  codings?: { coder: string; value: number }[];
}
const read = <T>(path: string): T =>
  JSON.parse(readFileSync(`${repoRoot}/data/${path}`, 'utf8')) as T;
const coders = read<{ coders?: CoderFile[] }[]>('sources.json').flatMap((s) => s.coders ?? []);
const coderName = (id: string) => coders.find((c) => c.id === id)?.name ?? id;
const usStateRole = read<{ codes: { stateRole: StateRoleFile } }>('models/united-states.json').codes
  .stateRole;
const firstCoding = usStateRole.codings?.find((c) => c.coder === 'first-coding');

const browser = sharedBrowser();
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];
const THEMES = ['light', 'dark'] as const;
const DISAGREE = /coders disagree/;
const switchName = (lang: 'en' | 'ru' | 'uz') =>
  read<{ codingsCompare: { onlyDisagreements: string } }>(`../src/i18n/locales/${lang}.json`)
    .codingsCompare.onlyDisagreements;

/** Turns "Show only disagreements" on and waits for the matrix to redraw without agreeing rows. */
async function onlyDisagreements(page: Page, lang: 'en' | 'ru' | 'uz' = 'en'): Promise<void> {
  const rows = page.locator('.compare-table tbody tr');
  const all = await rows.count();
  await page.getByRole('switch', { name: switchName(lang) }).check();
  await expect.poll(() => rows.count()).toBeLessThan(all);
  await waitForSettled(page);
}

describe('compare: where the coders disagree', () => {
  it('the corpus gives the US state role two codings (the data this spec reads)', () => {
    expect(firstCoding, 'united-states.json lists a first coding of its state role').toBeDefined();
    expect(firstCoding?.value).not.toBe(usStateRole.value);
  });

  it('a disagreeing cell names both codings, and opens its evidence', async () => {
    const { page, context, errors } = await openApp(browser(), '?view=compare');
    const cell = page.getByRole('button', { name: /^United States, State role/ });
    await cell.waitFor();
    const name = (await cell.getAttribute('aria-label')) ?? '';
    expect(name).toMatch(DISAGREE);
    expect(name).toContain(`${coderName('first-coding')}: ${firstCoding?.value}`);
    expect(name).toContain(`${coderName('reconciled')}: ${usStateRole.value}`);
    expect(await cell.getAttribute('title')).toMatch(DISAGREE);
    // The split glyph: a band lettered for the first coding apart from the reconciled one's.
    expect(await cell.locator('.split-glyph__coders').count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.locator('.codings-legend').count()).toBe(1);
    await cell.click();
    const dialog = page.getByRole('dialog', { name: 'United States: State role' });
    await dialog.waitFor();
    expect(new URL(page.url()).searchParams.get('evidence')).toBe('united-states.stateRole');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('"Show only disagreements" leaves only the rows where some model’s coders disagree', async () => {
    const { page, context, errors } = await openApp(browser(), '?view=compare');
    await page.getByRole('button', { name: /^United States, State role/ }).waitFor();
    const rowsWithDisagreement = async () => {
      const rows = page.locator('.compare-table tbody tr');
      const names: string[] = [];
      for (let i = 0; i < (await rows.count()); i++) {
        const labels = await rows
          .nth(i)
          .locator('.compare-cell__button')
          .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
        if (labels.some((l) => DISAGREE.test(l)))
          names.push((await rows.nth(i).locator('th').textContent()) ?? '');
      }
      return { names, total: await rows.count() };
    };
    const before = await rowsWithDisagreement();
    expect(before.names).toContain('State role');
    await onlyDisagreements(page);
    const after = await rowsWithDisagreement();
    expect(after.names).toEqual(before.names);
    expect(after.total).toBe(before.names.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const size of SIZES) {
    for (const theme of THEMES) {
      const where = `${size.width}×${size.height}, ${theme}`;
      it(`with only disagreements shown: axe and the layout checks find nothing at ${where}`, async () => {
        const { page, context, errors } = await openApp(browser(), '?view=compare', {
          viewport: size,
          colorScheme: theme,
        });
        await page.getByRole('button', { name: /^United States, State role/ }).waitFor();
        await onlyDisagreements(page);
        expect((await checkScreen(page)).map(describeFinding)).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }

  for (const lang of ['ru', 'uz'] as const) {
    it(`in ${lang} at 390×844: the split cells and the filter read in the page's language`, async () => {
      const { page, context, errors } = await openApp(browser(), `?view=compare&lang=${lang}`, {
        viewport: { width: 390, height: 844 },
      });
      await page.locator('.split-glyph').first().waitFor();
      await onlyDisagreements(page, lang);
      await page.locator('.codings-legend').waitFor();
      expect((await checkScreen(page)).map(describeFinding)).toEqual([]);
      const wrong = await foreignWords(page, {
        pageLang: lang,
        englishWords: ENGLISH_WORDS,
        allowed: ALLOWED_WORDS,
      });
      expect(wrong.map(describeForeignWord)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
