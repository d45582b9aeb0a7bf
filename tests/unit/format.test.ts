import { describe, expect, it } from 'vitest';
import { afterColon, formatDate, formatList, formatNumber, uzbek } from '../../src/i18n/format';

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
