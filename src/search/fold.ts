/**
 * Text folding for search: the one place that decides when two spellings are the same word.
 * Both the index and the query go through `searchTerm`, so a document and a query meet only if
 * they fold alike: lower case, ё as е, every Uzbek apostrophe (ʻ ʼ ' ‘ ’ `) as one, then a light
 * stemmer chosen by the word's script (Cyrillic: Russian; Latin: English, and Uzbek first when
 * the index is Uzbek, since an Uzbek index also holds the English quotes and paragraphs).
 */
import { stemEnglish } from './stem-en';
import { stemRussian } from './stem-ru';
import { stemUzbek } from './stem-uz';

/** The reader's languages; the index is built in one of them. */
export type SearchLang = 'en' | 'ru' | 'uz';

/** Every mark Uzbek writing uses for oʻ, gʻ and the tutuq belgisi, as people type them. */
const APOSTROPHES = /[ʻʼ'‘’`´]/g;

/** Lower case, ё = е, one apostrophe; keeps the text's length, so offsets still hold. */
export function foldText(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(APOSTROPHES, "'");
}

/**
 * A word: letters and digits, with apostrophes inside it (Uzbek oʻzbek, maʼlumot; English UK's).
 * Hyphens and other punctuation separate words ("high-tech" is two).
 */
export const WORD = /[\p{L}\p{N}]+(?:[ʻʼ'‘’`´][\p{L}\p{N}]+)*/gu;

/** The words of a text, in order, as written. */
export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

const CYRILLIC = /[\u0400-\u04ff]/;

/** Words too common to help a search; left out of the index and the query alike. */
const STOP_WORDS = new Set(
  [
    // English
    'a an and are as at be by for from in into is it its of on or that the their this to was were with',
    // Russian
    'а в во и из к ко на не но о об от по с со у для как что это его её ее их',
    // Uzbek
    'va bilan uchun bu ham yoki esa deb',
  ].flatMap((group) => group.split(' ')),
);

/**
 * The index term for one word in an index of language `lang`, or null for a word too common to
 * count. Digits pass as they are.
 */
export function searchTerm(word: string, lang: SearchLang): string | null {
  const folded = foldText(word.normalize('NFC'));
  if (STOP_WORDS.has(folded)) return null;
  if (/^\p{N}+$/u.test(folded)) return folded;
  if (CYRILLIC.test(folded)) return stemRussian(folded);
  return stemEnglish(lang === 'uz' ? stemUzbek(folded) : folded);
}
