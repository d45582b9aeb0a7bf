/**
 * `npm run corpus:synthetic -- [COUNT] [OUT]`: writes a synthetic corpus bundle (default 50
 * models, to tests/.artifacts/synthetic-50.json) and checks it before writing, through the one
 * route the app uses on a file a user brings in.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCorpusFiles } from '../corpus/corpus-files';
import { checkDataDir, readArticle } from '../corpus/data-dir';
import { formatFileProblem } from '../corpus/user-corpus';
import { syntheticBundle } from './synthetic';
import { forTerminal } from './terminal-text';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2).filter((a) => a !== '--');
const count = Number(args[0] ?? 50);
const out = resolve(
  process.cwd(),
  args[1] ?? `${repoRoot}/tests/.artifacts/synthetic-${count}.json`,
);

const bundled = checkDataDir(`${repoRoot}/data`).result;
const article = readArticle(`${repoRoot}/data`);
if (!Number.isInteger(count) || count < 1 || !bundled.ok || !article.ok) {
  console.log('usage: npm run corpus:synthetic -- [COUNT ≥ 1] [OUT] (needs a valid data/ folder)');
  process.exit(2);
}
const text = JSON.stringify(syntheticBundle(count, bundled.bundle.codebook));
const check = checkCorpusFiles([{ name: out, text, bytes: Buffer.byteLength(text) }], {
  base: bundled.bundle,
  article: article.article,
});
if (!check.ok) {
  console.log(check.problems.map((p) => forTerminal(formatFileProblem(p))).join('\n'));
  process.exit(1);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text);
console.log(`wrote ${count} synthetic models to ${out}`);
