/**
 * `npm run corpus:synthetic -- [COUNT] [OUT]`: writes a synthetic corpus bundle (default 50
 * models, to tests/.artifacts/synthetic-50.json) and validates it before writing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonFile } from '../corpus/data-dir';
import { formatIssue } from '../corpus/issues';
import { validateBundle, validateCodebook } from '../corpus/validate';
import { syntheticBundle } from './synthetic';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2).filter((a) => a !== '--');
const count = Number(args[0] ?? 50);
const out = resolve(
  process.cwd(),
  args[1] ?? `${repoRoot}/tests/.artifacts/synthetic-${count}.json`,
);

const codebookFile = readJsonFile(`${repoRoot}/data/codebook.json`);
const codebook = codebookFile.ok ? validateCodebook(codebookFile.value) : null;
if (!Number.isInteger(count) || count < 1 || !codebook?.ok) {
  console.log(
    'usage: npm run corpus:synthetic -- [COUNT ≥ 1] [OUT] (needs a valid data/codebook.json)',
  );
  process.exit(2);
}
const bundle = syntheticBundle(count, codebook.value);
const check = validateBundle(JSON.parse(JSON.stringify(bundle)));
if (!check.ok) {
  console.log(check.issues.map(formatIssue).join('\n'));
  process.exit(1);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(bundle));
console.log(`wrote ${count} synthetic models to ${out}`);
