/**
 * The table slides (overview, compare) and the fit ranking's slide layout, on the bundled corpus,
 * at the stages the slides get on a projector: 1024×768 (about 984×600; 964×615 as measured in
 * Chromium), 1366×768 (1326×600), 1920×1080 (1880×910), and the half widths left beside the step's
 * evidence. Text is measured with the app's font's metrics (slide-text.ts), as the canvas does in
 * the browser.
 */
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en.json';
import ru from '../../src/i18n/locales/ru.json';
import { boxesOverlap } from '../../src/charts/text-width';
import { PRESENT_TYPE, SCREEN_TYPE } from '../../src/charts/type-scale';
import type { Model } from '../../src/corpus/schema';
import { deriveCompare } from '../../src/views/compare/derive';
import type { ListKey } from '../../src/views/compare/derive';
import { layoutSlideGrid } from '../../src/views/compare/slide-grid';
import type { GridLayout, GridSpec } from '../../src/views/compare/slide-grid';
import { layoutSlideLists } from '../../src/views/compare/slide-lists';
import type { ListsLayout } from '../../src/views/compare/slide-lists';
import { compareGridSpec, compareListsSpec } from '../../src/views/compare/slide-spec';
import type { ListWords, SlideWords } from '../../src/views/compare/slide-spec';
import {
  estimateText,
  MAX_WHOLE_LETTERS,
  shareWidths,
  widestPiece,
  wordPieces,
  wrapLines,
} from '../../src/views/compare/slide-text';
import { slideGridSpec } from '../../src/views/overview/slide-spec';
import { layoutRanking } from '../../src/views/fit/RankingChartLayout';
import { bundledCorpus } from '../support/corpus';

type Catalogue = Record<string, unknown>;
/** A catalogue string with its {{placeholders}} filled in (no plurals needed here). */
function tr(catalogue: Catalogue, key: string, vars: Record<string, string | number> = {}): string {
  const value = key.split('.').reduce<unknown>((node, k) => (node as Catalogue)[k], catalogue);
  if (typeof value !== 'string') throw new Error(`no string ${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name]));
}

function slideWords(catalogue: Catalogue): SlideWords {
  return {
    rowName: (key) => {
      const name = tr(catalogue, `fit.dimension.${key}`);
      return name.charAt(0).toLocaleUpperCase() + name.slice(1);
    },
    step: (value, label) => tr(catalogue, 'compare.stepShort', { value, label }),
    share: (group, key, share) =>
      tr(catalogue, 'compare.shareShort', {
        name: tr(catalogue, `${group}.${key}`),
        percent: Math.round(share * 100),
      }),
    letter: (group, key) => tr(catalogue, `${group}.${key}`).charAt(0).toLocaleUpperCase(),
    approximateNote: tr(catalogue, 'slides.approximate'),
    hiddenNote: (names) => tr(catalogue, 'slides.notShown', { models: names.join(', ') }),
  };
}

const listWords: ListWords = {
  more: (count) => tr(en, 'compare.more', { count }),
  none: (count) => tr(en, 'compare.count', { count }),
  lessonLead: (kind) => tr(en, 'slides.lessonLead', { kind: tr(en, `compare.${kind}`) }),
  hiddenNote: (names) => tr(en, 'slides.notShown', { models: names.join(', ') }),
};

const bundle = bundledCorpus();
const pick = (ids: readonly string[]): Model[] =>
  ids.map((id) => bundle.models.find((m) => m.id === id)!);
const FONT = PRESENT_TYPE.label;

/** Stages a slide gets: [width, height] of the measured stage. */
const FULL: [number, number][] = [
  [984, 600],
  [964, 615],
  [1326, 600],
  [1880, 910],
];
/** Beside the step's evidence the stage is half the width, less the gap. */
const HALF: [number, number][] = [
  [464, 615],
  [480, 600],
  [645, 600],
  [928, 910],
];

/** Every word of every text in a grid column fits its column whole; the table fits its stage. */
function expectGridFits(spec: GridSpec, layout: GridLayout, width: number, height: number) {
  const m = layout.metrics;
  const indent = m.marker + m.markerGap;
  expect(layout.height).toBeLessThanOrEqual(height);
  expect(layout.width).toBeLessThanOrEqual(width);
  for (const row of spec.rows) {
    // Row names in their column, or stacked above their row across the table.
    expect(widestPiece(row, FONT, estimateText, true)).toBeLessThanOrEqual(
      (layout.stacked ? layout.width : layout.rowHeadWidth) - 2 * m.padX,
    );
  }
  for (const c of layout.columns) {
    const room = c.width - 2 * m.padX;
    expect(widestPiece(c.spec.name, FONT, estimateText, true, indent)).toBeLessThanOrEqual(room);
    if (layout.phrases && c.spec.phrase) {
      expect(widestPiece(c.spec.phrase, FONT, estimateText)).toBeLessThanOrEqual(room);
    }
    for (const cell of c.spec.cells) {
      expect(widestPiece(cell.text, FONT, estimateText)).toBeLessThanOrEqual(room);
    }
    for (const g of c.glyphs) if (g) expect(g.width).toBeLessThanOrEqual(room);
  }
}

describe('slide text', () => {
  it('breaks lines after spaces and inside compounds after their dash, as the browser does', () => {
    expect(wordPieces('State-programmed territorial  clusters')).toEqual([
      ['State-', 'programmed'],
      ['territorial'],
      ['clusters'],
    ]);
    expect(wordPieces('University–industry links')).toEqual([
      ['University–', 'industry'],
      ['links'],
    ]);
    // A no-break space holds its neighbours together ("45 %" in Russian).
    expect(wordPieces('местный: 50\u00a0%')).toEqual([['местный:'], ['50\u00a0%']]);
    // A dash standing alone, or before a number, is not a break inside a word.
    expect(wordPieces('4 — strong -5')).toEqual([['4'], ['—'], ['strong'], ['-5']]);
  });

  it('wraps greedily within the width and never splits a word that fits a line', () => {
    const width = estimateText('coordinated regional', FONT);
    const lines = wrapLines(
      'Locally managed, centrally coordinated regional clusters',
      width,
      FONT,
      estimateText,
    );
    expect(lines.join(' ')).toBe('Locally managed, centrally coordinated regional clusters');
    for (const line of lines) expect(estimateText(line, FONT)).toBeLessThanOrEqual(width);
    expect(lines).toContain('coordinated regional');
    // A first-line indent (a marker) pushes the first word down when it would not fit beside it.
    expect(
      wrapLines('Kingdom', estimateText('Kingdom', FONT), FONT, estimateText, false, 30),
    ).toEqual(['', 'Kingdom']);
    expect(wrapLines('United Kingdom', 400, FONT, estimateText, true, 30)).toEqual([
      'United Kingdom',
    ]);
    expect(wrapLines('', 100, FONT, estimateText)).toEqual([]);
  });

  it('counts a word wider than any line over as many lines as the browser splits it into', () => {
    const word = 'x'.repeat(60);
    const lines = wrapLines(`a ${word} b`, 200, FONT, estimateText);
    expect(lines.length).toBe(2 + Math.ceil(estimateText(word, FONT) / 200));
  });

  it('asks columns to hold whole words up to the broken-word bound, not a hostile 60-letter word', () => {
    const long = 'y'.repeat(MAX_WHOLE_LETTERS + 1);
    expect(widestPiece(`tiny ${long}`, FONT, estimateText)).toBe(estimateText('tiny', FONT));
    expect(widestPiece('Organisation for', FONT, estimateText)).toBe(
      estimateText('Organisation', FONT),
    );
    expect(widestPiece('Organisation', FONT, estimateText, true)).toBeGreaterThan(
      widestPiece('Organisation', FONT, estimateText),
    );
  });

  it('shares widths equally or by weight, keeps every least width, refuses when they cannot fit', () => {
    expect(shareWidths([100, 100], 400, 1000)).toEqual([200, 200]);
    expect(shareWidths([300, 50], 400, 1000)).toEqual([300, 100]);
    expect(shareWidths([100, 100], 400, 150)).toEqual([150, 150]);
    expect(shareWidths([100, 100], 400, 1000, [3, 1])).toEqual([300, 100]);
    expect(shareWidths([100, 250], 400, 1000, [3, 1])).toEqual([150, 250]);
    expect(shareWidths([300, 200], 400, 1000)).toBeNull();
  });

  it('estimates with the app font’s widths: Cyrillic and unknown characters are not free', () => {
    expect(estimateText('Организация', FONT)).toBeGreaterThan(
      estimateText('Organisation', FONT) * 0.9,
    );
    expect(estimateText('☃', FONT)).toBeGreaterThan(0.5 * FONT);
  });
});

describe('overview slide', () => {
  const spec = slideGridSpec(bundle.models, bundle.codebook, slideWords(en));

  for (const [width, height] of FULL) {
    it(`shows all five models with no word split at ${width}×${height}`, () => {
      const layout = layoutSlideGrid(spec, width, height, PRESENT_TYPE, estimateText);
      expect(layout.fits).toBe(true);
      expect(layout.columns.map((c) => c.spec.id)).toEqual(bundle.models.map((m) => m.id));
      expect(layout.hidden).toEqual([]);
      expectGridFits(spec, layout, width, height);
    });
  }

  it('keeps the phrases and glyphs where there is room, drops glyphs first where there is not', () => {
    const big = layoutSlideGrid(spec, 1880, 910, PRESENT_TYPE, estimateText);
    expect([big.phrases, big.glyphs]).toEqual([true, true]);
    expect(big.columns.every((c) => c.glyphs.every((g) => g !== null))).toBe(true);
    const small = layoutSlideGrid(spec, 964, 615, PRESENT_TYPE, estimateText);
    expect(small.glyphs).toBe(false);
    // The phrases go only after the glyphs have gone.
    const mid = layoutSlideGrid(spec, 1326, 600, PRESENT_TYPE, estimateText);
    if (mid.glyphs) expect(mid.phrases).toBe(true);
  });

  it('writes every value in words and says what "≈" means when a shown value carries it', () => {
    const layout = layoutSlideGrid(spec, 984, 600, PRESENT_TYPE, estimateText);
    const texts = layout.columns.map((c) => c.spec.cells.map((cell) => cell.text));
    expect(texts[0]![0]).toMatch(/^\d — \w/);
    const italy = layout.columns.find((c) => c.spec.id === 'italy')!;
    expect(italy.spec.cells[1]!.text).toBe('≈\u00a0national 55%');
    expect(layout.notes).toContain(tr(en, 'slides.approximate'));
  });

  for (const [width, height] of HALF) {
    it(`beside the evidence (${width}×${height}) shows the models that fit and names the rest`, () => {
      const layout = layoutSlideGrid(spec, width, height, PRESENT_TYPE, estimateText);
      expect(layout.fits).toBe(true);
      expectGridFits(spec, layout, width, height);
      const shown = layout.columns.map((c) => c.spec.name);
      expect([...shown, ...layout.hidden]).toEqual(bundle.models.map((m) => m.name));
      if (layout.hidden.length) expect(layout.notes.at(-1)).toContain(layout.hidden.join(', '));
    });
  }

  it('lays out the Russian row names with whole words too', () => {
    const ruSpec = slideGridSpec(bundle.models, bundle.codebook, slideWords(ru));
    const layout = layoutSlideGrid(ruSpec, 984, 600, PRESENT_TYPE, estimateText);
    expect(layout.fits).toBe(true);
    expectGridFits(ruSpec, layout, 984, 600);
  });

  it('spreads a short table over spare height, up to half a line of air per row edge', () => {
    const two = slideGridSpec(pick(['italy', 'japan']), bundle.codebook, slideWords(en));
    const layout = layoutSlideGrid(
      { ...two, glyphs: false },
      1880,
      910,
      PRESENT_TYPE,
      estimateText,
    );
    expect(layout.metrics.padY).toBeGreaterThan(
      layoutSlideGrid(two, 1880, 200, PRESENT_TYPE, estimateText).metrics.padY,
    );
    expect(layout.metrics.padY).toBeLessThanOrEqual(5 + layout.metrics.lineHeight / 2 + 1);
    expect(layout.height).toBeLessThanOrEqual(910);
  });
});

describe('compare slide: the coded dimensions', () => {
  const all = compareGridSpec(deriveCompare(bundle.models, bundle.codebook), slideWords(en));

  for (const [width, height] of FULL) {
    it(`shows all five models and all five dimensions at ${width}×${height}`, () => {
      const layout = layoutSlideGrid(all, width, height, PRESENT_TYPE, estimateText);
      expect(layout.fits).toBe(true);
      expect(layout.columns).toHaveLength(5);
      expect(all.rows).toHaveLength(5);
      expectGridFits(all, layout, width, height);
    });
  }

  for (const ids of [
    ['france', 'italy'],
    ['japan', 'united-states'],
  ]) {
    for (const [width, height] of HALF) {
      it(`shows ${ids.join(' and ')} beside the evidence at ${width}×${height}`, () => {
        const spec = compareGridSpec(deriveCompare(pick(ids), bundle.codebook), slideWords(en));
        const layout = layoutSlideGrid(spec, width, height, PRESENT_TYPE, estimateText);
        expect(layout.columns.map((c) => c.spec.id)).toEqual(ids);
        expectGridFits(spec, layout, width, height);
      });
    }
  }
});

/** Each shown entry whole, the rest counted honestly, the table inside its stage. */
function expectListsFit(layout: ListsLayout, width: number, height: number) {
  const m = layout.metrics;
  expect(layout.height).toBeLessThanOrEqual(height);
  expect(layout.width).toBeLessThanOrEqual(width);
  for (const c of layout.columns) {
    const room = c.width - 2 * m.padX;
    for (const item of c.spec.items) {
      expect(widestPiece(item.text, FONT, estimateText) + m.bullet).toBeLessThanOrEqual(room);
    }
    const left = c.spec.items.length - c.shown;
    expect(c.rest).toBe(
      left === 0 ? null : c.shown ? listWords.more(left) : listWords.none(c.spec.items.length),
    );
  }
}

describe('compare slide: the lists', () => {
  const rows = deriveCompare(bundle.models, bundle.codebook);
  for (const part of ['actors', 'instruments', 'lessons'] as ListKey[]) {
    const spec = compareListsSpec(rows, part, listWords)!;
    for (const [width, height] of [...FULL, ...HALF]) {
      it(`${part} at ${width}×${height}: whole entries, an honest count of the rest`, () => {
        const layout = layoutSlideLists(spec, width, height, PRESENT_TYPE, estimateText);
        expectListsFit(layout, width, height);
        expect([...layout.columns.map((c) => c.spec.name), ...layout.hidden]).toEqual(
          bundle.models.map((m) => m.name),
        );
        // Every shown model gets at least its first entry on the slide.
        for (const c of layout.columns) expect(c.shown).toBeGreaterThan(0);
      });
    }
  }

  it('shows every lesson of all five at 1920×1080 and all five models’ actors at 1366×768', () => {
    const lessons = layoutSlideLists(
      compareListsSpec(rows, 'lessons', listWords)!,
      1880,
      910,
      PRESENT_TYPE,
      estimateText,
    );
    expect(lessons.complete).toBe(true);
    const actors = layoutSlideLists(
      compareListsSpec(rows, 'actors', listWords)!,
      1326,
      600,
      PRESENT_TYPE,
      estimateText,
    );
    expect(actors.columns).toHaveLength(5);
  });

  it('shows both models’ lessons side by side in the tour’s evidence steps', () => {
    for (const ids of [
      ['france', 'italy'],
      ['japan', 'united-states'],
    ]) {
      const spec = compareListsSpec(
        deriveCompare(pick(ids), bundle.codebook),
        'lessons',
        listWords,
      )!;
      for (const [width, height] of HALF) {
        const layout = layoutSlideLists(spec, width, height, PRESENT_TYPE, estimateText);
        expect(layout.columns.map((c) => c.spec.id)).toEqual(ids);
        expectListsFit(layout, width, height);
      }
    }
  });

  it('counts a lead that wraps on its own (Russian "Сильная сторона:") as the browser draws it', () => {
    const spec = {
      columns: [
        { id: 'a', name: 'A', items: [{ lead: 'Сильная сторона:', text: 'Japan borrowed' }] },
      ],
      ...listWords,
    };
    const layout = layoutSlideLists(spec, 200, 600, PRESENT_TYPE, estimateText);
    const m = layout.metrics;
    // "Сильная" / "сторона:" / "Japan" / "borrowed": the text cannot start beside the lead.
    expect(layout.height).toBe(
      m.lineHeight + 2 * m.padY + m.border + 4 * m.lineHeight + 2 * m.padY + m.border,
    );
  });

  it('leads lessons with their kind and shows "N named" when not one entry fits', () => {
    const spec = compareListsSpec(rows, 'lessons', listWords)!;
    expect(spec.columns[0]!.items[0]!.lead).toMatch(/^(Strength|Challenge):$/);
    const tiny = layoutSlideLists(spec, 964, 150, PRESENT_TYPE, estimateText);
    expect(
      tiny.columns.every((c) => c.shown === 0 && c.rest === listWords.none(c.spec.items.length)),
    ).toBe(true);
  });
});

describe('fit ranking on a slide', () => {
  const ranking = bundle.models.map((m, i) => ({
    id: m.id,
    name: m.name,
    distance: i * 0.1,
    index: i,
  }));

  it('lays out as before on the page (no fit height)', () => {
    const page = layoutRanking(ranking, 800, SCREEN_TYPE);
    const f = SCREEN_TYPE.factor;
    const row = Math.max(22 * f, 14 + 8 * f) + 8 * f;
    expect(page.height).toBeCloseTo(8 * f + ranking.length * row);
    expect(page.rows[1]!.y - page.rows[0]!.y).toBeCloseTo(row);
    expect(page.rows[0]!.y).toBeCloseTo(4 * f);
  });

  for (const [width, height] of [
    [964, 520],
    [1326, 500],
    [1860, 820],
    [464, 520],
    [912, 820],
  ] as [number, number][]) {
    it(`fills ${width}×${height} with 24 px names apart and inside`, () => {
      const layout = layoutRanking(ranking, width, PRESENT_TYPE, height);
      expect(layout.fontSize).toBe(24);
      expect(layout.height).toBeLessThanOrEqual(height);
      // Spread (twice the natural height at most) to use the stage.
      expect(layout.height).toBeGreaterThan(height * 0.6);
      const names = layout.rows.map((r) => r.name.box);
      for (const b of [...names, ...layout.rows.map((r) => r.value.box)]) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(width);
      }
      names.forEach((a, i) => {
        const next = names[i + 1];
        if (next) {
          expect(boxesOverlap(a, next)).toBe(false);
          // At least half a line of air between neighbouring names.
          expect(next.y - (a.y + a.height)).toBeGreaterThanOrEqual(12);
        }
      });
      for (const r of layout.rows) expect(r.y + r.bar.height).toBeLessThanOrEqual(layout.height);
    });
  }

  it('tightens rows on a short stage but never below a line and a half', () => {
    const layout = layoutRanking(ranking, 964, PRESENT_TYPE, 100);
    const step = layout.rows[1]!.y - layout.rows[0]!.y;
    expect(step).toBeGreaterThanOrEqual(24 * 1.5);
  });
});
