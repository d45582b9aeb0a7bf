/**
 * The one validation route. `npm run corpus:check`, the build and the in-browser check of a
 * user's files all call checkCorpusFiles on named files' texts, and get back a corpus or located
 * problems, each naming its file, where in it, what is wrong and what was expected.
 *
 * A file says what it holds by its content (a bundle with "models", or one model with "codes"),
 * or, in a data folder, by its place (codebook.json, models/<id>.json…). What the files leave out
 * (codebook, sources, concepts, tours) comes from the base corpus when there is one: the bundled
 * corpus in the app and in the CLI's check of one file; a data folder stands on its own. Limits
 * are checked before each heavy step; nothing here ever throws on bad input. Pure and synchronous:
 * it runs in a Web Worker, in Node and in tests alike.
 */
import { inArticleOrder } from './article-order.ts';
import type { CorpusIssue, JsonPath } from './issues.ts';
import { parseJsonText } from './json-text.ts';
import { checkModelCount } from './limits.ts';
import type { Bundle, Codebook, Model } from './schema.ts';
import type { ArticleText } from './source-text.ts';
import {
  COMBINED,
  corpusName,
  fileSizeProblem,
  located,
  toursForModels,
  WHOLE_FILE,
} from './user-corpus.ts';
import type { FileProblem, InputFile, Progress, UserCorpusResult } from './user-corpus.ts';
import { validateBundle, validateCodebook, validateModel } from './validate.ts';

/** What a data folder's file holds, by its place in the folder. */
export type FileRole = 'codebook' | 'sources' | 'concepts' | 'model' | 'tour' | 'review';

export interface CorpusFile extends InputFile {
  /** Given for a data folder's files; a user's files say what they are by their content. */
  role?: FileRole;
}

export interface CheckContext {
  /** Fills in what the files leave out; none for a data folder, which must be complete. */
  base?: Bundle;
  /** The source article's text: every quote from it is checked word for word. */
  article?: ArticleText;
}

interface Part {
  file: string;
  value: unknown;
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

const failed = (problems: FileProblem[], unreadable = false): UserCorpusResult =>
  unreadable ? { ok: false, problems, unreadable: true } : { ok: false, problems };

const combined = (problem: string, expected: string): UserCorpusResult =>
  failed([{ file: COMBINED, where: WHOLE_FILE, problem, expected }]);

/** Where a part of the combined corpus came from, to locate its problems in that file. */
interface Origin {
  file: string;
  /** How many leading path parts the file does not have (`sources` in a sources.json). */
  drop: number;
}

export function checkCorpusFiles(
  files: readonly CorpusFile[],
  context: CheckContext,
  onProgress: (p: Progress) => void = () => undefined,
): UserCorpusResult {
  const { base, article } = context;
  if (files.length === 0)
    return combined('no file was given', 'a corpus bundle or one or more model files (.json)');

  // 1. Size, nesting and JSON, before anything else; then sort what each file holds.
  const problems: FileProblem[] = [];
  let unreadable = false;
  const bundles: { file: string; value: Record<string, unknown> }[] = [];
  const roleParts: Partial<Record<'codebook' | 'sources' | 'concepts', Part>> = {};
  const tourFiles: Part[] = [];
  const reviewFiles: Part[] = [];
  const models: ModelSource[] = [];
  const folderModels: ModelSource[] = [];
  const fail = (file: string, where: string, problem: string, expected: string) =>
    problems.push({ file, where, problem, expected });

  files.forEach((file, i) => {
    onProgress({ phase: 'checking', done: i, total: files.length });
    const size = fileSizeProblem(file.name, file.bytes);
    if (size) {
      unreadable = true;
      return problems.push(size);
    }
    onProgress({ phase: 'parsing', done: i, total: files.length });
    const parsed = parseJsonText(file.text);
    if (!parsed.ok) {
      if (parsed.kind !== 'duplicate-key') unreadable = true;
      const problem =
        parsed.kind === 'syntax' ? `is not valid JSON: ${parsed.problem}` : parsed.problem;
      return fail(
        file.name,
        `line ${parsed.line}, column ${parsed.column}`,
        problem,
        parsed.expected,
      );
    }
    const value = parsed.value;
    if (file.role === 'model') return folderModels.push({ file: file.name, at: [], raw: value });
    if (file.role === 'tour') return tourFiles.push({ file: file.name, value });
    if (file.role === 'review') return reviewFiles.push({ file: file.name, value });
    if (file.role) return (roleParts[file.role] = { file: file.name, value });
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
  if (problems.length) return failed(problems, unreadable);
  // A data folder lists its models in the order the article treats them.
  models.push(...inArticleOrder(folderModels, (m) => m.raw));

  // 2. How many models, and how many bundles, before validating any.
  const count = checkModelCount(models.length);
  if (count) return combined(count.message, count.expected);
  if (bundles.length > 1)
    return combined(
      `${bundles.length} corpus bundles were given at once (${bundles.map((b) => b.file).join(', ')})`,
      'one corpus bundle, with or without extra model files',
    );

  // 3. The codebook: the bundle's own, the folder's codebook.json, or the base corpus's.
  const part = bundles[0];
  const own = (key: 'codebook' | 'sources' | 'concepts' | 'tours' | 'reviews'): Part | undefined =>
    part && has(part.value, key)
      ? { file: part.file, value: part.value[key] }
      : key === 'tours' || key === 'reviews'
        ? undefined
        : roleParts[key];
  let codebook: Codebook | undefined = base?.codebook;
  const ownCodebook = own('codebook');
  if (ownCodebook) {
    const checked = validateCodebook(ownCodebook.value);
    const at = ownCodebook.file === part?.file ? ['codebook'] : [];
    if (!checked.ok)
      return failed(checked.issues.map((issue) => located(ownCodebook.file, at, issue)));
    codebook = checked.value;
  }
  if (!codebook)
    return combined('has no codebook', 'a codebook.json, or a bundle with its own "codebook"');

  // 4. Each model on its own, so each problem points into its file.
  const valid: Model[] = [];
  models.forEach((source, i) => {
    onProgress({ phase: 'validating', done: i, total: models.length });
    const checked = validateModel(source.raw, codebook);
    if (checked.ok) valid.push(checked.value);
    else problems.push(...checked.issues.map((issue) => located(source.file, source.at, issue)));
  });
  onProgress({ phase: 'validating', done: models.length, total: models.length });
  if (problems.length) return failed(problems);

  // 5. The whole: unique ids across files, and tours, sources and concepts that fit; locators
  // inside their source and, with the article's text, quotes verbatim.
  const ids = new Set(valid.map((m) => m.id));
  const origins: Record<string, Origin> = {};
  const take = (key: 'sources' | 'concepts', fallback: unknown): unknown => {
    const found = own(key);
    if (!found) return fallback;
    origins[key] = { file: found.file, drop: found.file === part?.file ? 0 : 1 };
    return found.value;
  };
  const bundledTours = own('tours');
  if (bundledTours) origins.tours = { file: bundledTours.file, drop: 0 };
  const bundledReviews = own('reviews');
  if (bundledReviews) origins.reviews = { file: bundledReviews.file, drop: 0 };
  const whole = validateBundle(
    {
      codebook,
      sources: take('sources', base?.sources ?? []),
      concepts: take('concepts', base?.concepts ?? { items: [] }),
      models: valid,
      tours: bundledTours
        ? bundledTours.value
        : tourFiles.length
          ? tourFiles.map((t) => t.value)
          : toursForModels(base?.tours ?? [], ids),
      // A review answers findings about one corpus: it comes with that corpus, never from the base.
      reviews: bundledReviews ? bundledReviews.value : reviewFiles.map((r) => r.value),
    },
    article,
  );
  if (whole.ok) return { ok: true, bundle: whole.value, name: corpusName(files) };

  // Parts came from several files; name the one each problem is in.
  const locate = (issue: CorpusIssue): FileProblem => {
    const [head, index] = issue.path;
    const inner = { ...issue, path: issue.path.slice(2) };
    const model = head === 'models' && typeof index === 'number' ? models[index] : undefined;
    if (model) return located(model.file, model.at, inner);
    const tour =
      head === 'tours' && !bundledTours && typeof index === 'number' ? tourFiles[index] : undefined;
    if (tour) return located(tour.file, [], inner);
    const review =
      head === 'reviews' && !bundledReviews && typeof index === 'number'
        ? reviewFiles[index]
        : undefined;
    if (review) return located(review.file, [], inner);
    const origin = typeof head === 'string' ? origins[head] : undefined;
    if (origin) return located(origin.file, [], { ...issue, path: issue.path.slice(origin.drop) });
    return located(part?.file ?? COMBINED, [], issue);
  };
  return failed(whole.issues.map(locate));
}
