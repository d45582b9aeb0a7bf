/**
 * `npx tsx tests/support/tour-shots.ts [width×height …]`: a screenshot of every step of every
 * bundled tour in presentation mode, light and dark, with each page's scroll height printed, into
 * tests/.artifacts/tour-shots/ (or TOUR_SHOTS_OUT). For looking at the slides by eye.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { launchChromium } from '../../src/cli/chromium';
import { repoRoot, startPreview } from './preview-server';
import { waitForSettled } from './settled';

const sizes = (
  process.argv.slice(2).filter((a) => /^\d+x\d+$/.test(a)).length
    ? process.argv.slice(2).filter((a) => /^\d+x\d+$/.test(a))
    : ['1024x768', '1920x1080']
).map((s) => s.split('x').map(Number) as [number, number]);
const schemes = process.env.SCHEMES?.split(',') ?? ['light'];
const out = process.env.TOUR_SHOTS_OUT ?? `${repoRoot}/tests/.artifacts/tour-shots`;
mkdirSync(out, { recursive: true });

const tours = readdirSync(`${repoRoot}/data/tours`).map(
  (f) =>
    JSON.parse(readFileSync(`${repoRoot}/data/tours/${f}`, 'utf8')) as {
      id: string;
      steps: unknown[];
    },
);
const server = await startPreview();
const browser = await launchChromium();
try {
  for (const tour of tours) {
    for (const [width, height] of sizes) {
      for (const colorScheme of schemes as ('light' | 'dark')[]) {
        const context = await browser.newContext({ viewport: { width, height }, colorScheme });
        const page = await context.newPage();
        for (let step = 1; step <= tour.steps.length; step++) {
          await page.goto(`${server.url}?tour=${tour.id}&step=${step}&present=1`);
          await waitForSettled(page);
          const scroll = await page.evaluate(() => document.documentElement.scrollHeight);
          const file = `${out}/${tour.id}-s${step}-${width}-${colorScheme}.png`;
          await page.screenshot({ path: file });
          console.log(`${file}  scrollHeight ${scroll} (screen ${height})`);
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
