/**
 * `ATLAS_DIST=… npx tsx tests/support/shots.ts OUT WxH 'query' ['query' …]`: one screenshot per
 * query (`?view=compare&lang=ru`) at that size into OUT, named after the query, with the page's
 * scroll height printed; `LOCALE=uz-UZ` sets the browser's language, `FULL=1` takes the whole
 * page, `CLIP=x,y,w,h` a part of it, `SCHEME=dark` the dark theme, `FORMAT=jpeg` a smaller file.
 * For looking by eye.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../../src/cli/chromium';
import { startPreview } from './preview-server';
import { waitForSettled } from './settled';

const [out, size, ...queries] = process.argv.slice(2);
if (!out || !size || !/^\d+x\d+$/.test(size)) {
  console.log("usage: npx tsx tests/support/shots.ts OUT WxH 'query' …");
  process.exit(2);
}
const [width, height] = size.split('x').map(Number) as [number, number];
mkdirSync(out, { recursive: true });
const server = await startPreview();
const browser = await launchChromium();
try {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: process.env.LOCALE,
    colorScheme: (process.env.SCHEME as 'light' | 'dark' | undefined) ?? 'light',
  });
  const page = await context.newPage();
  for (const query of queries) {
    await page.goto(`${server.url}${query}`);
    await page
      .locator(query.includes('present=1') ? 'main .slide h1' : 'main h1')
      .first()
      .waitFor();
    // A link that opens evidence: wait for its panel too.
    if (query.includes('evidence=')) await page.locator('[role="dialog"]').first().waitFor();
    await waitForSettled(page);
    const scroll = await page.evaluate(() => document.documentElement.scrollHeight);
    const name = query.replace(/[^a-z0-9=&-]+/gi, '_').replace(/^_+/, '') || 'home';
    const jpeg = process.env.FORMAT === 'jpeg';
    const file = `${out}/${name}-${size}.${jpeg ? 'jpg' : 'png'}`;
    const clip = process.env.CLIP?.split(',').map(Number);
    await page.screenshot({
      path: file,
      fullPage: process.env.FULL === '1' || Boolean(clip),
      ...(jpeg ? { type: 'jpeg' as const, quality: 80 } : {}),
      clip: clip ? { x: clip[0]!, y: clip[1]!, width: clip[2]!, height: clip[3]! } : undefined,
    });
    console.log(`${file}  scroll ${scroll}`);
  }
} finally {
  await browser.close();
  await server.close();
}
