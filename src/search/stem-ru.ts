/**
 * A light Russian stemmer (written for this app): it takes the case, number and gender ending off
 * nouns and adjectives, and the commonest verb endings, so "научный парк", "научные парки",
 * "научных парков" and "научным паркам" all become "научн парк". It strips one ending, from the
 * part of the word after its first vowel, and always leaves at least two letters: it joins the
 * forms of a word and seldom two different words.
 */

const VOWELS = /[аеиоуыэюя]/;

/** Longest first, so "ами" wins over "и" and "иями" over "ями". */
const ENDINGS = [
  // adjectives
  'ыми ими ого его ому ему ой ей ый ий ая яя ое ее ые ие ых их ым им ую юю',
  // nouns in -ость (their stem is the adjective's: "активность" and "активный" meet)
  'остями остью остей остям остях ость ости',
  // nouns
  'иями ями ами иях ием ией ов ев ам ям ах ях ом ем ии ия ию ья ью ье ьи а я о е ы и у ю ь й',
  // verbs
  'ются ется ится ать ять ить еть ует уют ают яют ет ют ут ит ят ала ило али или ал ил ла ли ть',
]
  .flatMap((group) => group.split(' '))
  .sort((a, b) => b.length - a.length);

/** `word` is lower-case with ё folded to е (see fold.ts). */
export function stemRussian(word: string): string {
  const firstVowel = word.search(VOWELS);
  if (firstVowel < 0) return word;
  // Endings come off only after the first vowel ("RV"), so "парк" keeps its "к".
  const rv = firstVowel + 1;
  let w = word;
  if (/(?:ся|сь)$/.test(w) && w.length - 2 >= rv + 1) w = w.slice(0, -2);
  for (const ending of ENDINGS) {
    if (w.endsWith(ending) && w.length - ending.length >= Math.max(rv, 2)) {
      return w.slice(0, -ending.length);
    }
  }
  return w;
}
