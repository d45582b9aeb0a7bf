/**
 * Tour files: a tour written as the corpus keeps its tours (`data/tours/<id>.json`), and read back
 * with the same guards as every file a person gives us (size, guarded JSON, the tour schema).
 * Whether its models are in the loaded corpus is asked afterwards (own-tours.ts `checkOwnTour`):
 * such a tour is kept and its problem shown, never dropped.
 */
import { parseJsonText } from '../corpus/json-text';
import { firstOf, fromZodIssues } from '../corpus/issues';
import type { CorpusIssue } from '../corpus/issues';
import type { Tour } from '../corpus/schema';
import { TOUR_FILE_MAX_BYTES, tourDraftSchema, tourFileSchema } from '../corpus/tour-files';

/** Problems a file's reader is shown at most; the rest are counted. */
export const SHOWN_FILE_PROBLEMS = 8;

/** Why a tour file (or a tour link) could not be read. */
export type TourFileProblem =
  | { kind: 'tooLarge'; size: number; max: number }
  | { kind: 'unreadable' }
  | { kind: 'notJson'; line: number; column: number; problem: string }
  | { kind: 'notTour'; issues: CorpusIssue[]; more: number }
  | { kind: 'badLink' };

export type TourFileResult = { ok: true; tour: Tour } | { ok: false; problem: TourFileProblem };

/** Reads a tour file's text; never throws. */
export function readTourFileText(text: string): TourFileResult {
  if (text.length > TOUR_FILE_MAX_BYTES)
    return {
      ok: false,
      problem: { kind: 'tooLarge', size: text.length, max: TOUR_FILE_MAX_BYTES },
    };
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const { line, column, problem } = parsed;
    return { ok: false, problem: { kind: 'notJson', line, column, problem } };
  }
  const result = tourFileSchema.safeParse(parsed.value, { reportInput: true });
  // A tour is kept as a draft under an id of our own: it must also fit what a draft may hold.
  const fits = result.success
    ? tourDraftSchema.safeParse({ ...result.data, id: 'own-file-1' }, { reportInput: true })
    : null;
  const issues = !result.success
    ? result.error.issues
    : fits?.success === false
      ? fits.error.issues
      : [];
  if (!result.success || issues.length > 0) {
    const { shown, more } = firstOf(fromZodIssues(issues), SHOWN_FILE_PROBLEMS);
    return { ok: false, problem: { kind: 'notTour', issues: shown, more } };
  }
  return { ok: true, tour: result.data };
}

/** The text of a tour file: the tour, indented, as the corpus's own tour files are. */
export function tourFileText(tour: Tour): string {
  return `${JSON.stringify(tour, null, 2)}\n`;
}

/** `<id>.json`, the name a tour file has in a corpus's `data/tours/`. */
export function tourFileName(tour: Pick<Tour, 'id'>): string {
  return `${tour.id}.json`;
}
