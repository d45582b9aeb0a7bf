/**
 * The one guarded parse of JSON text a person gave us (a corpus file, an editor field, a profile
 * file): nesting depth is checked before any parser runs (a hostile file never reaches recursion),
 * a leading byte-order mark is accepted as every browser's file reader accepts it, and a fault is
 * located by line and column. Duplicate field names, which JSON.parse silently resolves to the
 * last one, are reported as a fault too.
 */
import { depthProblem, LIMITS, scanNesting } from './limits.ts';

export type JsonFaultKind = 'syntax' | 'duplicate-key' | 'too-deep';

export type JsonParseResult =
  | { ok: true; value: unknown }
  | {
      ok: false;
      kind: JsonFaultKind;
      line: number;
      column: number;
      problem: string;
      expected: string;
    };

class JsonFault extends Error {
  constructor(
    readonly at: number,
    readonly problem: string,
  ) {
    super(problem);
  }
}

interface Scan {
  fault?: { at: number; problem: string };
  duplicate?: { at: number; key: string };
}

/**
 * Reads JSON text with an explicit stack instead of recursion: finds the first syntax fault
 * (JSON.parse's own messages differ between engines and often carry no position) and the first
 * field name repeated within one object.
 */
function scan(text: string): Scan {
  let i = 0;
  // One entry per open container: the field names seen so far in an object, null for an array.
  const open: (Set<string> | null)[] = [];
  let duplicate: Scan['duplicate'];
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  const fail = (problem: string): never => {
    throw new JsonFault(i, problem);
  };
  const describe = () =>
    i >= text.length ? 'end of text (is the file cut short?)' : `character "${text[i]}"`;
  const expectWord = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`unexpected ${describe()}`);
  };
  const str = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') i += 2;
      else if (c !== undefined && c < ' ') fail('control character inside a string');
      else i++;
    }
    fail('end of text inside a string (is the file cut short?)');
  };
  const number = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
  const num = () => {
    number.lastIndex = i;
    const m = number.exec(text);
    if (!m) fail(`unexpected ${describe()}`);
    else i += m[0].length;
  };
  const key = (names: Set<string>) => {
    if (text[i] !== '"') fail(`expected a quoted field name, found ${describe()}`);
    const start = i;
    str();
    let name: string;
    try {
      name = JSON.parse(text.slice(start, i)) as string;
    } catch {
      i = start;
      return fail('a field name with a broken escape sequence');
    }
    if (names.has(name) && !duplicate) duplicate = { at: start, key: name };
    names.add(name);
    ws();
    if (text[i] !== ':') fail(`expected ":" after a field name, found ${describe()}`);
    i++;
  };

  try {
    let state: 'value' | 'key' | 'after' = 'value';
    for (;;) {
      ws();
      const top = open[open.length - 1];
      if (state === 'key') {
        key(top as Set<string>);
        state = 'value';
      } else if (state === 'value') {
        const c = text[i];
        if (c === '{' || c === '[') {
          i++;
          ws();
          const close = c === '{' ? '}' : ']';
          if (text[i] === close) {
            i++;
            state = 'after';
          } else {
            open.push(c === '{' ? new Set() : null);
            state = c === '{' ? 'key' : 'value';
          }
          continue;
        }
        if (c === '"') str();
        else if (c === 't') expectWord('true');
        else if (c === 'f') expectWord('false');
        else if (c === 'n') expectWord('null');
        else num();
        state = 'after';
      } else if (top === undefined) {
        if (i < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
        return duplicate ? { duplicate } : {};
      } else if (text[i] === ',') {
        i++;
        state = top === null ? 'value' : 'key';
      } else {
        const close = top === null ? ']' : '}';
        if (text[i] !== close) fail(`expected "," or "${close}", found ${describe()}`);
        i++;
        open.pop();
      }
    }
  } catch (e) {
    if (e instanceof JsonFault) return { fault: { at: e.at, problem: e.problem } };
    throw e;
  }
}

export function lineAndColumn(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);
const BYTE_ORDER_MARK = '\uFEFF';
const SYNTAX_EXPECTED = 'JSON text, as a text editor saves it';

/** Parses JSON text a person gave; never throws, never recurses into the text. */
export function parseJsonText(input: string, maxDepth: number = LIMITS.maxDepth): JsonParseResult {
  const text = input.startsWith(BYTE_ORDER_MARK) ? input.slice(1) : input;
  const fault = (kind: JsonFaultKind, at: number, problem: string, expected: string) =>
    ({ ok: false, kind, ...lineAndColumn(text, at), problem, expected }) as const;

  const nesting = scanNesting(text, maxDepth);
  const tooDeep = depthProblem(nesting.deepest, maxDepth);
  if (tooDeep) return fault('too-deep', nesting.firstPast, tooDeep.message, tooDeep.expected);

  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    const found = scan(text).fault ?? { at: text.length, problem: 'not valid JSON' };
    return fault('syntax', found.at, found.problem, SYNTAX_EXPECTED);
  }
  const { duplicate } = scan(text);
  if (duplicate)
    return fault(
      'duplicate-key',
      duplicate.at,
      `repeats the field name "${shorten(duplicate.key)}" in one object`,
      'each field name once per object (the earlier value would be lost)',
    );
  return { ok: true, value };
}
