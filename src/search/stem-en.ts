/**
 * A light English stemmer (written for this app): plurals, the possessive and the commonest verb
 * endings, so that "science parks" finds "science park" and "funding" finds "funded". Light on
 * purpose: a search that joins a few words too many is better than one that splits a word.
 */

const VOWEL = /[aeiouy]/;

/** `word` is lower-case, folded (see fold.ts). */
export function stemEnglish(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  for (const ending of ['ing', 'ed']) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, -ending.length);
    // "funding" → "fund", but "bring", "need" and "red" keep their letters.
    if (stem.length >= 4 && VOWEL.test(stem)) {
      w = /([^aeiouyls])\1$/.test(stem) ? stem.slice(0, -1) : stem;
      return w;
    }
  }
  return w;
}
