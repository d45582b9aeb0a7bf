/**
 * Numbers, dates and lists in the reader's language through Intl, with the app's own Uzbek
 * rules where the browser's Intl has no Uzbek data: Debian's Chromium, for one, formats `uz` as
 * English ("1,234.5", "a, b, and c") and its dates as "2026 M11 27". The fallbacks follow CLDR's
 * Uzbek (Latin): "1 234,5", "a, b va c", "27-noyabr, 2026".
 */
import type { Lang } from '../corpus/vocabulary';

const UZ_MONTHS = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avgust',
  'sentabr',
  'oktabr',
  'noyabr',
  'dekabr',
];

/** Whether this Intl knows `lang` beyond English (its number format differs from English's). */
function intlKnows(lang: Lang): boolean {
  if (lang === 'en') return true;
  const probe = 1234.5;
  return new Intl.NumberFormat(lang).format(probe) !== new Intl.NumberFormat('en').format(probe);
}

const known = new Map<Lang, boolean>();
const knows = (lang: Lang): boolean => {
  let k = known.get(lang);
  if (k === undefined) known.set(lang, (k = intlKnows(lang)));
  return k;
};

/**
 * One NumberFormat per language and options: building one costs far more than formatting with it,
 * and a 200-model chart formats thousands of figures (a third of policy fit's first render).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = options ? `${lang} ${JSON.stringify(options)}` : lang;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(lang, options)));
  return format;
}

/** CLDR's Uzbek (Latin) by hand, for an Intl without Uzbek data. */
export const uzbek = {
  /** A no-break space groups thousands, a comma marks the decimals. */
  number: (n: number, options?: Intl.NumberFormatOptions): string =>
    numberFormat('en', options)
      .formatToParts(n)
      .map((p) => (p.type === 'group' ? '\u00a0' : p.type === 'decimal' ? ',' : p.value))
      .join(''),
  date: (date: Date): string =>
    `${date.getDate()}-${UZ_MONTHS[date.getMonth()]}, ${date.getFullYear()}`,
  list: (items: readonly string[]): string =>
    items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} va ${items.at(-1)}`,
};

const byHand = (lang: Lang) => lang === 'uz' && !knows(lang);

/** CLDR's decimal separator in each language. */
const DECIMAL_SEPARATOR: Record<Lang, string> = { en: '.', ru: ',', uz: ',' };

/**
 * A number from 0 to 999.999… whose options set at most its fraction digits, written without
 * Intl: it has no thousands to group, so it is its digits and the language's decimal separator.
 * Why: the first NumberFormat a page builds costs about 50 ms at 4× throttle (ICU loads its
 * number data; later ones cost under a millisecond), and policy fit's first render needed it for
 * a single weight. Rounded as NumberFormat rounds: the number's shortest decimal form (1.005, not
 * the 1.00499… a double holds, which toFixed rounds) to the nearer digit, a tie away from zero;
 * then trailing zeros dropped down to the minimum. Null for anything else.
 */
export function plainDecimal(
  lang: Lang,
  n: number,
  options?: Intl.NumberFormatOptions,
): string | null {
  const { minimumFractionDigits, maximumFractionDigits, ...other } = options ?? {};
  if (Object.keys(other).length > 0) return null;
  const min = minimumFractionDigits ?? 0;
  const max = maximumFractionDigits ?? Math.max(min, 3);
  if (!(min >= 0 && max >= min && max <= 20)) return null;
  // Leaves out negatives, NaN and the exponent forms String() writes below 1e-6; and -0, which
  // String() writes as 0 but NumberFormat as -0.
  const shortest = String(n);
  if (Object.is(n, -0) || !/^\d{1,3}(\.\d+)?$/.test(shortest)) return null;
  const [whole = '', fraction = ''] = shortest.split('.');
  let digits = whole + fraction.slice(0, max).padEnd(max, '0');
  if ((fraction[max] ?? '0') >= '5') digits = addOneToLastDigit(digits);
  const wholeLength = digits.length - max;
  // 999.9996 to three digits is a thousand, which groups.
  if (wholeLength > 3) return null;
  let kept = digits.slice(wholeLength);
  while (kept.length > min && kept.endsWith('0')) kept = kept.slice(0, -1);
  const wholePart = digits.slice(0, wholeLength);
  return kept ? `${wholePart}${DECIMAL_SEPARATOR[lang]}${kept}` : wholePart;
}

/** "0999" → "1000": a string of digits, one added to its last, carried as far as it goes. */
function addOneToLastDigit(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i -= 1;
  const carried = '0'.repeat(digits.length - 1 - i);
  return i < 0 ? `1${carried}` : `${digits.slice(0, i)}${Number(digits[i]) + 1}${carried}`;
}

export function formatNumber(lang: Lang, n: number, options?: Intl.NumberFormatOptions): string {
  const plain = plainDecimal(lang, n, options);
  if (plain !== null) return plain;
  return byHand(lang) ? uzbek.number(n, options) : numberFormat(lang, options).format(n);
}

/**
 * One date and one list formatter per language, for the reason given at numberFormat: at 4×
 * throttle a new DateTimeFormat costs 12–16 ms and a ListFormat 5–11, and policy fit's first
 * render built several of each.
 */
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const listFormats = new Map<Lang, Intl.ListFormat>();

/** A date as the language writes it in running text: "27 November 2026", "27-noyabr, 2026". */
export function formatDate(lang: Lang, date: Date): string {
  if (byHand(lang)) return uzbek.date(date);
  let format = dateFormats.get(lang);
  if (!format)
    dateFormats.set(lang, (format = new Intl.DateTimeFormat(lang, { dateStyle: 'long' })));
  return format.format(date);
}

/** "a, b and c" in the language: "a, b и c", "a, b va c". */
export function formatList(lang: Lang, items: readonly string[]): string {
  if (byHand(lang)) return uzbek.list(items);
  let format = listFormats.get(lang);
  if (!format) listFormats.set(lang, (format = new Intl.ListFormat(lang)));
  return format.format(items);
}

/**
 * A phrase as it reads after a colon or a dash: English keeps its capital ("Japan: State role");
 * Russian and Uzbek write on in lower case ("Япония: роль государства"), except an abbreviation
 * (its second letter is a capital too: «ИТ», "AQSH").
 */
export function afterColon(lang: Lang, text: string): string {
  if (lang === 'en' || text.length < 2) return text;
  const [first = '', second = ''] = [...text];
  return second === second.toLocaleUpperCase(lang) && second !== second.toLocaleLowerCase(lang)
    ? text
    : first.toLocaleLowerCase(lang) + text.slice(first.length);
}
