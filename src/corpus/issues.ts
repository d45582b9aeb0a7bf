/**
 * One problem found in a corpus, located by its JSON path and phrased for the person who must fix it:
 * what is wrong, and what was expected instead.
 */
import type { core } from 'zod';

export type JsonPath = readonly (string | number)[];

export interface CorpusIssue {
  path: JsonPath;
  problem: string;
  expected: string;
}

/** `codes.stateRole.value`, `evidence[3].quote`; the root is `(root)`. */
export function formatPath(path: JsonPath): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

/** The line a person reads: `path: what is wrong (what was expected)`. */
export function formatIssue(issue: CorpusIssue): string {
  return `${formatPath(issue.path)}: ${issue.problem} (expected ${issue.expected})`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the text "${shown}"`;
  }
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

const article = (type: string): string => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

function sizeWord(origin: string | undefined): string {
  if (origin === 'array' || origin === 'set') return 'items';
  if (origin === 'string') return 'characters';
  return '';
}

/** How many problems a list shows before "and N more": a broken file can hold thousands. */
export const SHOWN_PROBLEMS = 50;

/** The first `max` items of a long list, and how many were left out. */
export function firstOf<T>(
  items: readonly T[],
  max: number = SHOWN_PROBLEMS,
): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/** Turns zod's issues (parsed with `reportInput: true`) into located, plain-word issues. */
export function fromZodIssues(
  issues: readonly core.$ZodIssue[],
  prefix: JsonPath = [],
): CorpusIssue[] {
  return issues.flatMap((raw): CorpusIssue[] => {
    const path = [...prefix, ...raw.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const input = (raw as { input?: unknown }).input;
    switch (raw.code) {
      case 'invalid_type':
        if (input === undefined) {
          return [{ path, problem: 'is missing', expected: article(raw.expected) }];
        }
        return [
          {
            path,
            problem: `has the wrong type: ${describeValue(input)}`,
            expected: article(raw.expected),
          },
        ];
      case 'too_big': {
        const unit = sizeWord(raw.origin);
        const limit = `${raw.inclusive ? 'at most' : 'less than'} ${String(raw.maximum)}${unit ? ` ${unit}` : ''}`;
        const problem = unit ? 'is too long' : `value ${String(input)} is off the scale`;
        return [{ path, problem, expected: limit }];
      }
      case 'too_small': {
        const unit = sizeWord(raw.origin);
        // "at least 1 characters" reads wrong: one of a thing takes the singular.
        const min = Number(raw.minimum);
        const amount = unit
          ? min === 1
            ? `one ${unit.replace(/s$/, '')}`
            : `${min} ${unit}`
          : String(min);
        const limit = `${raw.inclusive ? 'at least' : 'more than'} ${amount}`;
        const problem = unit
          ? Number(raw.minimum) === 1
            ? 'is empty'
            : 'is too short'
          : `value ${String(input)} is off the scale`;
        return [{ path, problem, expected: limit }];
      }
      case 'invalid_value':
        return [
          {
            path,
            problem: `${describeValue(input)} is not an allowed value`,
            expected: `one of ${raw.values.map((v) => JSON.stringify(v)).join(', ')}`,
          },
        ];
      case 'invalid_format':
        return [
          { path, problem: `${describeValue(input)} has the wrong form`, expected: raw.message },
        ];
      case 'unrecognized_keys':
        return raw.keys.map((key) => ({
          path: [...path, key],
          problem: 'is not a field of this format',
          expected: 'no such field; check its spelling against the format',
        }));
      case 'custom': {
        const problem = (raw.params as { problem?: string } | undefined)?.problem;
        return [{ path, problem: problem ?? 'breaks a rule of the format', expected: raw.message }];
      }
      default:
        return [{ path, problem: 'is not valid', expected: raw.message }];
    }
  });
}
