/**
 * The words the language checks (language-checks.ts) judge by: what counts as English on an
 * Uzbek page, and the few Latin words allowed on any page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { repoRoot } from './paths';

/**
 * File formats, standards and the language switch's ISO 639 codes: written the same in every
 * language, and spelled out letter by letter by any voice.
 */
const FORMAT_NAMES = [
  'CSV',
  'SVG',
  'PNG',
  'JSON',
  'PDF',
  'URL',
  'BibTeX',
  'DOI',
  'ISO',
  'alpha',
  'EN',
  'RU',
  'UZ',
];

/** Keys as their caps are labelled (a clicker's and a keyboard's), in the keys' help. */
const KEY_NAMES = [
  'Page',
  'Up',
  'Down',
  'Home',
  'End',
  'Esc',
  'Enter',
  'Shift',
  'Tab',
  'Ctrl',
  'B',
  'W',
  'G',
  'O',
  'P',
  'S',
  'F',
  'K',
];

/**
 * Words that are Uzbek as well as English, used on Uzbek pages on purpose (a word of the English
 * vocabulary below that is also the Uzbek word for the same thing).
 */
const UZBEK_AND_ENGLISH = [
  'model', // model: the same word in Uzbek
  'park', // ilmiy park: science park
  'federal', // federal hukumat: the US federal government
  'minus', // 1 minus masofa
  'million', // 4 million firma
  'material', // tarqatma material: handout
  'import', // JSON fayldan import
  'format',
  'gap', // Uzbek "gap": talk, mention (kam gap bor)
  'band', // Uzbek "band": an item or clause of a list (har bir band)
  'Porter', // Maykl Porter: his name in Uzbek
  'Krippendorff', // Krippendorff alfasi: the glossary's Uzbek for Krippendorff's alpha
  'Toyota', // brand names are not translated
  'investor', // Uzbek "investor" (the codebook's venture-capital definition)
  'marketing', // Uzbek "marketing" (the codebook's advisory-instrument definition)
];

/** Every word of the English interface and of the corpus's English text, lower-case. */
function englishVocabulary(): string[] {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const m of text.matchAll(/[A-Za-z]+(?:'[a-z]+)?/g)) words.add(m[0].toLowerCase());
  };
  const walk = (v: unknown): void => {
    if (typeof v === 'string') add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) if (k !== 'id' && k !== 'evidence') walk(x);
  };
  walk(JSON.parse(readFileSync(`${repoRoot}/src/i18n/locales/en.json`, 'utf8')));
  const data = `${repoRoot}/data`;
  for (const f of ['codebook.json', 'concepts.json', 'sources.json'])
    walk(JSON.parse(readFileSync(`${data}/${f}`, 'utf8')));
  for (const dir of ['models', 'tours'])
    for (const f of readdirSync(`${data}/${dir}`))
      walk(JSON.parse(readFileSync(`${data}/${dir}/${f}`, 'utf8')));
  for (const shared of UZBEK_AND_ENGLISH) words.delete(shared.toLowerCase());
  return [...words];
}

/** Allowed as they are on any page, case-sensitively. */
export const ALLOWED_WORDS: readonly string[] = [...FORMAT_NAMES, ...KEY_NAMES];

/** Every word of the English interface and corpus, lower-case, less the words Uzbek shares. */
export const ENGLISH_WORDS: readonly string[] = englishVocabulary();
