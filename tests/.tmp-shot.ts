import { launchChromium } from './support/chromium';
import { startPreview } from './support/preview-server';
const [query, out, w, h, media, n] = process.argv.slice(2);
const server = await startPreview();
const browser = await launchChromium();
const page = await (
  await browser.newContext({ viewport: { width: Number(w), height: Number(h) } })
).newPage();
await page.goto(`${server.url}${query}`);
await page.locator('main h1').waitFor();
await page.waitForTimeout(800);
if (media === 'print') await page.emulateMedia({ media: 'print' });
const total = await page.evaluate(() => document.documentElement.scrollHeight);
for (let i = 0; i < Number(n ?? 1); i++) {
  await page.screenshot({
    path: `${out}-${i}.png`,
    clip: {
      x: 0,
      y: i * Number(h),
      width: Number(w),
      height: Math.min(Number(h), Math.max(1, total - i * Number(h))),
    },
    fullPage: true,
  });
}
console.log('height', total);
await browser.close();
await server.close();
