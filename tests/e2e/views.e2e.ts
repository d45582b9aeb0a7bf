import { describe, expect, it } from 'vitest';
import { axeViolations, openApp, sharedBrowser } from './harness';
import { waitForSettled } from '../support/settled';

const browser = sharedBrowser();
const CHART_VIEWS = ['compare', 'state-role', 'governance', 'sectors', 'hierarchy'];
/** What a screen reader would announce for the focused element, near enough for these specs. */
const focusedName = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el) return '';
    const label = el.labels?.[0]?.textContent;
    return (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').trim();
  });

describe('comparison views in Chromium', () => {
  for (const view of CHART_VIEWS) {
    it(`${view}: loads from its URL with no console errors and no horizontal scroll at 390 px`, async () => {
      const wide = await openApp(browser(), `?view=${view}`);
      expect(await wide.page.locator('.main-nav a[aria-current="page"]').count()).toBe(1);
      expect(wide.errors).toEqual([]);
      await wide.context.close();
      const phone = await openApp(browser(), `?view=${view}`, {
        viewport: { width: 390, height: 844 },
      });
      await waitForSettled(phone.page);
      expect(
        await phone.page.evaluate(() => document.documentElement.scrollWidth),
      ).toBeLessThanOrEqual(390);
      expect(phone.errors).toEqual([]);
      await phone.context.close();
    });
  }

  it('shows a chart as a table and back', async () => {
    const { page, context } = await openApp(browser(), '?view=governance');
    await page.getByRole('button', { name: 'Show as table' }).click();
    const table = page.getByRole('table', {
      name: 'National, regional and local shares per model',
    });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(6);
    expect(await table.getByRole('row', { name: /Japan/ }).textContent()).toContain('50%');
    await page.getByRole('button', { name: 'Show as table' }).click();
    await page.locator('svg[role="img"]').first().waitFor();
    await context.close();
  });

  it('opens the evidence panel from a click and from the URL, and Esc returns focus', async () => {
    const { page, context, errors } = await openApp(browser(), '?view=state-role');
    const mark = page.getByRole('button', { name: 'Japan: state role 5 — director' });
    await mark.click();
    const dialog = page.getByRole('dialog', { name: 'Japan: State role' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('[p31]');
    expect(new URL(page.url()).searchParams.get('evidence')).toBe('japan.stateRole');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focusedName(page)).toBe('Japan: state role 5 — director');
    await context.close();

    const linked = await openApp(browser(), '?view=hierarchy&evidence=italy.firmHierarchy');
    const fromUrl = linked.page.getByRole('dialog', { name: 'Italy: Firm hierarchy' });
    await fromUrl.waitFor();
    expect(await fromUrl.textContent()).toContain('1 of 5 — flat network of small firms');
    expect(errors).toEqual([]);
    expect(linked.errors).toEqual([]);
    await linked.context.close();
  });

  it('keyboard only: choose models, open a mark’s evidence, close it', async () => {
    const { page, context, errors } = await openApp(browser(), '?view=state-role');
    const press = async (key: string, times = 1) => {
      for (let i = 0; i < times; i++) await page.keyboard.press(key);
    };
    // Tab to the picker's "Models" button, open it, and leave only Italy and Japan: uncheck France,
    // the UK and the US (each checkbox is followed by its model's "only" button).
    await page.locator('a.brand').focus();
    for (let i = 0; i < 40 && !(await focusedName(page)).startsWith('Models'); i++)
      await press('Tab');
    await press('Enter');
    // The panel's content loads on demand (normally preloaded by then): wait for it before tabbing on.
    await page.getByRole('group', { name: 'Models shown' }).waitFor();
    for (let i = 0; i < 40 && !(await focusedName(page)).startsWith('France'); i++)
      await press('Tab');
    expect(await focusedName(page)).toMatch(/^France/);
    await press('Space');
    // Each row: its checkbox, "only", "compare with…".
    await press('Tab', 3);
    await press('Space');
    await press('Tab', 3);
    await press('Space');
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('models') === 'italy,japan',
    );
    // On to the chart: Tab until the Japan mark, open it with Enter, close with Escape.
    for (let i = 0; i < 40 && (await focusedName(page)) !== 'Japan: state role 5 — director'; i++)
      await press('Tab');
    expect(await focusedName(page)).toBe('Japan: state role 5 — director');
    await press('Enter');
    await page.getByRole('dialog', { name: 'Japan: State role' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('evidence-title');
    await press('Tab');
    expect(await focusedName(page)).toBe('Close the evidence');
    await press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await focusedName(page)).toBe('Japan: state role 5 — director');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('round-trips the URL and moves Back and Forward between states', async () => {
    const query = '?view=compare&models=japan,italy&focus=italy';
    const { page, context } = await openApp(browser(), query);
    expect(new URL(page.url()).search).toBe(query);
    const heads = await page.locator('.compare-head__name').allTextContents();
    expect(heads).toEqual(['Japan', 'Italy']);
    expect(await page.locator('td.compare-cell.is-focused').count()).toBeGreaterThan(0);
    await page.locator('.main-nav').getByRole('link', { name: 'Sectors' }).click();
    await page.getByRole('heading', { level: 1, name: /Sector focus/ }).waitFor();
    await page.getByRole('button', { name: /high-tech — sort/ }).waitFor();
    await page.locator('.main-nav').getByRole('link', { name: 'Firm hierarchy' }).click();
    await page.getByRole('heading', { level: 1, name: /Firm hierarchy/ }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /Sector focus/ }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /Compare the models/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('models')).toBe('japan,italy');
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: /Sector focus/ }).waitFor();
    await context.close();
  });

  it('falls back with a notice for an invalid evidence parameter', async () => {
    const { page, context } = await openApp(browser(), '?view=governance&evidence=japan.colour');
    expect(await page.locator('.notice').textContent()).toContain('“japan.colour”');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await context.close();
  });
});
