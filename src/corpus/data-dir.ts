/**
 * Node-only: reads a data folder (codebook.json, sources.json, concepts.json, models/*.json)
 * as raw JSON, file by file, so that problems can be reported against the file they sit in.
 * The build uses it to bundle the corpus; the CLI and the tests use it to check it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonText } from './json-text.ts';

export type ReadResult =
  { ok: true; file: string; value: unknown } | { ok: false; file: string; problem: string };

export function readJsonFile(file: string): ReadResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'not found' : code === 'EISDIR' ? 'is a folder' : (code ?? 'unreadable');
    return { ok: false, file, problem: `cannot be read: ${why}` };
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    return {
      ok: false,
      file,
      problem: `not valid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.problem}`,
    };
  }
  return { ok: true, file, value: parsed.value };
}

export interface DataDirFiles {
  codebook: ReadResult;
  sources: ReadResult | undefined;
  concepts: ReadResult | undefined;
  models: ReadResult[];
  tours: ReadResult[];
}

export function readDataDir(dir: string): DataDirFiles {
  const optional = (name: string) =>
    existsSync(join(dir, name)) ? readJsonFile(join(dir, name)) : undefined;
  const jsonFiles = (sub: string) =>
    existsSync(join(dir, sub))
      ? readdirSync(join(dir, sub))
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => join(dir, sub, f))
      : [];
  return {
    codebook: readJsonFile(join(dir, 'codebook.json')),
    sources: optional('sources.json'),
    concepts: optional('concepts.json'),
    models: jsonFiles('models').map(readJsonFile),
    tours: jsonFiles('tours').map(readJsonFile),
  };
}

const firstParagraph = (model: unknown): number => {
  const evidence = (model as { evidence?: { locator?: unknown }[] } | undefined)?.evidence;
  const numbers = (Array.isArray(evidence) ? evidence : [])
    .map((e) => (typeof e?.locator === 'string' ? Number(e.locator.slice(1)) : NaN))
    .filter((n) => Number.isFinite(n));
  return numbers.length ? Math.min(...numbers) : Number.POSITIVE_INFINITY;
};

/**
 * Models in the order the source article treats them (by the first paragraph they quote), so
 * every view lists Italy, France, the UK, the US and Japan as the article does; file name breaks ties.
 */
export function inArticleOrder(models: unknown[]): unknown[] {
  return models
    .map((m, i) => ({ m, i, p: firstParagraph(m) }))
    .sort((a, b) => a.p - b.p || a.i - b.i)
    .map(({ m }) => m);
}

/** Every file of a data folder that was found, in reading order. */
export function allFiles(files: DataDirFiles): ReadResult[] {
  return [files.codebook, files.sources, files.concepts, ...files.models, ...files.tours].filter(
    (f): f is ReadResult => f !== undefined,
  );
}

/** The raw bundle object from a data folder whose files all read as JSON (validated by the caller). */
export function rawBundleFromDir(dir: string): Record<string, unknown> {
  const files = readDataDir(dir);
  const all = allFiles(files);
  const broken = all.find((f) => !f.ok);
  if (broken && !broken.ok) throw new Error(`${broken.file}: ${broken.problem}`);
  const value = (r: ReadResult | undefined) => (r?.ok ? r.value : undefined);
  return {
    codebook: value(files.codebook),
    ...(files.sources ? { sources: value(files.sources) } : {}),
    ...(files.concepts ? { concepts: value(files.concepts) } : {}),
    models: inArticleOrder(files.models.map(value)),
    tours: files.tours.map(value),
  };
}
