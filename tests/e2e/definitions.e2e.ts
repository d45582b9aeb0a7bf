/**
 * Definitions where terms appear, in Chromium on the bundled corpus: a state-role step reached
 * by Tab is described by its definition, which the legend shows under it on a wide screen; a tap on a phone opens it inside the
 * viewport without covering the term; the concepts page's glossary lists every codebook term; and
 * the views with terms pass axe and the layout checks, light and dark, at 1280×800 and 390×844.
 * The terms and definitions are read from data/codebook.json, not restated here.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, openApp, sharedBrowser } from './harness';
import { checkScreen, describeFinding } from '../support/layout-checks';
import { repoRoot } from '../support/paths';
import { waitForSettled } from '../support/settled';

interface Entry {
  id: string;
  label: string;
  definition: string;
}
interface CodebookFile {
  dimensions: {
    id: string;
    steps?: (Omit<Entry, 'id'> & { value: number })[];
    categories?: Entry[];
  }[];
  actorTypes: Entry[];
  instrumentTypes: Entry[];
  linkKinds: Entry[];
  confidence: Entry[];
}
const codebook = JSON.parse(readFileSync(`${repoRoot}/data/codebook.json`, 'utf8')) as CodebookFile;
const dimension = (id: string) => codebook.dimensions.find((d) => d.id === id)!;
const steps = (id: string) => dimension(id).steps!.map((s) => ({ ...s, id: String(s.value) }));
/** Every glossary id the page must carry, from the codebook file. */
const GLOSSARY_IDS = [
  ...steps('stateRole').map((s) => `state-role-step-${s.id}`),
  ...dimension('governanceLevel').categories!.map((c) => `level-${c.id}`),
  ...dimension('sectorFocus').categories!.map((c) => `sector-family-${c.id}`),
  ...steps('firmHierarchy').map((s) => `hierarchy-step-${s.id}`),
  ...steps('universityIndustry').map((s) => `university-step-${s.id}`),
  ...codebook.actorTypes.map((c) => `actor-type-${c.id}`),
  ...codebook.instrumentTypes.map((c) => `instrument-type-${c.id}`),
  ...codebook.linkKinds.map((c) => `link-kind-${c.id}`),
  ...codebook.confidence.map((c) => `confidence-${c.id}`),
].map((id) => `glossary-${id}`);
const stateRoleSteps = steps('stateRole');

const browser = sharedBrowser();
const PHONE = { width: 390, height: 844 };
const OPEN_TERM = '.term[aria-expanded="true"]';

/** The accessible description Chromium gives the open term: what a screen reader announces. */
async function openTermDescription(context: BrowserContext, page: Page): Promise<string> {
  const cdp = await context.newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: OPEN_TERM,
  });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
    nodeId,
    fetchRelatives: false,
  });
  return String(nodes[0]?.description?.value ?? '');
}

/** The open popover's box beside its term's, to check it stays on screen and off the term. */
async function popoverBoxes(page: Page) {
  const term = await page.locator(OPEN_TERM).boundingBox();
  const popover = await page.locator('.term__popover:not([hidden])').boundingBox();
  if (!term || !popover) throw new Error('no open term');
  return { term, popover };
}

describe('definitions where terms appear', () => {
  it('a state-role step reached by Tab shows its definition and is described by it', async () => {
    const { page, context, errors } = await openApp(browser(), '?view=state-role');
    await page.locator('.step-legend .term').first().waitFor();
    await waitForSettled(page);
    const inStepLegend = () =>
      page.evaluate(() => Boolean(document.activeElement?.closest('.step-legend .term')));
    for (let i = 0; i < 120 && !(await inStepLegend()); i++) await page.keyboard.press('Tab');
    expect(await inStepLegend()).toBe(true);
    const focused = page.locator('.step-legend .term:focus');
    const name = (await focused.textContent()) ?? '';
    const step = stateRoleSteps.find((s) => s.label === name);
    expect(step, `a step named "${name}"`).toBeDefined();
    expect(await focused.getAttribute('aria-expanded')).toBe('true');
    // On a wide screen the legend prints each definition under its step, where the popover
    // would only cover it: the one under the focused term is the one it is described by.
    const shown = page
      .locator('.step-legend div', { has: page.locator('.term:focus') })
      .locator('dd');
    expect(await shown.isVisible()).toBe(true);
    expect(await shown.textContent()).toBe(step!.definition);
    expect(await openTermDescription(context, page)).toBe(step!.definition);
    // Escape closes it and leaves the focus on the term.
    await page.keyboard.press('Escape');
    expect(await focused.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.step-legend .term:focus').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an instrument type focused on a wide screen shows its definition beside it', async () => {
    const { page, context, errors } = await openApp(browser(), '?view=state-role');
    const term = page.locator('.instrument-matrix th .term').first();
    await term.waitFor();
    await term.focus();
    await page.locator(OPEN_TERM).waitFor();
    const label = await term.textContent();
    const type = codebook.instrumentTypes.find((c) => c.label === label);
    const popover = page.locator('.term__popover:not([hidden])');
    expect(await popover.isVisible()).toBe(true);
    expect(await popover.textContent()).toContain(type!.definition);
    const { term: t, popover: p } = await popoverBoxes(page);
    expect(p.y).toBeGreaterThanOrEqual(t.y + t.height);
    expect(p.x + p.width).toBeLessThanOrEqual(1280);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a tap on a phone opens the definition inside the viewport, off the term', async () => {
    const context = await browser().newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}?view=state-role`);
    await page.locator('main h1').first().waitFor();
    await waitForSettled(page);
    for (const selector of ['.step-legend .term', '.instrument-matrix th .term']) {
      // On a phone the step legend keeps the terms alone: the popover carries the definition.
      const term = page.locator(selector).last();
      await term.scrollIntoViewIfNeeded();
      await term.tap();
      expect(await term.getAttribute('aria-expanded')).toBe('true');
      const { term: t, popover: p } = await popoverBoxes(page);
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x + p.width).toBeLessThanOrEqual(PHONE.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y + p.height).toBeLessThanOrEqual(PHONE.height);
      const overlaps = p.y < t.y + t.height && t.y < p.y + p.height;
      expect(overlaps, 'the popover covers its term').toBe(false);
      // A second tap closes it.
      await term.tap();
      expect(await term.getAttribute('aria-expanded')).toBe('false');
    }
    const height = await page.locator('.step-legend .term').first().boundingBox();
    expect(height!.height).toBeGreaterThanOrEqual(24);
    await context.close();
  });

  it('the concepts page lists every codebook term in its glossary', async () => {
    const { page, context, errors } = await openApp(browser(), '?view=concepts');
    await page.locator('#glossary').waitFor();
    const ids = await page.locator('.glossary__entry').evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual(GLOSSARY_IDS);
    for (const c of codebook.linkKinds)
      expect(await page.locator(`#glossary-link-kind-${c.id} dd`).textContent()).toBe(c.definition);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const view of ['state-role', 'compare', 'concepts']) {
    for (const size of [{ width: 1280, height: 800 }, PHONE]) {
      for (const theme of ['light', 'dark'] as const) {
        const where = `${view} at ${size.width}×${size.height}, ${theme}`;
        it(`axe and the layout checks find nothing on ${where}, with a definition open`, async () => {
          const { page, context, errors } = await openApp(browser(), `?view=${view}`, {
            viewport: size,
            colorScheme: theme,
          });
          await waitForSettled(page);
          expect((await checkScreen(page)).map(describeFinding)).toEqual([]);
          expect(await axeViolations(page)).toEqual([]);
          const term = page.locator('main .term').first();
          if ((await term.count()) > 0) {
            await term.focus();
            await page.locator(OPEN_TERM).waitFor();
            expect(await axeViolations(page)).toEqual([]);
          }
          expect(errors).toEqual([]);
          await context.close();
        });
      }
    }
  }
});
