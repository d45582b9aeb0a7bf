/**
 * Renders the app icons of the web app manifest from public/favicon.svg with the system Chromium:
 * 192 and 512 px, plus a maskable 512 px icon whose mark sits inside the safe zone (the inner 80%)
 * on a full-bleed background. Run after changing the favicon: `npx tsx src/cli/render-icons.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.ts';

const root = join(import.meta.dirname, '..', '..');
const svg = readFileSync(join(root, 'public', 'favicon.svg'), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const icons = [
  { file: 'icon-192.png', size: 192, inset: 0, background: 'transparent' },
  { file: 'icon-512.png', size: 512, inset: 0, background: 'transparent' },
  { file: 'icon-maskable-512.png', size: 512, inset: 0.14, background: '#0b4f7c' },
];

const browser = await launchChromium();
for (const icon of icons) {
  const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
  const pad = Math.round(icon.size * icon.inset);
  await page.setContent(
    `<body style="margin:0;background:${icon.background}"><img src="${dataUrl}" ` +
      `style="display:block;margin:${pad}px;width:${icon.size - 2 * pad}px;height:${icon.size - 2 * pad}px"></body>`,
  );
  await page.screenshot({
    path: join(root, 'public', 'icons', icon.file),
    omitBackground: icon.background === 'transparent',
  });
  await page.close();
  console.log(`public/icons/${icon.file}: ${icon.size} × ${icon.size}`);
}
await browser.close();
