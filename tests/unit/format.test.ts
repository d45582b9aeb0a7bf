import { describe, expect, it } from 'vitest';
import {
  afterColon,
  formatDate,
  formatList,
  formatNumber,
  plainDecimal,
  uzbek,
} from '../../src/i18n/format';

const day = new Date(2026, 10, 27);

describe('formats in the reader’s language', () => {
  it('writes Uzbek as CLDR does: 1 234,5, 27-noyabr, 2026, a, b va c', () => {
    expect(formatNumber('uz', 1234.5)).toBe('1\u00a0234,5');
    expect(formatDate('uz', day)).toBe('27-noyabr, 2026');
    expect(formatList('uz', ['Italiya', 'Fransiya', 'Yaponiya'])).toBe(
      'Italiya, Fransiya va Yaponiya',
    );
  });

  it('writes Uzbek by hand exactly as an Intl with Uzbek data does (Node has it; some Chromium builds do not)', () => {
    const digits = { minimumFractionDigits: 3, maximumFractionDigits: 3 };
    for (const n of [0, 0.5, 12, 1234.5, 1234567.891])
      expect(uzbek.number(n)).toBe(new Intl.NumberFormat('uz').format(n));
    expect(uzbek.number(0.1234, digits)).toBe(new Intl.NumberFormat('uz', digits).format(0.1234));
    for (let month = 0; month < 12; month++) {
      const d = new Date(2026, month, 3);
      expect(uzbek.date(d)).toBe(new Intl.DateTimeFormat('uz', { dateStyle: 'long' }).format(d));
    }
    for (const items of [['a'], ['a', 'b'], ['a', 'b', 'c', 'd']])
      expect(uzbek.list(items)).toBe(new Intl.ListFormat('uz').format(items));
  });

  it('writes Russian and English through Intl', () => {
    expect(formatNumber('ru', 1234.5)).toBe('1\u00a0234,5');
    expect(formatDate('ru', day)).toBe('27 ноября 2026 г.');
    expect(formatList('ru', ['а', 'б', 'в'])).toBe('а, б и в');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    expect(formatList('en', ['a', 'b', 'c'])).toBe('a, b, and c');
  });
});

describe('small numbers written without Intl', () => {
  const LANGS = ['en', 'ru', 'uz'] as const;
  const OPTIONS: (Intl.NumberFormatOptions | undefined)[] = [
    undefined,
    { minimumFractionDigits: 1 },
    { maximumFractionDigits: 0 },
    { maximumFractionDigits: 2 },
    { minimumFractionDigits: 1, maximumFractionDigits: 1 },
    { minimumFractionDigits: 3, maximumFractionDigits: 3 },
    { minimumFractionDigits: 0, maximumFractionDigits: 5 },
  ];
  // Ties, values a hair either side of them, and the edge of a thousand.
  const VALUES = [
    0,
    0.05,
    0.15,
    0.25,
    0.35,
    1.005,
    1.0049999,
    1.8,
    2,
    2.5,
    3.45,
    9.95,
    12.3456,
    99.99951,
    123.4,
    0.1 + 0.2,
    1 / 3,
    2 / 3,
    999.4,
    999.9996,
    999.99,
  ];

  it('writes what Intl writes, in every language, for every digit setting and value', () => {
    let compared = 0;
    for (const lang of LANGS)
      for (const options of OPTIONS)
        for (const n of VALUES) {
          const plain = plainDecimal(lang, n, options);
          if (plain === null) continue;
          compared += 1;
          expect(plain, `${lang} ${n} ${JSON.stringify(options)}`).toBe(
            new Intl.NumberFormat(lang, options).format(n),
          );
        }
    // All but the few it leaves to Intl (999.9996 at three digits or fewer, 1e-6's exponent forms).
    expect(compared).toBeGreaterThan(LANGS.length * OPTIONS.length * VALUES.length * 0.85);
  });

  it('takes numbers from 0 up to a thousand, and leaves the rest to Intl', () => {
    expect(plainDecimal('en', 1.8, { minimumFractionDigits: 1 })).toBe('1.8');
    expect(plainDecimal('ru', 1.8, { minimumFractionDigits: 1 })).toBe('1,8');
    expect(plainDecimal('uz', 2, { minimumFractionDigits: 1 })).toBe('2,0');
    expect(plainDecimal('en', 999.9996)).toBeNull();
    expect(plainDecimal('en', 1000)).toBeNull();
    expect(plainDecimal('en', -1.5)).toBeNull();
    expect(plainDecimal('en', -0)).toBeNull();
    expect(plainDecimal('en', NaN)).toBeNull();
    expect(plainDecimal('en', 1e-7)).toBeNull();
    expect(plainDecimal('en', 0.5, { style: 'percent' })).toBeNull();
    expect(formatNumber('en', 0.5, { style: 'percent' })).toBe('50%');
    expect(formatNumber('ru', 1234.5)).toBe('1\u00a0234,5');
  });
});

describe('a phrase after a colon', () => {
  it('keeps English capitals, and writes on in lower case in Russian and Uzbek', () => {
    expect(afterColon('en', 'State role')).toBe('State role');
    expect(afterColon('ru', 'Роль государства')).toBe('роль государства');
    expect(afterColon('uz', 'Davlatning roli')).toBe('davlatning roli');
  });

  it('leaves an abbreviation alone', () => {
    expect(afterColon('ru', 'ИТ и биотехнологии')).toBe('ИТ и биотехнологии');
    expect(afterColon('uz', 'AQSH')).toBe('AQSH');
    expect(afterColon('ru', 'Я')).toBe('Я');
  });
});
