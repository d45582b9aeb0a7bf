import { describe, expect, it } from 'vitest';
import { lineAndColumn, parseJsonText } from '../../src/corpus/json-text';

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
  ])('locates the fault in %j', (text, line, column, problem) => {
    expect(parseJsonText(text)).toEqual({ ok: false, line, column, problem });
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
