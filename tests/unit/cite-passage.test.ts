/**
 * "Copy with citation": a passage with where it stands and the citations of the article and the
 * app, as plain text and as BibTeX whose every field stays inside its braces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citePassageBibtex, citePassagePlain } from '../../src/export/cite';
import type { CiteInput, PassageInput } from '../../src/export/cite';

const cite: CiteInput = {
  viewTitle: 'Source article, paragraph 31',
  url: 'https://example.org/atlas/?view=article&p=31',
  codebookVersion: '1.2.0',
  date: '2026-11-28',
  article: {
    title: 'Foreign experience in forming regional clusters',
    kind: 'Review article in English',
  },
};
const passage: PassageInput = {
  text: 'The state played an exceptionally active role in the overall coordination of research work in the country.',
  where: 'paragraph 31',
};

/** Every brace balanced and every TeX special written as text; the field names of each entry. */
function bibFields(text: string): string[][] {
  // Braces balance: never more closed than opened, all closed at the end (one expect each, not
  // one per character: the property below runs this 1000 times).
  let depth = 0;
  let lowest = 0;
  for (const c of text.replace(/\\[{}]/g, '')) {
    if (c === '{') depth++;
    if (c === '}') depth--;
    lowest = Math.min(lowest, depth);
  }
  expect(lowest).toBe(0);
  expect(depth).toBe(0);
  return text
    .split(/\n(?=@)/)
    .map((entry) => [...entry.matchAll(/^ {2}(\w+)\s*= \{/gm)].map((m) => m[1]!));
}

describe('a passage copied with its citation', () => {
  it('as plain text: the quote and its paragraph, then the article and the app', () => {
    expect(citePassagePlain(passage, cite)).toBe(
      [
        '“The state played an exceptionally active role in the overall coordination of research work in the country.” (Foreign experience in forming regional clusters, paragraph 31)',
        '',
        '“Foreign experience in forming regional clusters”. Review article in English.',
        'Cluster Atlas (2026). Source article, paragraph 31 [interactive comparison of national cluster-policy models; codebook version 1.2.0]. Retrieved 2026-11-28, from https://example.org/atlas/?view=article&p=31',
      ].join('\n'),
    );
  });

  it('carries our translation, labelled, under the quote', () => {
    const text = citePassagePlain(
      {
        ...passage,
        where: 'абзац 31',
        translation: { label: 'Наш перевод:', text: 'Государство…' },
      },
      cite,
    );
    expect(text.split('\n').slice(0, 2)).toEqual([
      expect.stringContaining('(Foreign experience in forming regional clusters, абзац 31)'),
      'Наш перевод: Государство…',
    ]);
  });

  it('as BibTeX: the article with the passage and its place, then the app', () => {
    const text = citePassageBibtex(passage, cite);
    expect(text).toContain('@article{foreignexperienceclusters,');
    expect(text).toContain('  note   = {Review article in English; paragraph 31},');
    expect(text).toContain(`  annote = {${passage.text}}`);
    expect(text).toContain('\\url{https://example.org/atlas/?view=article&p=31}');
    expect(bibFields(text)).toEqual([
      ['title', 'note', 'annote'],
      ['title', 'year', 'howpublished', 'note'],
    ]);
  });

  it('without a described source, puts the passage in the app entry', () => {
    const text = citePassageBibtex(passage, { ...cite, article: null });
    expect(bibFields(text)).toEqual([['title', 'year', 'howpublished', 'note', 'annote']]);
    expect(citePassagePlain(passage, { ...cite, article: null }).split('\n')[0]).toMatch(
      /\(paragraph 31\)$/,
    );
  });

  it('keeps any passage text inside its field (1000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 20 }), (text, where) => {
        const bib = citePassageBibtex({ text, where }, cite);
        expect(bibFields(bib)).toEqual([
          ['title', 'note', 'annote'],
          ['title', 'year', 'howpublished', 'note'],
        ]);
        expect(bib.match(/^@/gm)).toHaveLength(2);
      }),
      { numRuns: 1000 },
    );
  });
});
