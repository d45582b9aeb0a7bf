/**
 * The article view's pure parts on the bundled corpus and the bundled article: the text read
 * into headings and numbered paragraphs, what cites each paragraph (Japan's state-role evidence
 * quotes p31 and p32; p31 is Japan's state role and governance level, 2 actors and 3
 * instruments), where each quote stands, runs for overlapping quotes, and a user's corpus that
 * quotes another source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, referenceMarkers } from '../../src/views/article/article-text';
import {
  citesByParagraph,
  otherSourcesQuoted,
  quotesFromArticle,
  runsOf,
} from '../../src/views/article/derive';
import type { ModelCiter, PlacedQuote } from '../../src/views/article/derive';
import { parseParagraphs } from '../../src/corpus/source-text';
import type { Bundle } from '../../src/corpus/schema';
import { bundledCorpus } from '../support/corpus';
import { repoRoot } from '../support/paths';

const markdown = readFileSync(
  join(repoRoot, 'data/source/foreign-experience-regional-clusters.md'),
  'utf8',
);
const doc = parseArticle(markdown);
const bundle = bundledCorpus();
const cites = citesByParagraph(bundle, doc.paragraphs);
const modelIn = (locator: string, model: string) =>
  cites.get(locator)?.citers.find((c): c is ModelCiter => c.kind === 'model' && c.model === model);

describe('the article as the view reads it', () => {
  it('has its title, 45 numbered paragraphs in order and the navigation headings', () => {
    expect(doc.title).toBe('Foreign experience in forming regional clusters');
    const numbers = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.number] : []));
    expect(numbers).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Introduction',
      'The cluster concept',
      'Italy',
      'France',
      'United Kingdom',
      'United States',
      'Japan',
      'Conclusions',
    ]);
    expect(doc.blocks[0]).toEqual({
      kind: 'heading',
      id: 'article-introduction',
      text: 'Introduction',
    });
  });

  it('reads the paragraphs exactly as the corpus check does', () => {
    expect([...doc.paragraphs]).toEqual([...parseParagraphs(markdown)]);
  });

  it('finds the seven reference markers [1] to [7]', () => {
    expect(referenceMarkers(doc)).toEqual(['[1]', '[2]', '[3]', '[4]', '[5]', '[6]', '[7]']);
  });
});

describe('what cites each paragraph', () => {
  it("places Japan's state-role evidence in p31 and p32", () => {
    const japan = bundle.models.find((m) => m.id === 'japan')!;
    const located = new Set(
      japan.codes.stateRole.evidence.map((id) => japan.evidence.find((e) => e.id === id)!.locator),
    );
    expect([...located].sort()).toEqual(['p31', 'p32']);
    for (const locator of located)
      expect(modelIn(locator, 'japan')?.dimensions).toContain('stateRole');
  });

  it('says p31 is Japan: state role, governance level; 2 actors, 3 instruments', () => {
    expect(modelIn('p31', 'japan')).toEqual({
      kind: 'model',
      model: 'japan',
      name: 'Japan',
      dimensions: ['stateRole', 'governanceLevel'],
      counts: { actors: 2, instruments: 3, examples: 0, lessons: 0, facts: 0 },
    });
  });

  it('places every quote of the bundled corpus in its paragraph, none unplaced', () => {
    const placed = [...cites.values()].reduce((n, c) => n + c.quotes.length, 0);
    const unplaced = [...cites.values()].reduce((n, c) => n + c.unplaced, 0);
    expect(unplaced).toBe(0);
    expect(placed).toBe(quotesFromArticle(bundle));
    for (const [locator, c] of cites) {
      const text = doc.paragraphs.get(locator)!;
      for (const q of c.quotes) expect(text.slice(q.start, q.end).length).toBe(q.end - q.start);
    }
  });

  it('lists the concepts that quote a paragraph (the four directions in p39–p43)', () => {
    const concepts = [...cites.values()].flatMap((c) =>
      c.citers.filter((x) => x.kind === 'concept'),
    );
    expect(concepts.length).toBeGreaterThan(0);
    expect(cites.get('p40')?.citers.some((c) => c.kind === 'concept')).toBe(true);
  });

  it('counts p36 for each model that quotes it (a Europe-wide sentence)', () => {
    const models = cites.get('p36')!.citers.flatMap((c) => (c.kind === 'model' ? [c.model] : []));
    expect(models).toEqual(expect.arrayContaining(['italy', 'france', 'japan']));
  });
});

describe('runs of a paragraph', () => {
  const q = (evidenceId: string, start: number, end: number): PlacedQuote => ({
    evidenceId,
    start,
    end,
    citer: { kind: 'concept', concept: evidenceId, title: evidenceId },
  });

  it('cuts overlapping quotes into runs that know every quote covering them', () => {
    const runs = runsOf('abcdefghij', [q('a', 2, 6), q('b', 4, 8)]);
    expect(
      runs.map((r) => [
        r.text,
        r.quotes.map((x) => x.evidenceId),
        r.ending.map((x) => x.evidenceId),
      ]),
    ).toEqual([
      ['ab', [], []],
      ['cd', ['a'], []],
      ['ef', ['a', 'b'], ['a']],
      ['gh', ['b'], ['b']],
      ['ij', [], []],
    ]);
    expect(runs.map((r) => r.text).join('')).toBe('abcdefghij');
  });

  it('leaves a paragraph nobody quotes as one plain run', () => {
    expect(runsOf('plain', [])).toEqual([{ text: 'plain', quotes: [], ending: [] }]);
  });
});

describe("a user's corpus that quotes another source", () => {
  const other: Bundle = {
    ...bundle,
    sources: [{ ...bundle.sources[0]!, id: 'my-report', title: 'My regional report' }],
  };

  it('names the other source and finds no quote of the bundled article', () => {
    expect(otherSourcesQuoted(other)).toEqual([{ id: 'my-report', title: 'My regional report' }]);
    expect(quotesFromArticle(other)).toBe(0);
    expect(citesByParagraph(other, doc.paragraphs).size).toBe(0);
  });

  it('names no other source for the bundled corpus', () => {
    expect(otherSourcesQuoted(bundle)).toEqual([]);
  });

  it('counts a quote that is not word for word in its paragraph as unplaced', () => {
    const japan = bundle.models.find((m) => m.id === 'japan')!;
    const changed: Bundle = {
      ...bundle,
      models: [
        {
          ...japan,
          evidence: japan.evidence.map((e) =>
            e.id === 'jp-coordination' ? { ...e, quote: 'Words the article does not have.' } : e,
          ),
        },
      ],
      concepts: { items: [] },
    };
    const p31 = citesByParagraph(changed, doc.paragraphs).get('p31')!;
    expect(p31.unplaced).toBe(1);
    expect(p31.quotes.map((x) => x.evidenceId)).not.toContain('jp-coordination');
  });
});
