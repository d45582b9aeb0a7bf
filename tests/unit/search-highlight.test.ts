import { describe, expect, it } from 'vitest';
import { markSegments, snippetOf } from '../../src/search/highlight';
import { targetsOf } from '../../src/search/open-place';

describe('markSegments', () => {
  it('marks every word that folds to a matched term, in any case form', () => {
    const terms = new Set(['научн', 'парк']);
    expect(markSegments('Рост научных парков и агентств', terms, 'ru')).toEqual([
      { text: 'Рост ', mark: false },
      { text: 'научных', mark: true },
      { text: ' ', mark: false },
      { text: 'парков', mark: true },
      { text: ' и агентств', mark: false },
    ]);
  });

  it('marks Uzbek words whatever apostrophe they are written with, and leaves text whole', () => {
    const text = 'Oʻzbekistonda ilmiy parklar';
    const segments = markSegments(text, new Set(["o'zbekiston", 'park']), 'uz');
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Oʻzbekistonda', 'parklar']);
  });

  it('gives one unmarked run when nothing matched', () => {
    expect(markSegments('Science parks', new Set(['japan']), 'en')).toEqual([
      { text: 'Science parks', mark: false },
    ]);
  });
});

describe('snippetOf', () => {
  const long = `${'Words before the place. '.repeat(12)}Here the science parks grew. ${'Words after it. '.repeat(12)}`;

  it('shows a short text whole', () => {
    expect(snippetOf('Science parks', new Set(['park']), 'en')).toBe('Science parks');
  });

  it('shows the words around the first match of a long text, cut at spaces', () => {
    const snippet = snippetOf(long, new Set(['science']), 'en', 120);
    expect(snippet).toMatch(/^… .*science parks grew\..* …$/);
    expect(snippet.length).toBeLessThanOrEqual(124);
    expect(snippet).not.toMatch(/\S…|…\S/);
  });
});

describe('targetsOf', () => {
  it('lands on the item, then its section, then main', () => {
    expect(
      targetsOf({ kind: 'model', model: 'japan', targets: ['model-actor-state', 'model-actors'] }),
    ).toEqual(['#model-actor-state', '#model-actors', '#main']);
  });

  it('looks for a quote inside the evidence panel, then the panel’s title', () => {
    expect(
      targetsOf({ kind: 'evidence', model: 'japan', key: 'stateRole', quote: 'jp-a' }),
    ).toEqual(['[role="dialog"] #evidence-jp-a', '[role="dialog"] #evidence-title', '#main']);
  });

  it('lands on the article’s paragraph', () => {
    expect(targetsOf({ kind: 'article', paragraph: 31 })).toEqual(['#article-p31', '#main']);
  });
});
