/**
 * The layout checks can fail, and do not cry wolf: each runs on a tiny page made to break it once,
 * and on a clean page holding the app's usual hidden things (a skip link parked off screen, a
 * visually-hidden caption, a hidden tooltip, a transparent overlay, a sideways-scrolling strip of
 * links whose hidden part lies under the button beside it) that must give no finding.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedBrowser } from './harness';
import { checkPrint, checkScreen, describeFinding, type Finding } from '../support/layout-checks';

const browser = sharedBrowser();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  context = await browser().newContext({ viewport: { width: 800, height: 600 } });
  page = await context.newPage();
});
afterAll(async () => {
  await context.close();
});

const STYLE = `<style>
  body { margin: 0; font: 16px/1.4 sans-serif; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; border: 0; padding: 0; }
  .skip-link { position: absolute; left: 8px; top: -3rem; padding: 8px 16px; }
  button { min-width: 44px; min-height: 44px; font-size: 16px; }
</style>`;

async function screenFindings(body: string): Promise<Finding[]> {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.emulateMedia({ media: 'screen' });
  await page.setContent(
    `<!doctype html><html lang="en"><head>${STYLE}</head><body>${body}</body></html>`,
  );
  return checkScreen(page);
}

const checksOf = (findings: Finding[]) => findings.map((f) => f.check);

const CLEAN = `
  <a class="skip-link" href="#main">Skip to the content</a>
  <main id="main">
    <h1>Regional clusters compared</h1>
    <p>A paragraph with an <a href="#x">inline link</a> inside a sentence, which is fine at any size.</p>
    <table><caption class="visually-hidden">Shares per model</caption>
      <tr><th>Model</th><td>Italy</td></tr></table>
    <div role="tooltip" style="display:none">Hidden tooltip</div>
    <div style="opacity:0; position:absolute; top:60px; left:0">Faded overlay words</div>
    <p aria-hidden="true" style="visibility:hidden; position:absolute; top:60px">Decoration</p>
    <button>Show as table</button>
    <nav style="display:flex; width:300px">
      <ul style="display:flex; overflow-x:auto; min-width:0; margin:0; padding:0; list-style:none">
        <li><a href="#o" style="display:block; padding:8px">Overview</a></li>
        <li><a href="#g" style="display:block; padding:8px">Governance</a></li>
        <li><a href="#h" style="display:block; padding:8px">Hierarchy</a></li>
      </ul>
      <button style="flex:none">More</button>
    </nav>
    <svg width="300" height="60" viewBox="0 0 300 60"><text x="10" y="30" font-size="14">Japan</text></svg>
  </main>`;

describe('layout checks on crafted pages', () => {
  it('a clean page with hidden helpers gives no finding', async () => {
    const findings = await screenFindings(CLEAN);
    expect(findings.map(describeFinding)).toEqual([]);
    // The strip's hidden part does lie under the More button: the check saw it and let it be.
    const hiddenUnderMore = await page.evaluate(() => {
      const link = document.querySelector('a[href="#h"]')!.getBoundingClientRect();
      const more = Array.from(document.querySelectorAll('button'))
        .find((b) => b.textContent === 'More')!
        .getBoundingClientRect();
      return link.left < more.left + 10 && link.right > more.left + 10;
    });
    expect(hiddenUnderMore).toBe(true);
  });

  it('finds words of two runs drawn over each other', async () => {
    const findings = await screenFindings(`
      <div style="position:relative; height:40px">
        <span style="position:absolute; left:10px; top:0">Overlapping</span>
        <span style="position:absolute; left:14px; top:2px">Collision</span>
      </div>`);
    expect(checksOf(findings)).toEqual(['overlap']);
    expect(findings[0]!.words).toContain('Overlapping');
    expect(findings[0]!.words).toContain('Collision');
  });

  it('finds a short word split across two lines', async () => {
    const findings = await screenFindings(
      `<p style="width:40px; overflow-wrap:anywhere">Governance</p>`,
    );
    expect(checksOf(findings)).toContain('broken-word');
    expect(findings.find((f) => f.check === 'broken-word')!.words).toBe('"Governance"');
  });

  it('does not count a hyphenated compound broken at its hyphen', async () => {
    const findings = await screenFindings(`<p style="width:60px">state-role sector-focus</p>`);
    expect(findings.map(describeFinding)).toEqual([]);
  });

  it('finds SVG text reaching past its svg', async () => {
    const findings = await screenFindings(
      `<svg width="100" height="40" style="overflow:visible"><text x="60" y="20" font-size="14">Outside label</text></svg>`,
    );
    expect(checksOf(findings)).toEqual(['svg-text-outside']);
  });

  it('finds a page wider than the window', async () => {
    const findings = await screenFindings(`<div style="width:1200px; height:10px"></div>`);
    expect(checksOf(findings)).toEqual(['horizontal-scroll']);
  });

  it('finds 10 px text, in HTML and in a scaled-down chart', async () => {
    const findings = await screenFindings(`
      <p style="font-size:10px">Tiny footnote</p>
      <svg width="100" height="50" viewBox="0 0 400 200"><text x="10" y="100" font-size="30">Shrunk</text></svg>`);
    expect(checksOf(findings)).toEqual(['small-type', 'small-type']);
    expect(findings.map((f) => f.words)).toEqual(['"Tiny footnote"', '"Shrunk"']);
  });

  it('finds a 16×16 button crowded by another, and spares one with room around it', async () => {
    const crowded = await screenFindings(`
      <div style="display:flex; gap:2px">
        <button style="min-width:0; min-height:0; width:16px; height:16px; padding:0" aria-label="Zoom in"></button>
        <button style="min-width:0; min-height:0; width:16px; height:16px; padding:0" aria-label="Zoom out"></button>
      </div>`);
    expect(checksOf(crowded)).toEqual(['small-target', 'small-target']);
    expect(crowded[0]!.words).toContain('Zoom in');
    const alone = await screenFindings(
      `<button style="min-width:0; min-height:0; width:16px; height:16px; padding:0; margin:40px" aria-label="Close"></button>`,
    );
    expect(alone.map(describeFinding)).toEqual([]);
  });

  it('in print, finds an element past the paper, a page that holds only a heading, and a heading stranded from its text', async () => {
    await page.setContent(`<!doctype html><html lang="en"><head><style>
        @media print { @page { size: A4 portrait; margin: 12mm; } }
        body { margin: 0; font: 16px/1.4 sans-serif; }
        .wide { width: 900px; height: 20px; background: #ccc; }
        .alone { break-before: page; break-after: page; }
        .stranded { break-after: page; }
      </style></head><body>
        <h1>Handout</h1><div class="wide">wide strip</div>
        <div style="overflow:auto; width:300px"><table class="cut" style="width:500px"><tr><td>Cut off</td></tr></table></div>
        <p>Text of the first page.</p>
        <h2 class="alone">Alone on its page</h2>
        <p>Text after the lone heading.</p>
        <h2 class="stranded">Stranded heading</h2>
        <p>Text that the break rule pushes to the next page.</p>
      </body></html>`);
    const findings = await checkPrint(page);
    expect(checksOf(findings).sort()).toEqual([
      'print-lone-heading',
      'print-lone-heading',
      'print-overflow',
      'print-overflow',
    ]);
    const lone = findings.filter((f) => f.check === 'print-lone-heading');
    expect(lone.map((f) => f.words)).toEqual(['"Alone on its page"', '"Stranded heading"']);
    const past = findings.filter((f) => f.check === 'print-overflow').map((f) => f.words);
    expect(past).toEqual([
      expect.stringContaining('div.wide'),
      expect.stringContaining('table.cut'),
    ]);
  });

  it('in print, a page that fits (a chart clipping its own strokes included) gives no finding', async () => {
    await page.setContent(`<!doctype html><html lang="en"><head><style>
        @media print { @page { size: A4 portrait; margin: 12mm; } }
        body { margin: 0; font: 16px/1.4 sans-serif; }
      </style></head><body><h1>Handout</h1><p>One page of text that fits the paper.</p>
        <svg width="200" height="100"><path d="M -5 50 H 210" stroke="black" stroke-width="4" /></svg>
      </body></html>`);
    expect((await checkPrint(page)).map(describeFinding)).toEqual([]);
  });
});
