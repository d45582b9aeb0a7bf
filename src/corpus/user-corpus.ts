/**
 * The words of checking files into a corpus: the files, the problems (each naming its file, where
 * in it, what is wrong and what was expected), progress, and the helpers the check uses to fill in
 * what a user's files leave out. The check itself, one for every caller, is corpus-files.ts.
 */
import { formatPath } from './issues.ts';
import type { CorpusIssue, JsonPath } from './issues.ts';
import { checkFileSize } from './limits.ts';
import type { Bundle, Tour } from './schema.ts';

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
  | { ok: true; bundle: Bundle; name: string }
  | {
      ok: false;
      problems: FileProblem[];
      /** Set when some file could not be read as JSON at all (too large, too deep, not JSON). */
      unreadable?: true;
    };

/** The problems of the combined corpus that belong to no single file. */
export const COMBINED = '(all files together)';
export const WHOLE_FILE = '(whole file)';

export const located = (file: string, at: JsonPath, issue: CorpusIssue): FileProblem => ({
  file,
  where: formatPath([...at, ...issue.path]),
  problem: issue.problem,
  expected: issue.expected,
});

/** The line a person reads: `file: where: what is wrong (expected what)`. */
export const formatFileProblem = (p: FileProblem, file: string = p.file): string =>
  `${file}: ${p.where}: ${p.problem} (expected ${p.expected})`;

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
