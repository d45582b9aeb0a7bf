import { describe, expect, it } from 'vitest';
import { syntheticBundle } from '../../src/cli/synthetic';
import { readArticle } from '../../src/corpus/data-dir';
import { readTranslationDir } from '../../src/corpus/translation-files';
import { applyTranslations } from '../../src/corpus/translations';
import { searchDocuments } from '../../src/search/documents';
import { groupResults } from '../../src/search/results';
import { buildSearchIndex, buildSearchIndexAsync, queryOf } from '../../src/search/search-index';
import type { SearchAnswer } from '../../src/search/search-index';
import { bundledCorpus } from '../support/corpus';
import { repoRoot } from '../support/paths';

const bundle = bundledCorpus();
const article = readArticle(`${repoRoot}/data`);
if (!article.ok) throw new Error('the bundled article cannot be read');
const paragraphs = article.article.paragraphs;

function indexIn(lang: 'en' | 'ru' | 'uz') {
  if (lang === 'en') return buildSearchIndex(searchDocuments(bundle, { paragraphs }), lang);
  const inputs = readTranslationDir(`${repoRoot}/data/i18n`).find((t) => t.lang === lang)!.inputs;
  const files = inputs.map((i) => i.value) as Parameters<typeof applyTranslations>[2];
  const shown = applyTranslations(bundle, lang, files);
  const docs = searchDocuments(shown.bundle, { quoteTranslations: shown.quotes, paragraphs });
  return buildSearchIndex(docs, lang);
}

const en = indexIn('en');
const ru = indexIn('ru');
const uz = indexIn('uz');
const ids = (answer: SearchAnswer) => answer.hits.map((h) => h.doc.id);
const UK_PARKS = ['actor:united-kingdom:science-parks', 'instrument:united-kingdom:science-parks'];

describe('search ranking', () => {
  it('puts the UK’s science parks first for "science parks", singular or plural, with a typo', () => {
    for (const query of ['science parks', 'Science park', 'scince parks', 'science par']) {
      expect(ids(en.search(query)).slice(0, 2).sort(), query).toEqual(UK_PARKS);
    }
  });

  it('finds them in Russian from any case of "научный парк"', () => {
    for (const query of [
      'научный парк',
      'научные парки',
      'научных парков',
      'научным паркам',
      'НАУЧНЫЕ ПАРКИ',
    ]) {
      expect(ids(ru.search(query)).slice(0, 2).sort(), query).toEqual(UK_PARKS);
    }
  });

  it('finds them in Uzbek from "ilmiy park" and its case forms', () => {
    for (const query of ['ilmiy park', 'ilmiy parklar', 'ilmiy parklarning']) {
      expect(ids(uz.search(query)).slice(0, 2).sort(), query).toEqual(UK_PARKS);
    }
  });

  it('matches the last word as it is typed ("Jap" finds Japan first)', () => {
    expect(ids(en.search('Jap'))[0]).toBe('model:japan');
    expect(ids(ru.search('Япо'))[0]).toBe('model:japan');
  });

  it('finds a paragraph of the article by its English words, on every language’s page', () => {
    for (const index of [en, ru, uz])
      expect(ids(index.search('technology transfer agencies'))).toContain('paragraph:22');
  });

  it('returns the words the documents matched on, stemmed, for highlighting', () => {
    const top = ru.search('научных парков').hits[0]!;
    expect(new Set(top.terms)).toEqual(new Set(['научн', 'парк']));
  });

  it('falls back to any word when no document has them all, and says so', () => {
    const answer = en.search('science parks zzqqxx');
    expect(answer.partial).toBe(true);
    expect(ids(answer).slice(0, 2).sort()).toEqual(UK_PARKS);
    expect(en.search('zzqqxx').hits).toEqual([]);
    expect(en.search('the of').hits).toEqual([]);
    expect(en.search('   ').hits).toEqual([]);
  });
});

describe('queryOf', () => {
  it('asks for every word, the last also as typed, as a prefix', () => {
    expect(queryOf('science parks', 'en', 'AND')).toEqual({
      combineWith: 'AND',
      queries: [
        { queries: ['science'], fuzzy: 1, prefix: false },
        { queries: ['parks', 'park'], combineWith: 'OR', fuzzy: 1, prefix: true },
      ],
    });
    // After a space the last word is finished: no prefix.
    expect(queryOf('parks ', 'en', 'AND')).toEqual({
      combineWith: 'AND',
      queries: [{ queries: ['park'], fuzzy: 0, prefix: false }],
    });
    expect(queryOf('the', 'en', 'AND')).toBeNull();
  });

  it('does not look up a word being typed by a stem too short to mean anything', () => {
    expect(queryOf('нау', 'ru', 'AND')).toMatchObject({ queries: [{ queries: ['нау'] }] });
  });
});

describe('groupResults', () => {
  it('groups by kind, the best match’s kind first, a few per kind', () => {
    const { hits } = en.search('park');
    const grouped = groupResults(hits, 2);
    expect(grouped.total).toBe(hits.length);
    expect(grouped.groups[0]?.kind).toBe(hits[0]?.doc.kind);
    expect(grouped.groups.every((g) => g.hits.length <= 2)).toBe(true);
    expect(new Set(grouped.groups.map((g) => g.kind)).size).toBe(grouped.groups.length);
    expect(grouped.shown).toBe(grouped.groups.reduce((n, g) => n + g.hits.length, 0));
  });
});

describe('the index of a large corpus', () => {
  it('builds in chunks over 200 synthetic models and answers', async () => {
    const big = syntheticBundle(200, bundle.codebook);
    const index = await buildSearchIndexAsync(searchDocuments(big, { paragraphs }), 'en');
    expect(index.size).toBeGreaterThan(200 * 10);
    expect(index.search(big.models[150]!.name).hits[0]?.doc.id).toBe(
      `model:${big.models[150]!.id}`,
    );
  });
});
