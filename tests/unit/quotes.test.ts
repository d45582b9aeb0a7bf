import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  collapseWhitespace,
  findQuoteProblems,
  parseParagraphs,
} from '../../src/corpus/source-text';
import { bundledCorpus } from '../support/corpus';
import { sourceArticle } from '../support/paths';

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

const sourcePresent = existsSync(sourceArticle);
if (!sourcePresent) {
  console.warn(
    `Skipping the verbatim-quote check: the source article is absent at ${sourceArticle}.`,
  );
}

describe.skipIf(!sourcePresent)(
  `every corpus quote against the source article (skipped when ${sourceArticle} is absent)`,
  () => {
    const paragraphs = sourcePresent
      ? parseParagraphs(readFileSync(sourceArticle, 'utf8'))
      : new Map<string, string>();
    const corpus = bundledCorpus();

    it('finds the 45 numbered paragraphs', () => {
      expect(paragraphs.size).toBe(45);
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
  },
);
