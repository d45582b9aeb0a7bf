/**
 * `npm run audit`: Lighthouse 12 on the Atlas's production build side by side with the floor page
 * (tests/audit/floor/: the same stack, one heading and five dots), mobile and desktop presets,
 * RUNS runs of each, the two pages alternating which goes first. Prints the medians, the Atlas's
 * ratio to the floor and the goals of issue 18; exits 1 if a goal is missed. The ratio is what
 * counts: a busy machine slows both pages alike, so the load average is printed before and after.
 * (Run by hand; it takes a few minutes and is not part of `npm test`.)
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/cli/chromium';
import { repoRoot } from '../support/paths';
import { startPreview } from '../support/preview-server';
import { auditGoals, median, type Figures } from './audit-goals';

const RUNS = Number(process.env.AUDIT_RUNS ?? 3);
const PRESETS = ['mobile', 'desktop'] as const;
const PAGES = ['atlas', 'floor'] as const;
type Preset = (typeof PRESETS)[number];
type Page = (typeof PAGES)[number];

const floorRoot = join(repoRoot, 'tests/audit/floor');
const floorDist = join(repoRoot, 'tests/.artifacts/floor-dist');

/** Builds the floor page and serves it as `vite preview` serves the Atlas. */
async function startFloor(): Promise<{ url: string; close: () => Promise<void> }> {
  const shared = { root: floorRoot, configFile: false as const, logLevel: 'silent' as const };
  await build({
    ...shared,
    base: './',
    plugins: [react()],
    build: { outDir: floorDist, emptyOutDir: true, target: 'es2022' },
  });
  const server = await preview({
    ...shared,
    build: { outDir: floorDist },
    preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('floor server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(', ');

console.log(`load average before: ${load()} (1, 5, 15 min)`);
const atlas = await startPreview();
const floor = await startFloor();
const urls: Record<Page, string> = { atlas: atlas.url, floor: floor.url };
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const runs: Record<Preset, Record<Page, Figures[]>> = {
  mobile: { atlas: [], floor: [] },
  desktop: { atlas: [], floor: [] },
};
const failingAudits = new Set<string>();
try {
  for (let run = 0; run < RUNS; run += 1) {
    for (const preset of PRESETS) {
      const order = run % 2 === 0 ? PAGES : ([...PAGES].reverse() as Page[]);
      for (const page of order) {
        const result = await lighthouse(
          urls[page],
          {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          },
          preset === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error('Lighthouse returned no result');
        const { categories, audits } = result.lhr;
        const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
        runs[preset][page].push({
          lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
          tbt: audits['total-blocking-time']?.numericValue ?? NaN,
          cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
        });
        if (page === 'atlas') {
          for (const a of Object.values(audits)) {
            if (a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary') {
              failingAudits.add(`${a.id} — ${a.title}`);
            }
          }
        }
        console.log(
          `  run ${run + 1} ${preset.padEnd(7)} ${page.padEnd(5)} ` +
            `LCP ${Math.round(runs[preset][page].at(-1)!.lcp)} ms, ` +
            `TBT ${Math.round(runs[preset][page].at(-1)!.tbt)} ms, ` +
            `score ${runs[preset][page].at(-1)!.performance}`,
        );
      }
    }
  }
} finally {
  chrome.kill();
  await atlas.close();
  await floor.close();
}
console.log(`load average after: ${load()} (1, 5, 15 min)`);

let missed = 0;
for (const preset of PRESETS) {
  const a = runs[preset].atlas;
  const f = runs[preset].floor;
  const m = (xs: Figures[], key: keyof Figures) => median(xs.map((x) => x[key]));
  console.log(`\n${preset} (median of ${RUNS})     Atlas      floor     ratio`);
  const row = (label: string, key: keyof Figures, unit: string, digits = 0) => {
    const av = m(a, key);
    const fv = m(f, key);
    const ratio = fv > 0 ? (av / fv).toFixed(2) : 'n/a';
    console.log(
      `  ${label.padEnd(20)} ${(av.toFixed(digits) + unit).padStart(9)} ${(fv.toFixed(digits) + unit).padStart(10)} ${ratio.padStart(9)}`,
    );
  };
  row('LCP', 'lcp', ' ms');
  row('TBT', 'tbt', ' ms');
  row('CLS', 'cls', '', 3);
  row('performance', 'performance', '');
  row('accessibility', 'accessibility', '');
  row('best practices', 'bestPractices', '');
  for (const goal of auditGoals(preset, a, f)) {
    if (!goal.met) missed += 1;
    console.log(`  goal: ${goal.text}: ${goal.met ? 'met' : 'MISSED'}`);
  }
}
for (const a of failingAudits) console.log(`  failing audit on the Atlas: ${a}`);
console.log(missed ? `\n${missed} goal(s) missed` : '\nall goals met');
process.exitCode = missed ? 1 : 0;
