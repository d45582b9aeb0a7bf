/**
 * Limits on a corpus a user brings in, checked before any heavy work (reading, parsing,
 * validating), each refusal saying which limit was passed and by how much.
 */

export const LIMITS = {
  /** Bytes of one file. */
  maxBytes: 5 * 1024 * 1024,
  /** Models in everything loaded at once. */
  maxModels: 200,
  /** Nesting of arrays and objects; the bundled corpus needs 7. */
  maxDepth: 32,
} as const;

export interface LimitProblem {
  limit: 'size' | 'models' | 'depth';
  message: string;
  /** What the limit allows, as a problem's "expected". */
  expected: string;
}

const MB = 1024 * 1024;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

export function checkFileSize(bytes: number, max: number = LIMITS.maxBytes): LimitProblem | null {
  if (bytes <= max) return null;
  return {
    limit: 'size',
    message: `the file is ${mb(bytes)}, ${mb(bytes - max)} over the limit of ${mb(max)} per file`,
    expected: `a file of at most ${max / MB} MB`,
  };
}

export function checkModelCount(
  count: number,
  max: number = LIMITS.maxModels,
): LimitProblem | null {
  if (count <= max) return null;
  return {
    limit: 'models',
    message: `there are ${count} models, ${count - max} more than the limit of ${max}`,
    expected: `at most ${max} models`,
  };
}

/** Where nesting first passes `max` (the index of that bracket), and the deepest it goes. */
export interface NestingScan {
  deepest: number;
  /** Index of the first bracket that goes past `max`; -1 when none does. */
  firstPast: number;
}

/**
 * The nesting of arrays and objects in JSON text, read in one pass without parsing (brackets
 * inside strings do not count), so a hostile file never reaches a recursive parser.
 */
export function scanNesting(text: string, max: number = LIMITS.maxDepth): NestingScan {
  let depth = 0;
  let deepest = 0;
  let firstPast = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > max && firstPast < 0) firstPast = i;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return { deepest, firstPast };
}

/** The deepest nesting of arrays and objects in JSON text. */
export const nestingDepth = (text: string): number => scanNesting(text).deepest;

export function depthProblem(depth: number, max: number = LIMITS.maxDepth): LimitProblem | null {
  if (depth <= max) return null;
  return {
    limit: 'depth',
    message: `arrays and objects are nested ${depth} levels deep, ${depth - max} more than the limit of ${max}`,
    expected: `at most ${max} levels of nesting`,
  };
}

export const checkDepth = (text: string, max: number = LIMITS.maxDepth): LimitProblem | null =>
  depthProblem(nestingDepth(text), max);

/**
 * A file that was read only up to the limit (a device or a pipe has no size to ask first,
 * and /dev/zero never ends): refused without reading it to its end.
 */
export function readPastLimit(max: number = LIMITS.maxBytes): LimitProblem {
  return {
    limit: 'size',
    message: `the file goes on past the limit of ${mb(max)} per file, so it was not read to its end`,
    expected: `a file of at most ${max / MB} MB`,
  };
}
