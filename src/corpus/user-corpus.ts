/**
 * Turns files a user brought in (one corpus bundle, several model files, or both) into a corpus
 * the app can show, or into a list of problems, each naming its file, where in it, what is wrong
 * and what was expected. Pure and synchronous: it runs in a Web Worker (corpus-worker.ts) and in
 * tests alike. Limits are checked before each heavy step; nothing here ever throws on bad input.
 */
import { formatPath } from './issues';
import type { CorpusIssue, JsonPath } from './issues';
import { parseJsonText } from './json-text';
import { checkDepth, checkFileSize, checkModelCount } from './limits';
import type { Bundle, Codebook, Model, Tour } from './schema';
import { validateBundle, validateCodebook, validateModel } from './validate';

export interface InputFile {
  name: string;
  text: string;
  /** Size in bytes, as the file system reports it. */
  bytes: number;
}

export interface FileProblem {
  file: string;
  /** A JSON path (`models[2].codes.stateRole`), `line 4, column 7`, or `(whole file)`. */
  where: string;
  problem: string;
  expected: string;
}

export type Phase = 'reading' | 'checking' | 'parsing' | 'validating';

export interface Progress {
  phase: Phase;
  done: number;
  total: number;
}

export type UserCorpusResult =
  { ok: true; bundle: Bundle; name: string } | { ok: false; problems: FileProblem[] };

/** The problems of the combined corpus that belong to no single file. */
export const COMBINED = '(all files together)';
export const WHOLE_FILE = '(whole file)';

interface BundlePart {
  file: string;
  value: Record<string, unknown>;
}

interface ModelSource {
  file: string;
  /** Where the model sits in its file: `[]` for a model file, `['models', 3]` in a bundle. */
  at: JsonPath;
  raw: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
// Own keys only: `'constructor' in {}` is true, and a file must not borrow keys from prototypes.
const has = (o: Record<string, unknown>, key: string) => Object.hasOwn(o, key);

const located = (file: string, at: JsonPath, issue: CorpusIssue): FileProblem => ({
  file,
  where: formatPath([...at, ...issue.path]),
  problem: issue.problem,
  expected: issue.expected,
});

/**
 * Steps of a tour name models; on a corpus without them a step shows what it can: unknown
 * models, focus and evidence are dropped, and a step left without models shows all of them.
 */
export function toursForModels(tours: readonly Tour[], modelIds: ReadonlySet<string>): Tour[] {
  return tours.map((tour) => ({
    ...tour,
    steps: tour.steps.map((step) => {
      const models = step.models?.filter((id) => modelIds.has(id));
      const kept = { ...step };
      delete kept.models;
      delete kept.focus;
      delete kept.evidence;
      return {
        ...kept,
        ...(models && models.length ? { models } : {}),
        ...(step.focus && modelIds.has(step.focus) ? { focus: step.focus } : {}),
        ...(step.evidence && modelIds.has(step.evidence.model) ? { evidence: step.evidence } : {}),
      };
    }),
  }));
}

/** "my-corpus" for one file, "a.json and 2 more files" for several. */
export function corpusName(files: readonly { name: string }[]): string {
  const first = files[0]?.name.replace(/\.json$/i, '') ?? 'corpus';
  return files.length > 1 ? `${first} and ${files.length - 1} more files` : first;
}

/** A file over the size limit, refused by its size alone (it need not be read). */
export function fileSizeProblem(file: string, bytes: number): FileProblem | null {
  const size = checkFileSize(bytes);
  return size ? { file, where: WHOLE_FILE, problem: size.message, expected: size.expected } : null;
}

export function assembleUserCorpus(
  files: readonly InputFile[],
  bundled: Bundle,
  onProgress: (p: Progress) => void = () => undefined,
): UserCorpusResult {
  const problems: FileProblem[] = [];
  const bundles: BundlePart[] = [];
  const models: ModelSource[] = [];
  const fail = (file: string, where: string, problem: string, expected: string) =>
    problems.push({ file, where, problem, expected });

  if (files.length === 0)
    return {
      ok: false,
      problems: [
        {
          file: COMBINED,
          where: WHOLE_FILE,
          problem: 'no file was given',
          expected: 'a corpus bundle or one or more model files (.json)',
        },
      ],
    };

  // 1. Size and nesting, before parsing anything.
  files.forEach((file, i) => {
    onProgress({ phase: 'checking', done: i, total: files.length });
    const size = fileSizeProblem(file.name, file.bytes);
    if (size) return problems.push(size);
    const depth = checkDepth(file.text);
    if (depth) return fail(file.name, WHOLE_FILE, depth.message, depth.expected);
    // 2. Parse, and sort what each file holds.
    onProgress({ phase: 'parsing', done: i, total: files.length });
    const parsed = parseJsonText(file.text);
    if (!parsed.ok)
      return fail(
        file.name,
        `line ${parsed.line}, column ${parsed.column}`,
        `is not valid JSON: ${parsed.problem}`,
        'JSON text, as a text editor saves it',
      );
    const value = parsed.value;
    if (isObject(value) && has(value, 'models')) {
      if (!Array.isArray(value.models))
        return fail(file.name, 'models', 'is not a list', 'an array of models');
      bundles.push({ file: file.name, value });
      value.models.forEach((raw, j) => models.push({ file: file.name, at: ['models', j], raw }));
    } else if (isObject(value) && has(value, 'codes')) {
      models.push({ file: file.name, at: [], raw: value });
    } else {
      fail(
        file.name,
        '(root)',
        'is neither a corpus bundle nor a model',
        'an object with a "models" list, or one model with "id", "name" and "codes"',
      );
    }
  });
  if (problems.length) return { ok: false, problems };

  // 3. How many models, before validating any.
  const count = checkModelCount(models.length);
  if (count)
    return {
      ok: false,
      problems: [
        { file: COMBINED, where: WHOLE_FILE, problem: count.message, expected: count.expected },
      ],
    };
  if (bundles.length > 1)
    return {
      ok: false,
      problems: [
        {
          file: COMBINED,
          where: WHOLE_FILE,
          problem: `${bundles.length} corpus bundles were given at once (${bundles.map((b) => b.file).join(', ')})`,
          expected: 'one corpus bundle, with or without extra model files',
        },
      ],
    };

  // 4. The codebook: the bundle's own, or the bundled one.
  const part = bundles[0];
  let codebook: Codebook = bundled.codebook;
  if (part && has(part.value, 'codebook')) {
    const checked = validateCodebook(part.value.codebook);
    if (!checked.ok) {
      return {
        ok: false,
        problems: checked.issues.map((issue) => located(part.file, ['codebook'], issue)),
      };
    }
    codebook = checked.value;
  }

  // 5. Each model on its own, so each problem points into its file.
  const valid: Model[] = [];
  models.forEach((source, i) => {
    onProgress({ phase: 'validating', done: i, total: models.length });
    const checked = validateModel(source.raw, codebook);
    if (checked.ok) valid.push(checked.value);
    else problems.push(...checked.issues.map((issue) => located(source.file, source.at, issue)));
  });
  onProgress({ phase: 'validating', done: models.length, total: models.length });
  if (problems.length) return { ok: false, problems };

  // 6. The whole: unique ids across files, and tours, sources and concepts that fit.
  const ids = new Set(valid.map((m) => m.id));
  const own = (key: string) => (part && has(part.value, key) ? part.value[key] : undefined);
  const whole = validateBundle({
    codebook,
    sources: own('sources') ?? bundled.sources,
    concepts: own('concepts') ?? bundled.concepts,
    models: valid,
    tours: own('tours') ?? toursForModels(bundled.tours, ids),
  });
  if (!whole.ok) {
    // Models came from several files; name the one each duplicate or cross-reference is in.
    const fileOfModel = (issue: CorpusIssue) =>
      issue.path[0] === 'models' && typeof issue.path[1] === 'number'
        ? models[issue.path[1]]
        : undefined;
    return {
      ok: false,
      problems: whole.issues.map((issue) => {
        const source = fileOfModel(issue);
        if (source) return located(source.file, source.at, { ...issue, path: issue.path.slice(2) });
        return located(part?.file ?? COMBINED, [], issue);
      }),
    };
  }
  return { ok: true, bundle: whole.value, name: corpusName(files) };
}
