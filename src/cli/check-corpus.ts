/**
 * The logic of `npm run corpus:check -- [PATH]`, kept apart from process handling so that tests
 * can call it directly. PATH is a data folder, one model file, or a corpus bundle file. Each is
 * checked by the one route the build and the app use (corpus-files.ts): a data folder on its own,
 * a file against the bundled corpus of `dataDir` exactly as the app checks a file a user drops.
 */
import { isAbsolute, join, relative } from 'node:path';
import { checkCorpusFiles } from '../corpus/corpus-files';
import { checkDataDir, readArticle, readDiskFile } from '../corpus/data-dir';
import { checkTranslationDir } from '../corpus/translation-files';
import { formatFileProblem } from '../corpus/user-corpus';
import type { FileProblem, UserCorpusResult } from '../corpus/user-corpus';
import { forTerminal } from './terminal-text';
import { statSync } from 'node:fs';

export const EXIT_VALID = 0;
export const EXIT_INVALID = 1;
export const EXIT_UNREADABLE = 2;

export interface CheckReport {
  lines: string[];
  exitCode: number;
  /** The problems as the check found them (files named as given), for tests and tools. */
  problems: FileProblem[];
}

/** A file as the person who ran the check knows it: relative inside the working folder. */
function show(cwd: string, file: string): string {
  if (!isAbsolute(file)) return file;
  const inside = relative(cwd, file);
  return inside && !inside.startsWith('..') ? inside : file;
}

function report(cwd: string, result: UserCorpusResult, files: number): CheckReport {
  if (result.ok) {
    const line = `ok: ${files} file(s) checked, ${result.bundle.models.length} model(s) valid`;
    return { lines: [line], exitCode: EXIT_VALID, problems: [] };
  }
  const lines = result.problems.map((p) => formatFileProblem(p, show(cwd, p.file)));
  const unreadable = new Set(result.problems.map((p) => p.file)).size;
  lines.push(
    result.unreadable
      ? `${unreadable} file(s) could not be read; nothing was checked`
      : `${result.problems.length} problem(s) in ${files} file(s) checked; fix them and run the check again`,
  );
  return {
    lines: lines.map(forTerminal),
    exitCode: result.unreadable ? EXIT_UNREADABLE : EXIT_INVALID,
    problems: result.problems,
  };
}

function checkFile(file: string, dataDir: string, cwd: string): CheckReport {
  const read = readDiskFile(file);
  if (!read.ok) return report(cwd, { ok: false, problems: [read.problem], unreadable: true }, 1);
  // The bundled corpus fills in what the file leaves out, as in the app.
  const bundled = checkDataDir(dataDir).result;
  if (!bundled.ok) return report(cwd, bundled, 1);
  const article = readArticle(dataDir);
  if (!article.ok)
    return report(cwd, { ok: false, problems: [article.problem], unreadable: true }, 1);
  return report(
    cwd,
    checkCorpusFiles([read.file], { base: bundled.bundle, article: article.article }),
    1,
  );
}

/** Checks PATH (folder, model file or bundle file); `dataDir` holds the bundled corpus. */
export function checkCorpusPath(path: string, dataDir: string, cwd: string): CheckReport {
  let folder = false;
  try {
    folder = statSync(path).isDirectory();
  } catch {
    // Not there, or not readable: reading it says which.
  }
  if (!folder) return checkFile(path, dataDir, cwd);
  const { result, files } = checkDataDir(path);
  const checked = report(cwd, result, files);
  if (!result.ok) return checked;
  // The folder's translations (i18n/<lang>/…): missing entries are counted; the rest fail.
  const translations = checkTranslationDir(join(path, 'i18n'), result.bundle);
  return {
    ...checked,
    lines: [...checked.lines, ...translations.lines.map(forTerminal)],
    exitCode: translations.failed ? EXIT_INVALID : checked.exitCode,
  };
}
