import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledArticle } from '../../src/corpus/bundled-article';
import { readArticle } from '../../src/corpus/data-dir';
import {
  ARTICLE_ID,
  collapseWhitespace,
  findQuoteProblems,
  parseParagraphs,
} from '../../src/corpus/source-text';
import { bundledCorpus } from '../support/corpus';
import { repoRoot } from '../support/paths';

describe('quote checking', () => {
  const paragraphs = parseParagraphs('# Title\n\n[p1] One  two\tthree.\n\n[p2] Four five six.\n');

  it('reads numbered paragraphs and ignores headings', () => {
    expect([...paragraphs.keys()]).toEqual(['p1', 'p2']);
    expect(paragraphs.get('p1')).toBe('One two three.');
  });

  it('accepts a quote that differs only in whitespace, and nothing else', () => {
    const e = (quote: string, locator = 'p1') => ({ id: 'x', quote, locator, cites: [] });
    expect(findQuoteProblems([e('two\nthree.')], paragraphs)).toEqual([]);
    expect(findQuoteProblems([e('two three!')], paragraphs)).toEqual([
      { id: 'x', locator: 'p1', problem: 'quote is not verbatim in p1' },
    ]);
    expect(findQuoteProblems([e('Four five')], paragraphs)).toEqual([
      { id: 'x', locator: 'p1', problem: 'quote is not verbatim in p1' },
    ]);
    expect(findQuoteProblems([e('One', 'p9')], paragraphs)).toEqual([
      { id: 'x', locator: 'p9', problem: 'paragraph p9 does not exist' },
    ]);
  });

  it('collapses runs of any whitespace', () => {
    expect(collapseWhitespace('  a \n\n b\t c ')).toBe('a b c');
  });
});

// The article is data in the repository (data/source/): this check never skips.
const read = readArticle(join(repoRoot, 'data'));
if (!read.ok) throw new Error(`the article is missing: ${read.problem.file}`);
const { paragraphs } = read.article;

describe('every corpus quote against the source article in data/source/', () => {
  const corpus = bundledCorpus();

  it('finds the 45 numbered paragraphs that sources.json declares, under the id it declares', () => {
    expect(paragraphs.size).toBe(45);
    expect(corpus.sources[0]).toMatchObject({ id: ARTICLE_ID, paragraphs: paragraphs.size });
  });

  it('gives the browser the same article as the disk', async () => {
    const browser = await loadBundledArticle();
    expect(browser.id).toBe(ARTICLE_ID);
    expect([...browser.paragraphs]).toEqual([...paragraphs]);
  });

  it.each(corpus.models.map((m) => [m.id, m] as const))(
    '%s: every quote is verbatim in its paragraph',
    (_id, model) => {
      expect(findQuoteProblems(model.evidence, paragraphs)).toEqual([]);
    },
  );

  it('concepts: every quote is verbatim in its paragraph', () => {
    expect(
      findQuoteProblems(
        corpus.concepts.items.flatMap((c) => c.evidence),
        paragraphs,
      ),
    ).toEqual([]);
  });

  it('every country section of the article is quoted by its model', () => {
    const sections: Record<string, [number, number]> = {
      italy: [11, 13],
      france: [14, 17],
      'united-kingdom': [18, 22],
      'united-states': [23, 29],
      japan: [30, 36],
    };
    for (const [id, [from, to]] of Object.entries(sections)) {
      const quoted = new Set(
        corpus.models.find((m) => m.id === id)!.evidence.map((e) => e.locator),
      );
      for (let p = from; p <= to; p++) expect(quoted, `${id} quotes p${p}`).toContain(`p${p}`);
    }
  });
});
