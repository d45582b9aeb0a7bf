/**
 * `npx tsx tests/support/screenshots.ts [query…]`: screenshots of the production build at the three
 * sizes we check by eye (desktop, projector, phone), in light and dark, into tests/.artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../../src/cli/chromium';
import { repoRoot, startPreview } from './preview-server';

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'projector', width: 1024, height: 768 },
  { name: 'phone', width: 390, height: 844 },
];

const queries = process.argv.slice(2).filter((a) => a !== '--');
const out = `${repoRoot}/tests/.artifacts/screenshots`;
mkdirSync(out, { recursive: true });
const server = await startPreview();
const browser = await launchChromium();
try {
  for (const query of queries.length ? queries : ['']) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const size of SIZES) {
        const context = await browser.newContext({ viewport: size, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(`${server.url}${query}`);
        await page.locator('main h1').first().waitFor();
        await page.evaluate(() => document.fonts.ready);
        const slug = (query.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home').slice(
          0,
          40,
        );
        const file = `${out}/${slug}-${size.name}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
