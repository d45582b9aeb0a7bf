/**
 * Budget: the JavaScript the first page load needs, gzip-compressed, must stay within 100 KB
 * (1 KB = 1000 bytes): the entry script (src/boot.ts) and what it imports, main.tsx (which the
 * entry loads once the page has painted) and what it imports, the first-page guard, and any data
 * inlined in index.html. The chunks come from Vite's build manifest, so nothing loaded on the
 * way to the first page is left out for being fetched after the paint. Prints the figures; exits
 * 1 when over budget. Lazy chunks (other views, other languages) are listed, not counted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../support/paths';

export const BUDGET_BYTES = 100_000;
const dist = join(repoRoot, 'dist');
const manifestPath = join(dist, '.vite/manifest.json');

const gzipSize = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

if (!existsSync(manifestPath)) {
  console.log('budget: no dist/.vite/manifest.json — run "npm run build" first');
  process.exit(1);
}
interface ManifestChunk {
  file: string;
  imports?: string[];
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;

/** The files of a manifest entry and of everything it imports statically, transitively. */
function withStaticImports(key: string, into: Set<string>): Set<string> {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`budget: the build manifest has no entry for ${key}`);
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) withStaticImports(imported, into);
  return into;
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
// What index.html itself loads: the entry module, its preloads, the classic first-page guard.
const fromHtml = [
  ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((m) => (m[1] ?? '').replace(/^\.\//, ''));
const initial = [
  ...new Set([
    ...fromHtml,
    ...withStaticImports('index.html', new Set()),
    ...withStaticImports('src/main.tsx', new Set()),
  ]),
];

if (initial.length === 0) {
  console.log('budget: no module script found in dist/index.html — run "npm run build" first');
  process.exit(1);
}

let total = 0;
for (const file of initial) {
  const size = gzipSize(file);
  total += size;
  console.log(`  initial  ${file}  ${kb(size)} gzip`);
}
const lazy = readdirSync(join(dist, 'assets'))
  .map((f) => `assets/${f}`)
  .filter((f) => f.endsWith('.js') && !initial.includes(f));
for (const file of lazy) console.log(`  lazy     ${file}  ${kb(gzipSize(file))} gzip`);

// The baked first page travels in index.html: its size is printed beside the scripts. It embeds
// no data for the app (the corpus is fetched, preloaded, and cached apart), so nothing of it counts
// as JavaScript.
const inlineData = [
  ...html.matchAll(/<script[^>]+type="application\/json"[^>]*>([\s\S]*?)<\/script>/g),
];
const inlineBytes = inlineData.reduce(
  (sum, m) => sum + gzipSync(m[1] ?? '', { level: 9 }).length,
  0,
);
total += inlineBytes;
console.log(
  `  html     index.html  ${kb(gzipSync(html, { level: 9 }).length)} gzip (baked first page); inline data ${kb(inlineBytes)} gzip, counted`,
);

const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(`initial JavaScript: ${kb(total)} gzip — ${verdict} the budget of ${kb(BUDGET_BYTES)}`);
process.exitCode = total <= BUDGET_BYTES ? 0 : 1;
