/**
 * `npm run audit`: Lighthouse 12 on the production build, mobile and desktop presets, in the
 * system Chromium. Prints the category scores against our targets; exits 1 if any target is missed.
 * (Run by hand or in CI on demand; it takes about a minute and is not part of `npm test`.)
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/cli/chromium';
import { startPreview } from '../support/preview-server';

const TARGETS: Record<'mobile' | 'desktop', Record<string, number>> = {
  mobile: { performance: 95, accessibility: 100, 'best-practices': 100 },
  desktop: { performance: 98, accessibility: 100, 'best-practices': 100 },
};

const server = await startPreview();
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
let missed = 0;
try {
  for (const preset of ['mobile', 'desktop'] as const) {
    const result = await lighthouse(
      server.url,
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
    console.log(`\n${preset}:`);
    for (const [id, category] of Object.entries(categories)) {
      const score = Math.round((category.score ?? 0) * 100);
      const target = TARGETS[preset][id];
      const verdict =
        target === undefined
          ? ''
          : score >= target
            ? `  (target ≥ ${target}: met)`
            : `  (target ≥ ${target}: MISSED)`;
      if (target !== undefined && score < target) missed += 1;
      console.log(`  ${category.title.padEnd(16)} ${String(score).padStart(3)}${verdict}`);
    }
    for (const metric of [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
    ]) {
      console.log(`  ${metric}: ${audits[metric]?.displayValue ?? 'n/a'}`);
    }
    const failing = Object.values(audits).filter(
      (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary',
    );
    for (const a of failing) console.log(`  failing audit: ${a.id} — ${a.title}`);
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(missed ? `\n${missed} target(s) missed` : '\nall targets met');
process.exitCode = missed ? 1 : 0;
