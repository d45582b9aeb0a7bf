/**
 * Node-only: reads files from disk for the one validation route (corpus-files.ts) — a data folder
 * (codebook.json, sources.json, concepts.json, models/*.json, tours/*.json and the article in
 * source/), or any one file — never more than the size limit of a file. The build uses it to
 * bundle the corpus; the CLI and the tests use it to check one.
 */
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { checkCorpusFiles } from './corpus-files.ts';
import type { CorpusFile, FileRole } from './corpus-files.ts';
import { LIMITS, readPastLimit } from './limits.ts';
import { ARTICLE_ID, articleText } from './source-text.ts';
import type { ArticleText } from './source-text.ts';
import { formatFileProblem, WHOLE_FILE } from './user-corpus.ts';
import type { FileProblem, UserCorpusResult } from './user-corpus.ts';

export { inArticleOrder } from './article-order.ts';

export type DiskRead = { ok: true; file: CorpusFile } | { ok: false; problem: FileProblem };

const cannotRead = (name: string, problem: string, expected: string): DiskRead => ({
  ok: false,
  problem: { file: name, where: WHOLE_FILE, problem, expected },
});

/**
 * Reads one file as a person's file is read in the browser: a regular file over the limit is
 * not read at all (the check refuses it by its size); anything else is read up to one byte past
 * the limit and refused there, so an endless file (/dev/zero, a pipe) cannot hang the reader.
 * UTF-8 decoding drops a leading byte-order mark, as the browser's file reader does.
 */
export function readDiskFile(
  path: string,
  role?: FileRole,
  max: number = LIMITS.maxBytes,
): DiskRead {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'not found' : (code ?? 'unreadable');
    return cannotRead(path, `cannot be read: ${why}`, 'a file that exists and may be read');
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory())
      return cannotRead(path, 'cannot be read: is a folder', 'a file, or a data folder');
    if (stat.isFile() && stat.size > max)
      return {
        ok: true,
        file: { name: path, text: '', bytes: stat.size, ...(role ? { role } : {}) },
      };
    const buffer = Buffer.alloc(max + 1);
    let total = 0;
    for (;;) {
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
      if (total > max) {
        const limit = readPastLimit(max);
        return cannotRead(path, limit.message, limit.expected);
      }
    }
    const text = new TextDecoder('utf-8').decode(buffer.subarray(0, total));
    return { ok: true, file: { name: path, text, bytes: total, ...(role ? { role } : {}) } };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return cannotRead(path, `cannot be read: ${code ?? 'unreadable'}`, 'a file that may be read');
  } finally {
    closeSync(fd);
  }
}

/** The article's text file in a data folder. */
export const articleFile = (dir: string): string => join(dir, 'source', `${ARTICLE_ID}.md`);

export type ArticleRead = { ok: true; article: ArticleText } | { ok: false; problem: FileProblem };

/** The article a corpus quotes, from data/source/; its absence is a problem, never a skip. */
export function readArticle(dir: string): ArticleRead {
  const read = readDiskFile(articleFile(dir));
  return read.ok
    ? { ok: true, article: articleText(ARTICLE_ID, read.file.text) }
    : { ok: false, problem: read.problem };
}

/** Every file of a data folder, each with its role, in reading order; or why some cannot be read. */
export function readDataDir(dir: string): { files: CorpusFile[]; problems: FileProblem[] } {
  const jsonFiles = (sub: string) =>
    existsSync(join(dir, sub))
      ? readdirSync(join(dir, sub))
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => join(dir, sub, f))
      : [];
  const wanted: [string, FileRole][] = [
    [join(dir, 'codebook.json'), 'codebook'],
    ...(['sources', 'concepts'] as const)
      .map((role): [string, FileRole] => [join(dir, `${role}.json`), role])
      .filter(([path]) => existsSync(path)),
    ...jsonFiles('models').map((path): [string, FileRole] => [path, 'model']),
    ...jsonFiles('tours').map((path): [string, FileRole] => [path, 'tour']),
    ...jsonFiles('reviews').map((path): [string, FileRole] => [path, 'review']),
  ];
  const reads = wanted.map(([path, role]) => readDiskFile(path, role));
  return {
    files: reads.flatMap((r) => (r.ok ? [r.file] : [])),
    problems: reads.flatMap((r) => (r.ok ? [] : [r.problem])),
  };
}

/**
 * A data folder through the one route, with its article (a file that cannot be read makes it
 * unreadable); `files` counts the corpus files read.
 */
export function checkDataDir(dir: string): { result: UserCorpusResult; files: number } {
  const { files, problems } = readDataDir(dir);
  const article = readArticle(dir);
  if (!article.ok) problems.push(article.problem);
  if (problems.length || !article.ok)
    return { result: { ok: false, problems, unreadable: true }, files: files.length };
  return { result: checkCorpusFiles(files, { article: article.article }), files: files.length };
}

/** The checked corpus of a data folder; throws with every located problem when it is invalid. */
export function bundleFromDir(dir: string): UserCorpusResult & { ok: true } {
  const { result } = checkDataDir(dir);
  if (result.ok) return result;
  const lines = result.problems.map((p) => formatFileProblem(p));
  throw new Error(`the corpus in ${dir} is invalid:\n${lines.join('\n')}`);
}

/** The bundle of a data folder as a plain object (checked; callers may validate it again). */
export function rawBundleFromDir(dir: string): Record<string, unknown> {
  return bundleFromDir(dir).bundle;
}
