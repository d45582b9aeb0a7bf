/**
 * Parse JSON text and, when it is not JSON, say where: line and column of the first fault.
 * JSON.parse's own messages differ between engines and often carry no position, so a small
 * scanner re-reads failed text only to locate the fault.
 */
export type JsonParseResult =
  { ok: true; value: unknown } | { ok: false; line: number; column: number; problem: string };

class JsonFault extends Error {
  constructor(
    readonly at: number,
    readonly problem: string,
  ) {
    super(problem);
  }
}

function locate(text: string): { at: number; problem: string } {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  const fail = (problem: string): never => {
    throw new JsonFault(i, problem);
  };
  const expectWord = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`unexpected ${describe()}`);
  };
  const describe = () =>
    i >= text.length ? 'end of text (is the file cut short?)' : `character "${text[i]}"`;
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
  const num = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail(`unexpected ${describe()}`);
    else i += m[0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a quoted field name, found ${describe()}`);
        str();
        ws();
        if (text[i] !== ':') fail(`expected ":" after a field name, found ${describe()}`);
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(`expected "," or "}", found ${describe()}`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(`expected "," or "]", found ${describe()}`);
      }
    }
    if (c === '"') return str();
    if (c === 't') return expectWord('true');
    if (c === 'f') return expectWord('false');
    if (c === 'n') return expectWord('null');
    return num();
  };
  try {
    value();
    ws();
    if (i < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
    return { at: text.length, problem: 'not valid JSON' };
  } catch (e) {
    if (e instanceof JsonFault) return { at: e.at, problem: e.problem };
    throw e;
  }
}

export function lineAndColumn(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

export function parseJsonText(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const { at, problem } = locate(text);
    return { ok: false, ...lineAndColumn(text, at), problem };
  }
}
