/**
 * Every view looked at the way a reader sees it: at the three sizes we design for, light and dark,
 * and printed on A4, with the layout checks of tests/support/layout-checks.ts (words over words,
 * words broken across lines, chart labels outside their chart, sideways scroll, type under 12 px,
 * tap targets under 24×24, print past the paper or a heading alone on its page).
 *
 * One test per view × size × theme (and per view in print), so a failure names all three and the
 * words. One browser context per size, reused across views and themes: the suite runs in minutes.
 *
 * By default every test asserts no finding. `LAYOUT_REPORT_ONLY=1` records the findings instead
 * (to LAYOUT_REPORT_FILE, default tests/.artifacts/layout-findings.json, with a summary beside
 * it), for measuring a tree that is not there yet.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, sharedBrowser, type AppPage } from './harness';
import {
  CHECK_NAMES,
  checkPrint,
  checkScreen,
  describeFinding,
  type Finding,
} from '../support/layout-checks';
import { VIEW_IDS } from '../../src/corpus/vocabulary';
import { repoRoot } from '../support/paths';
import { waitForSettled } from '../support/settled';

/** Every view the app has, from the one list the URL and tours use too. */
const VIEWS = VIEW_IDS;
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];
const THEMES = ['light', 'dark'] as const;

const reportOnly = process.env.LAYOUT_REPORT_ONLY === '1';
const reportFile =
  process.env.LAYOUT_REPORT_FILE ?? `${repoRoot}/tests/.artifacts/layout-findings.json`;
const recorded: { view: string; size: string; mode: string; findings: Finding[] }[] = [];

const browser = sharedBrowser();

async function show(page: Page, view: string): Promise<void> {
  await page.goto(`${inject('baseUrl')}?view=${view}`);
  await page.locator('main h1').first().waitFor();
  await waitForSettled(page);
}

function verdict(view: string, size: string, mode: string, findings: Finding[]): void {
  if (reportOnly) recorded.push({ view, size, mode, findings });
  else expect(findings.map(describeFinding), `${view} at ${size}, ${mode}`).toEqual([]);
}

for (const size of SIZES) {
  const sizeName = `${size.width}×${size.height}`;
  describe(`layout at ${sizeName}`, () => {
    let app: AppPage;
    beforeAll(async () => {
      app = await openApp(browser(), '', { viewport: size });
    });
    afterAll(async () => {
      expect(app.errors, 'console errors').toEqual([]);
      await app.context.close();
    });
    for (const theme of THEMES) {
      for (const view of VIEWS) {
        it(`${view} at ${sizeName}, ${theme}`, async () => {
          await app.page.emulateMedia({ media: 'screen', colorScheme: theme });
          await show(app.page, view);
          // The app follows the system's scheme: make sure this run really is in the one named.
          const dark = await app.page.evaluate(
            () => matchMedia('(prefers-color-scheme: dark)').matches,
          );
          expect(dark ? 'dark' : 'light').toBe(theme);
          verdict(view, sizeName, theme, await checkScreen(app.page));
        });
      }
    }
  });
}

describe('layout in print (A4 portrait)', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(browser());
  });
  afterAll(async () => {
    expect(app.errors, 'console errors').toEqual([]);
    await app.context.close();
  });
  for (const view of VIEWS) {
    it(`${view} in print`, async () => {
      await app.page.emulateMedia({ media: 'screen', colorScheme: 'light' });
      await app.page.setViewportSize({ width: 1280, height: 800 });
      await show(app.page, view);
      verdict(view, 'A4', 'print', await checkPrint(app.page));
    });
  }
});

afterAll(() => {
  if (!reportOnly) return;
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, JSON.stringify(recorded, null, 2));
  writeFileSync(reportFile.replace(/\.json$/, '') + '.txt', summarise(recorded));
});

/** Counts per check, per view and per size/mode, then every finding on one line. */
function summarise(runs: typeof recorded): string {
  const count = (
    key: (r: (typeof runs)[number], f: Finding) => string,
    all: readonly string[] = [],
  ) => {
    // Every check is listed, found or not, so a zero reads as measured rather than forgotten.
    const counts = new Map<string, number>(all.map((k) => [k, 0]));
    for (const r of runs)
      for (const f of r.findings) counts.set(key(r, f), (counts.get(key(r, f)) ?? 0) + 1);
    return [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, n]) => `  ${String(n).padStart(5)}  ${k}`);
  };
  const total = runs.reduce((n, r) => n + r.findings.length, 0);
  return [
    `Layout findings: ${total} over ${runs.length} view × size × mode runs`,
    '',
    'Per check:',
    ...count((_, f) => f.check, CHECK_NAMES),
    '',
    'Per view:',
    ...count((r) => r.view),
    '',
    'Per size and mode:',
    ...count((r) => `${r.size} ${r.mode}`),
    '',
    'Per view and check:',
    ...count((r, f) => `${r.view} ${f.check}`),
    '',
    'Every finding:',
    ...runs.flatMap((r) =>
      r.findings.map((f) => `${r.view} | ${r.size} | ${r.mode} | ${describeFinding(f)}`),
    ),
    '',
  ].join('\n');
}
