import { describe, expect, it } from 'vitest';
import { foldText, searchTerm, wordsOf } from '../../src/search/fold';
import { stemEnglish } from '../../src/search/stem-en';
import { stemRussian } from '../../src/search/stem-ru';
import { stemUzbek } from '../../src/search/stem-uz';

const terms = (text: string, lang: 'en' | 'ru' | 'uz') =>
  wordsOf(text).map((w) => searchTerm(w, lang));

describe('foldText', () => {
  it('lower-cases, reads ё as е and every Uzbek apostrophe as one, keeping the length', () => {
    expect(foldText('ЁЛКА Ёж')).toBe('елка еж');
    for (const mark of ['ʻ', 'ʼ', "'", '‘', '’', '`'])
      expect(foldText(`Oʻzbekiston ma${mark}lumot`)).toBe("o'zbekiston ma'lumot");
    const text = 'Oʻzbekiston — Ёж';
    expect(foldText(text)).toHaveLength(text.length);
  });
});

describe('wordsOf', () => {
  it('keeps an apostrophe inside a word and splits at hyphens and punctuation', () => {
    expect(wordsOf('Oʻzbekiston, high-tech; UK’s (p22)')).toEqual([
      'Oʻzbekiston',
      'high',
      'tech',
      'UK’s',
      'p22',
    ]);
  });
});

describe('stemRussian', () => {
  it('joins the case forms of "научный парк"', () => {
    const forms = [
      'научный парк',
      'научные парки',
      'научных парков',
      'научным паркам',
      'научными парками',
      'научного парка',
    ];
    for (const form of forms) expect(terms(form, 'ru'), form).toEqual(['научн', 'парк']);
  });

  it('joins the forms of nouns in -ия and -ость, and keeps short words whole', () => {
    for (const w of ['технология', 'технологии', 'технологий', 'технологиями'])
      expect(stemRussian(w), w).toBe('технолог');
    for (const w of ['активность', 'активности', 'активностью', 'активный'])
      expect(stemRussian(w), w).toBe('активн');
    expect(stemRussian('парк')).toBe('парк');
    expect(stemRussian('юг')).toBe('юг');
  });

  it('reads Ё as Е (through the folding)', () => {
    expect(searchTerm('Объединённые', 'ru')).toBe(searchTerm('объединенных', 'ru'));
  });
});

describe('stemUzbek', () => {
  it('takes off the plural, the possessive and the case, in that order from the end', () => {
    for (const w of [
      'parklar',
      'parklarni',
      'parklarning',
      'parklari',
      'parkning',
      'parkda',
      'parkdan',
      'parkga',
    ])
      expect(stemUzbek(w), w).toBe('park');
    expect(stemUzbek('klasterlarining')).toBe('klaster');
    expect(stemUzbek('ilmiy')).toBe('ilmiy');
  });

  it('leaves at least three letters', () => {
    expect(stemUzbek('uni')).toBe('uni');
    expect(stemUzbek('bola')).toBe('bola');
  });

  it('meets "ilmiy park" and "Ilmiy parklar", whatever apostrophe an Uzbek word is typed with', () => {
    expect(terms('Ilmiy parklar', 'uz')).toEqual(terms('ilmiy park', 'uz'));
    expect(searchTerm("O'zbekistonda", 'uz')).toBe(searchTerm('Oʻzbekiston', 'uz'));
  });
});

describe('stemEnglish', () => {
  it('folds plurals and the possessive', () => {
    expect(terms('science parks', 'en')).toEqual(terms('Science park', 'en'));
    expect(stemEnglish('policies')).toBe('policy');
    expect(stemEnglish('taxes')).toBe('tax');
    expect(stemEnglish('approaches')).toBe('approach');
    expect(stemEnglish("japan's")).toBe('japan');
    for (const w of ['focus', 'analysis', 'class']) expect(stemEnglish(w)).toBe(w);
  });

  it('folds -ing and -ed where a stem of four letters stays', () => {
    expect(stemEnglish('funding')).toBe('fund');
    expect(stemEnglish('funded')).toBe('fund');
    expect(stemEnglish('planning')).toBe('plan');
    for (const w of ['bring', 'need', 'led']) expect(stemEnglish(w)).toBe(w);
  });
});

describe('searchTerm', () => {
  it('leaves out words too common to help, in each language', () => {
    expect(terms('the parks of Japan', 'en')).toEqual([null, 'park', null, 'japan']);
    expect(searchTerm('и', 'ru')).toBeNull();
    expect(searchTerm('va', 'uz')).toBeNull();
  });

  it('stems by script: Latin words on a Russian page as English, Cyrillic on an English one as Russian', () => {
    expect(searchTerm('parks', 'ru')).toBe('park');
    expect(searchTerm('парки', 'en')).toBe('парк');
  });
});
