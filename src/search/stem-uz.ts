/**
 * A light Uzbek stemmer (written for this app). Uzbek adds its endings in a fixed order — plural
 * -lar, then a possessive (-im, -ing, -i, -si, -lari …), then a case (-ni, -ning, -da, -dan, -ga …)
 * — so they come off from the end in the reverse order: "ilmiy parklarning" and "ilmiy parklarni"
 * both become "ilmiy park". Each ending comes off only while at least three letters stay.
 */

/** Case endings (and -dagi, -gacha, which act like them), longest first. */
const CASES = ['gacha', 'dagi', 'ning', 'dan', 'tan', 'da', 'ta', 'ga', 'ka', 'qa', 'ni'];
/** Possessive endings, longest first ("lari": their, which also holds the plural). */
const POSSESSIVES = ['ingiz', 'imiz', 'lari', 'ing', 'im', 'si', 'i'];
const PLURAL = 'lar';

const MIN_STEM = 3;

function strip(word: string, endings: readonly string[]): string {
  for (const ending of endings) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}

/** `word` is lower-case with its apostrophes folded (see fold.ts). */
export function stemUzbek(word: string): string {
  const withoutCase = strip(word, CASES);
  const withoutPossessive = strip(withoutCase, POSSESSIVES);
  return strip(withoutPossessive, [PLURAL]);
}
