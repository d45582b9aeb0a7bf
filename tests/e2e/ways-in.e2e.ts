/**
 * The student's way in (issue 16): from the overview, Japan's state-role quote read in its
 * paragraph in three activations — the card's title (the model page), the state role's evidence
 * (the panel), "Read in context" on a quote (the article, at that paragraph, the quote marked).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, sharedBrowser, type AppPage } from './harness';

const browser = sharedBrowser();

describe('ways in', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(browser(), '');
  });
  afterAll(async () => {
    expect(app.errors, 'console errors').toEqual([]);
    await app.context.close();
  });

  it("a student reaches Japan's state-role quote in context in three activations", async () => {
    const { page } = app;
    let activations = 0;
    const activate = async (what: ReturnType<typeof page.getByRole>) => {
      await what.click();
      activations += 1;
    };
    // 1. The Japan card's title opens Japan's page.
    await activate(page.locator('.card-grid').getByRole('link', { name: 'Japan', exact: true }));
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Japan');
    expect(page.url()).toMatch(/view=model&model=japan/);
    // 2. The state role's evidence button on that page opens the panel.
    await activate(page.getByRole('button', { name: 'Japan: State role — open the evidence' }));
    const panel = page.getByRole('dialog');
    await panel
      .getByText('The state played an exceptionally active role', { exact: false })
      .waitFor();
    // 3. "Read in context" on that quote opens the article at its paragraph, the quote marked.
    const quote = panel.locator('figure', {
      hasText: 'The state played an exceptionally active role',
    });
    await activate(quote.getByRole('link', { name: /Read in context/ }));
    const paragraph = page.locator('#article-p31');
    await paragraph.waitFor();
    expect(page.url()).toMatch(/view=article&p=31/);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id ?? ''))
      .toBe('article-p31');
    expect(
      await paragraph
        .locator('mark', { hasText: 'The state played an exceptionally active role' })
        .count(),
    ).toBeGreaterThan(0);
    expect(await paragraph.isVisible()).toBe(true);
    expect(activations).toBe(3);
  });
});
