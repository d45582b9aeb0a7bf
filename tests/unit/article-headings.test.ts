/**
 * Where the article's navigation headings take their words in the reader's language: every
 * heading of the bundled article is in each catalogue or is a model's name (so none stays
 * English on a Russian or Uzbek page), the catalogue is asked first, and a heading neither
 * knows stays English.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en.json';
import ru from '../../src/i18n/locales/ru.json';
import uz from '../../src/i18n/locales/uz.json';
import { parseArticle } from '../../src/views/article/article-text';
import { headingKey, headingWords } from '../../src/views/article/heading-words';
import { bundledCorpus } from '../support/corpus';
import { repoRoot } from '../support/paths';

const doc = parseArticle(
  readFileSync(join(repoRoot, 'data/source/foreign-experience-regional-clusters.md'), 'utf8'),
);
const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
const models = bundledCorpus().models;

/** Whether a catalogue holds a dotted key. */
const holds =
  (catalogue: object) =>
  (key: string): boolean => {
    let at: unknown = catalogue;
    for (const part of key.split('.')) {
      if (typeof at !== 'object' || at === null || !(part in at)) return false;
      at = (at as Record<string, unknown>)[part];
    }
    return typeof at === 'string';
  };

describe('the words of a navigation heading', () => {
  it('keys a heading by a stable slug of its English text', () => {
    expect(headingKey('The cluster concept')).toBe('article.headings.the-cluster-concept');
    expect(headingKey('United States')).toBe('article.headings.united-states');
  });

  it('finds every heading of the article in each catalogue or among the models', () => {
    for (const catalogue of [en, ru, uz])
      expect(headings.map((h) => headingWords(h, models, holds(catalogue)).kind)).toEqual([
        'catalogue',
        'catalogue',
        'model',
        'model',
        'model',
        'model',
        'model',
        'catalogue',
      ]);
    expect(headingWords('Japan', models, () => false)).toEqual({ kind: 'model', model: 'japan' });
  });

  it('asks the catalogue first, and leaves an unknown heading English', () => {
    expect(headingWords('Italy', models, () => true)).toEqual({
      kind: 'catalogue',
      key: 'article.headings.italy',
    });
    expect(headingWords('Appendix', models, () => false)).toEqual({
      kind: 'english',
      text: 'Appendix',
    });
  });
});
