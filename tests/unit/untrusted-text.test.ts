import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHOWN_TEXT_MAX, shownText } from '../../src/lib/untrusted-text';

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('shownText (outside text shown back to the user)', () => {
  it('keeps short text as it is', () => {
    expect(shownText('atlantis')).toBe('atlantis');
    expect(shownText('Атлантида')).toBe('Атлантида');
    expect(shownText('x'.repeat(SHOWN_TEXT_MAX))).toBe('x'.repeat(SHOWN_TEXT_MAX));
  });

  it('caps long text at the limit, ending with an ellipsis', () => {
    expect(shownText('x'.repeat(10_363))).toBe(`${'x'.repeat(79)}…`);
    expect(shownText('abcdef', 4)).toBe('abc…');
  });

  it('never cuts a character in half', () => {
    const text = '😀'.repeat(100);
    const shown = shownText(text);
    expect(Array.from(shown)).toHaveLength(80);
    expect(shown).toBe(`${'😀'.repeat(79)}…`);
  });

  it('strips bidi controls and turns other controls into a space', () => {
    expect(shownText('report\u202Enosj.exe')).toBe('reportnosj.exe');
    expect(shownText('\u2067a\u2069\u200Fb\u061C')).toBe('ab');
    expect(shownText('one\r\ntwo\u0007')).toBe('one two ');
  });

  it('yields no bidi control and no more than the limit for any text (1000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.nat(200), (text, max) => {
        const shown = shownText(text, max + 1);
        expect(shown).not.toMatch(BIDI);
        expect(Array.from(shown).length).toBeLessThanOrEqual(max + 1);
      }),
      { numRuns: 1000 },
    );
  });
});
