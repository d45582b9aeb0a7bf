import { describe, expect, it } from 'vitest';
import { axeViolations, openApp, sharedBrowser } from './harness';

const browser = sharedBrowser();

describe('model editor in Chromium', () => {
  it('creates a model from a copy, adds it to my corpus and shows it on the state-role chart', async () => {
    const { page, context, errors } = await openApp(browser(), '?view=editor');
    await page.getByLabel('or a copy of').selectOption('japan');
    await page.getByRole('button', { name: 'Start from this copy' }).click();
    await page.getByLabel('Id', { exact: true }).fill('');
    await page.getByLabel('Id', { exact: true }).blur();
    // An empty id is a problem, shown beside the field once it is left, and the model cannot be
    // added yet.
    const idField = page.locator('.field', { has: page.getByLabel('Id', { exact: true }) });
    await expect
      .poll(() => idField.locator('.field-problems').textContent())
      .toContain('Fill this in.');
    expect(await page.getByRole('button', { name: 'Add to my corpus' }).isDisabled()).toBe(true);

    await page.getByLabel('Id', { exact: true }).fill('osaka-region');
    await page.getByLabel('Country or region').fill('Osaka region');
    await page
      .locator('fieldset', { hasText: 'State role' })
      .first()
      .getByLabel('Value')
      .selectOption('2');
    await expect
      .poll(() => page.locator('.editor-status [role="status"]').first().textContent())
      .toContain('This is a valid model.');
    await page.getByRole('button', { name: 'Add to my corpus' }).click();
    await page.locator('.editor-added').waitFor();
    expect(await page.locator('.corpus-banner').textContent()).toContain('6 models');

    await page.locator('.editor-added').getByRole('button', { name: 'State role' }).click();
    await page.locator('main h1', { hasText: 'State role' }).waitFor();
    const chart = (await page.locator('.chart svg').first().textContent()) ?? '';
    expect(chart).toContain('Osaka region');
    const mark = page.getByRole('button', { name: /^Osaka region: state role 2/ });
    expect(await mark.count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the draft across a reload, and shows a JSON fault with its line without losing the text', async () => {
    const { page, context } = await openApp(browser(), '?view=editor');
    await page.getByRole('button', { name: 'Start a new model' }).click();
    await page.getByLabel('Country or region').fill('Atlantis');
    const lessons = page.getByLabel('Lessons (JSON)');
    await lessons.fill('[\n  { "kind": "strength",\n');
    expect(await page.locator('.field', { has: lessons }).textContent()).toMatch(
      /Not valid JSON at line \d+, column \d+/,
    );
    expect(await lessons.inputValue()).toContain('"strength"');
    await page.reload();
    await page.locator('main h1').waitFor();
    expect(await page.getByLabel('Country or region').inputValue()).toBe('Atlantis');
    // A new model starts with problems to fix, each beside its field when asked for all of them.
    await page.getByRole('button', { name: 'Show every problem' }).click();
    const count = await page.locator('.field--invalid').count();
    expect(count).toBeGreaterThan(3);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
