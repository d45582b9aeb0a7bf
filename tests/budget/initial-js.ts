/**
 * Budget: the JavaScript the first page load needs (the entry script and everything index.html
 * preloads), gzip-compressed, must stay within 115 KB (1 KB = 1000 bytes). Prints the figures;
 * exits 1 when over budget. Lazy chunks (other views, other languages) are listed, not counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../support/paths';

export const BUDGET_BYTES = 115_000;
const dist = join(repoRoot, 'dist');

const gzipSize = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((m) => (m[1] ?? '').replace(/^\.\//, ''));

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

const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(`initial JavaScript: ${kb(total)} gzip — ${verdict} the budget of ${kb(BUDGET_BYTES)}`);
process.exitCode = total <= BUDGET_BYTES ? 0 : 1;
