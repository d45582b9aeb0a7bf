/**
 * `npm run corpus:check -- [PATH]`: prints one line per problem, then a summary line; for a data
 * folder, then one line per language of its translations and one per failing entry.
 * Exit 0 valid, 1 invalid, 2 unreadable. Never a stack trace: any unexpected failure is reported
 * in one line with exit 2.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCorpusPath, EXIT_UNREADABLE } from './check-corpus';
import { forTerminal } from './terminal-text';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const dataDir = resolve(repoRoot, 'data');

function main(): number {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.includes('--help') || args.includes('-h')) {
    console.log(
      "usage: npm run corpus:check -- [PATH]\n  PATH: a data folder (default data/), one model file, or a corpus bundle file\n  A data folder's translations (i18n/<lang>/…) are counted per language: missing entries are\n  reported; orphaned, stale and invalid ones fail the check (see data/i18n/README.md).",
    );
    return 0;
  }
  const target = resolve(process.cwd(), args[0] ?? dataDir);
  const { lines, exitCode } = checkCorpusPath(target, dataDir, process.cwd());
  for (const line of lines) console.log(line);
  return exitCode;
}

try {
  process.exitCode = main();
} catch (e) {
  console.log(
    forTerminal(`corpus:check could not finish: ${e instanceof Error ? e.message : String(e)}`),
  );
  process.exitCode = EXIT_UNREADABLE;
}
