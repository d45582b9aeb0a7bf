import { describe, expect, it } from 'vitest';
import { lineAndColumn, parseJsonText } from '../../src/corpus/json-text';

const SYNTAX_EXPECTED = 'JSON text, as a text editor saves it';

describe('parseJsonText', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJsonText('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it.each([
    ['{"a": 1,\n "b": }', 2, 7, 'unexpected character "}"'],
    ['{"a": 1\n "b": 2}', 2, 2, 'expected "," or "}", found character """'],
    ['[1, 2', 1, 6, 'expected "," or "]", found end of text (is the file cut short?)'],
    ['{"a": "open', 1, 12, 'end of text inside a string (is the file cut short?)'],
    ['{a: 1}', 1, 2, 'expected a quoted field name, found character "a"'],
    ['{"a": tru}', 1, 7, 'unexpected character "t"'],
    ['{} {}', 1, 4, 'unexpected character "{" after the end of the JSON value'],
    ['[[1], [2 3]]', 1, 10, 'expected "," or "]", found character "3"'],
  ])('locates the fault in %j', (text, line, column, problem) => {
    expect(parseJsonText(text)).toEqual({
      ok: false,
      kind: 'syntax',
      line,
      column,
      problem,
      expected: SYNTAX_EXPECTED,
    });
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('reports a field name repeated in one object, with its line, column and name', () => {
    expect(parseJsonText('{\n  "id": "a",\n  "name": "x",\n  "id": "b"\n}')).toEqual({
      ok: false,
      kind: 'duplicate-key',
      line: 4,
      column: 3,
      problem: 'repeats the field name "id" in one object',
      expected: 'each field name once per object (the earlier value would be lost)',
    });
    // Escapes name the same field: "\u0069d" is "id".
    expect(parseJsonText('{"id": 1, "\\u0069d": 2}')).toMatchObject({
      kind: 'duplicate-key',
      column: 11,
    });
    // The same name in two different objects, or as a value, is no repetition.
    expect(parseJsonText('[{"id": 1}, {"id": 2, "x": {"id": "id"}}]').ok).toBe(true);
  });

  it('refuses nesting past the limit before any parser runs, where it passes the limit', () => {
    for (const text of [
      '['.repeat(10_000),
      '{"a":'.repeat(10_000),
      `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    ]) {
      const result = parseJsonText(text);
      expect(result).toMatchObject({
        ok: false,
        kind: 'too-deep',
        line: 1,
        expected: 'at most 32 levels of nesting',
      });
      expect(!result.ok && result.problem).toMatch(
        /^arrays and objects are nested 10000 levels deep/,
      );
    }
    expect(parseJsonText(`${'['.repeat(32)}${']'.repeat(32)}`).ok).toBe(true);
    expect(parseJsonText(`${'['.repeat(33)}${']'.repeat(33)}`)).toMatchObject({ column: 33 });
  });

  it('accepts a leading byte-order mark, as a browser file reader does', () => {
    expect(parseJsonText('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonText('\uFEFF{"a": }')).toMatchObject({ line: 1, column: 7 });
  });

  it('never throws on a long number or a broken escape in a field name', () => {
    expect(parseJsonText(`{"a": ${'1'.repeat(1000)}, "a": 2}`)).toMatchObject({
      kind: 'duplicate-key',
    });
    expect(parseJsonText('{"a\\x": 1}')).toMatchObject({ ok: false, kind: 'syntax' });
  });
});
