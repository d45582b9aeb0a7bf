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

/** The accessible description Chromium gives a term: what a screen reader announces. */
async function descriptionOf(
  context: BrowserContext,
  page: Page,
  selector: string,
): Promise<string> {
  const cdp = await context.newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector,
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
  it('a state-role step reached by Tab is described by the definition printed under it', async () => {
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
    // On a wide screen the legend prints each definition under its step, where a popover would
    // only cover it: nothing is disclosed, so the term claims no expanded state, and it is
    // described by the definition under it.
    expect(await focused.getAttribute('aria-expanded')).toBeNull();
    expect(await focused.getAttribute('aria-controls')).toBeNull();
    expect(await page.locator('.term__popover:not([hidden])').count()).toBe(0);
    const shown = page
      .locator('.step-legend div', { has: page.locator('.term:focus') })
      .locator('dd');
    expect(await shown.isVisible()).toBe(true);
    expect(await shown.textContent()).toBe(step!.definition);
    expect(await descriptionOf(context, page, '.term:focus')).toBe(step!.definition);
    // Enter and Escape change nothing there, and the focus stays on the term.
    await page.keyboard.press('Enter');
    expect(await focused.getAttribute('aria-expanded')).toBeNull();
    expect(await page.locator('.term__popover:not([hidden])').count()).toBe(0);
    await page.keyboard.press('Escape');
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

  it('on a phone, a term in the table’s sticky first column opens its definition above the table', async () => {
    const context = await browser().newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}?view=state-role`);
    await page.locator('main h1').first().waitFor();
    await waitForSettled(page);
    // The first row's term, scrolled to the top: its popover opens below, over the rows under it,
    // whose sticky row headings come later in the page and once painted over it.
    const term = page.locator('.instrument-matrix th .term').first();
    await term.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -120));
    await term.tap();
    const popover = page.locator('.term__popover:not([hidden])');
    await popover.waitFor();
    const { term: t, popover: p } = await popoverBoxes(page);
    expect(p.y, 'opens below the term').toBeGreaterThanOrEqual(t.y + t.height);
    // What is drawn at points along the popover's first and last lines is the popover itself.
    const covered = await popover.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const points: [number, number][] = [];
      for (const y of [box.top + 12, box.bottom - 12])
        for (let x = box.left + 8; x < box.right - 8; x += 24) points.push([x, y]);
      return points.filter(([x, y]) => !el.contains(document.elementFromPoint(x, y))).length;
    });
    expect(covered, 'points of the popover painted over by something else').toBe(0);
    // It still describes the term, from outside the table.
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    expect(await descriptionOf(context, page, OPEN_TERM)).toBe(
      (await popover.locator('span').last().textContent()) ?? '',
    );
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

  for (const [width, height, columns] of [
    [1280, 800, 2],
    [1600, 900, 3],
    [390, 844, 1],
  ] as const) {
    it(`the glossary flows in ${columns} column(s) at ${width}×${height}, headings with their entries`, async () => {
      const { page, context, errors } = await openApp(browser(), '?view=concepts', {
        viewport: { width, height },
      });
      await page.locator('#glossary .glossary__entry').first().waitFor();
      await waitForSettled(page);
      const layout = await page.evaluate(() => {
        const left = (el: Element) => Math.round(el.getBoundingClientRect().left);
        const entries = [...document.querySelectorAll('.glossary__entry')];
        const groups = [...document.querySelectorAll('.glossary__group')].map((group) => {
          const heading = group.querySelector('h3')!.getBoundingClientRect();
          const first = group.querySelector('.glossary__entry')!.getBoundingClientRect();
          return {
            name: group.querySelector('h3')!.textContent,
            sameColumn: Math.round(heading.left) === Math.round(first.left),
            above: heading.bottom <= first.top + 1,
          };
        });
        // No entry is cut across two columns: each is one box.
        const split = entries.filter((e) => e.getClientRects().length > 1).map((e) => e.id);
        return { columns: new Set(entries.map(left)).size, groups, split };
      });
      expect(layout.columns).toBe(columns);
      for (const g of layout.groups)
        expect(g, `heading "${g.name}"`).toMatchObject({ sameColumn: true, above: true });
      expect(layout.split).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

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
          // A term that discloses a popover (the state-role steps print theirs on a wide screen).
          const term = page.locator('main .term[aria-expanded]').first();
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
