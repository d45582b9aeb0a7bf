import { describe, expect, it } from 'vitest';
import {
  area,
  box,
  intersection,
  letterCount,
  lineCount,
  overhang,
  overlappingPairs,
  overlapsBeyond,
  spacedEnough,
  undersized,
  wordsOf,
} from '../support/layout-geometry';
import { judge, lonePages } from '../support/layout-checks';

describe('box maths', () => {
  it('measures areas and intersections', () => {
    expect(area(box(0, 0, 10, 4))).toBe(40);
    expect(intersection(box(0, 0, 10, 10), box(5, 5, 10, 10))).toEqual(box(5, 5, 5, 5));
    expect(intersection(box(0, 0, 10, 10), box(10, 0, 5, 5))).toBeNull();
  });

  it('calls two boxes overlapping only past a third of the smaller', () => {
    const word = box(0, 0, 30, 12);
    expect(overlapsBeyond(word, box(15, 0, 30, 12))).toBe(true); // half of it covered
    expect(overlapsBeyond(word, box(25, 0, 30, 12))).toBe(false); // a sixth
    expect(overlapsBeyond(word, box(0, 10, 30, 12))).toBe(false); // neighbouring lines graze
    expect(overlapsBeyond(box(0, 0, 6, 6), box(-50, -50, 200, 200))).toBe(true); // inside a big one
  });

  it('finds overlapping pairs of different runs only', () => {
    const items = [
      { box: box(0, 0, 30, 12), run: 1 },
      { box: box(5, 1, 30, 12), run: 2 },
      { box: box(6, 1, 30, 12), run: 1 },
      { box: box(0, 40, 30, 12), run: 3 },
    ];
    const pairs = overlappingPairs(items).map(([a, b]) => [a.run, b.run].sort().join('-'));
    expect(pairs).toEqual(['1-2', '1-2']);
  });

  it('counts the lines a word sits on', () => {
    expect(lineCount([box(0, 0, 40, 16)])).toBe(1);
    // A bidi split on one line, and an empty rect for a collapsed space.
    expect(lineCount([box(0, 0, 20, 16), box(20, 1, 20, 15), box(40, 0, 0, 16)])).toBe(1);
    expect(lineCount([box(200, 0, 40, 16), box(0, 18, 30, 16)])).toBe(2);
  });

  it('measures how far a box reaches past another', () => {
    expect(overhang(box(10, 10, 20, 20), box(0, 0, 100, 100))).toBe(0);
    expect(overhang(box(90, 10, 30, 20), box(0, 0, 100, 100))).toBe(20);
    expect(overhang(box(-7, 10, 20, 20), box(0, 0, 100, 100))).toBe(7);
  });

  it('splits text into words, hyphens and dashes between them', () => {
    expect(wordsOf('State-role: Japan’s 5 — director').map((w) => w.word)).toEqual([
      'State',
      'role',
      'Japan’s',
      '5',
      'director',
    ]);
    expect(wordsOf('Государство')[0]).toEqual({ word: 'Государство', start: 0, end: 11 });
    expect(letterCount('e\u0301te\u0301')).toBe(3);
  });
});

describe('tap targets (WCAG 2.5.8)', () => {
  it('calls a target undersized when either side is under 24 px', () => {
    expect(undersized(box(0, 0, 24, 24))).toBe(false);
    expect(undersized(box(0, 0, 40, 20))).toBe(true);
  });

  it('spares an undersized target whose 24 px circle meets no other target', () => {
    const small = box(100, 100, 16, 16);
    expect(spacedEnough(small, [box(140, 100, 40, 40)])).toBe(true);
    expect(spacedEnough(small, [box(118, 100, 40, 40)])).toBe(false);
    // Two small ones: their circles must not meet (centres 24 px apart at least).
    expect(spacedEnough(small, [box(126, 100, 16, 16)])).toBe(true);
    expect(spacedEnough(small, [box(118, 100, 16, 16)])).toBe(false);
  });
});

const measure = (over: Partial<Parameters<typeof judge>[0]> = {}): Parameters<typeof judge>[0] => ({
  innerWidth: 400,
  scrollWidth: 400,
  words: [],
  runs: [],
  svgTexts: [],
  targets: [],
  pastEdge: [],
  ...over,
});
const ALL = new Set([
  'overlap',
  'broken-word',
  'svg-text-outside',
  'horizontal-scroll',
  'small-type',
  'small-target',
  'print-overflow',
] as const);

describe('judging measures', () => {
  it('gives nothing for a clean page', () => {
    const clean = measure({
      words: [
        {
          word: 'Italy',
          run: 0,
          rects: [box(0, 0, 40, 16)],
          lineRects: [box(0, 0, 40, 16)],
          fixed: false,
        },
        {
          word: 'Japan',
          run: 1,
          rects: [box(0, 20, 40, 16)],
          lineRects: [box(0, 20, 40, 16)],
          fixed: false,
        },
        // Scrolled out of its strip, under Italy: not drawn, so not over it.
        { word: 'Hidden', run: 2, rects: [], lineRects: [box(0, 0, 40, 16)], fixed: false },
      ],
      runs: [
        { run: 0, text: 'Italy', fontPx: 16, svg: false },
        { run: 1, text: 'Japan', fontPx: 14, svg: true },
      ],
      svgTexts: [{ text: 'Japan', box: box(0, 20, 40, 16), svgBox: box(0, 0, 400, 100) }],
      targets: [{ label: 'button "Zoom"', box: box(0, 60, 24, 24), inline: false }],
    });
    expect(judge(clean, ALL)).toEqual([]);
  });

  it('names the words of each rule it finds broken', () => {
    const bad = measure({
      scrollWidth: 460,
      words: [
        {
          word: 'Italy',
          run: 0,
          rects: [box(0, 0, 40, 16)],
          lineRects: [box(0, 0, 40, 16)],
          fixed: false,
        },
        {
          word: 'Japan',
          run: 1,
          rects: [box(5, 2, 40, 16)],
          lineRects: [box(5, 2, 40, 16)],
          fixed: false,
        },
        {
          word: 'Governance',
          run: 2,
          rects: [box(300, 40, 40, 16), box(0, 58, 40, 16)],
          lineRects: [box(300, 40, 40, 16), box(0, 58, 40, 16)],
          fixed: false,
        },
      ],
      runs: [
        { run: 0, text: 'Italy', fontPx: 16, svg: false },
        { run: 1, text: 'Japan', fontPx: 9.5, svg: true },
        { run: 2, text: 'Governance level', fontPx: 16, svg: false },
      ],
      svgTexts: [{ text: 'Japan', box: box(390, 20, 40, 16), svgBox: box(0, 0, 400, 100) }],
      targets: [
        { label: 'button "In"', box: box(0, 100, 16, 16), inline: false },
        { label: 'button "Out"', box: box(18, 100, 16, 16), inline: false },
        { label: 'a "source"', box: box(100, 100, 30, 16), inline: true },
      ],
    });
    const found = judge(bad, ALL).map((f) => `${f.check} ${f.words}`);
    expect(found).toEqual([
      'overlap "Italy" × "Japan"',
      'broken-word "Governance"',
      'svg-text-outside "Japan"',
      'horizontal-scroll ',
      'small-type "Japan"',
      'small-target button "In"',
      'small-target button "Out"',
    ]);
  });

  it('leaves a word of more than 20 letters free to wrap', () => {
    const long = measure({
      words: [
        {
          word: 'Konkurrenzfähigkeitssteigerung',
          run: 0,
          rects: [box(300, 0, 90, 16), box(0, 18, 90, 16)],
          lineRects: [box(300, 0, 90, 16), box(0, 18, 90, 16)],
          fixed: false,
        },
      ],
    });
    expect(judge(long, ALL)).toEqual([]);
  });
});

describe('printed pages', () => {
  const headings = ['Cluster handout', 'Japan'];

  it('finds a page with only a heading, a page ending on one, and a blank page', () => {
    const pages = [
      ['Cluster handout', 'Intro text', 'Japan'],
      ['Japan', '2'],
      ['Body about', 'Japan and Italy'],
      ['Its last line ends with Japan'],
      ['3 / 5'],
    ];
    expect(lonePages(pages, headings).map((f) => `${f.words} ${f.detail}`)).toEqual([
      '"Japan" printed page 1 of 5 ends on this heading; what it heads is on the next page',
      '"Japan" printed page 2 of 5 holds only this heading',
      ' printed page 5 of 5 is blank',
    ]);
  });

  it('passes pages whose headings lead their content', () => {
    const pages = [
      ['Cluster handout', 'Intro text'],
      ['Japan', 'Body about Japan', '2 / 2'],
    ];
    expect(lonePages(pages, headings)).toEqual([]);
  });
});
