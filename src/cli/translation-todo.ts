/**
 * `npm run i18n:todo -- LANG [FILE]`: what a translator still has to do in data/i18n/LANG — each
 * missing or stale field of the bundled corpus as JSON ({ file, path, kind, english, source }),
 * ready to be turned into entries ({ path, text, source }) of data/i18n/LANG/FILE.json. FILE
 * (`models/italy`, `codebook`, `tours/five-ways`…) narrows the list to one corpus file.
 * A `quote` field's translation is shown beneath the verbatim quote as ours; it never replaces it.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFromDir } from '../corpus/data-dir';
import { pathKey, sourceHash, translatableFields } from '../corpus/translations';
import { checkTranslationDir } from '../corpus/translation-files';

const dataDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../data');

function main(): number {
  const [lang, file] = process.argv.slice(2).filter((a) => a !== '--');
  if (!lang || lang === '--help' || lang === '-h') {
    console.log(
      'usage: npm run i18n:todo -- LANG [FILE]   e.g. npm run i18n:todo -- uz models/italy',
    );
    return lang ? 0 : 2;
  }
  const { bundle } = bundleFromDir(dataDir);
  const report = checkTranslationDir(join(dataDir, 'i18n'), bundle).reports.find(
    (r) => r.lang === lang,
  );
  const done = new Set<string>();
  for (const t of report?.files ?? [])
    for (const e of t.entries) done.add(`${t.file} ${e.path} ${e.source}`);
  const todo = translatableFields(bundle)
    .filter((f) => !file || f.file === file)
    .filter((f) => !done.has(`${f.file} ${pathKey(f.path)} ${sourceHash(f.text)}`))
    .map((f) => ({
      file: f.file,
      path: pathKey(f.path),
      kind: f.kind,
      english: f.text,
      source: sourceHash(f.text),
    }));
  console.log(JSON.stringify(todo, null, 1));
  return 0;
}

process.exitCode = main();
