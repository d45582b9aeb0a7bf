import { describe, expect, it } from 'vitest';
import { PRESENT_TYPE, SCREEN_TYPE } from '../../src/charts/type-scale';
import {
  backReferences,
  codeSummaries,
  deriveModelPage,
  neighboursOf,
  stripsOf,
} from '../../src/views/model/derive';
import { layoutCodeGlyph, layoutStrip, MAX_STACK } from '../../src/views/model/layout';
import { buildChartModel, buildModel, bundledCorpus, codebook } from '../support/corpus';

const bundle = bundledCorpus();
const ids = bundle.models.map((m) => m.id);
const japan = bundle.models.find((m) => m.id === 'japan')!;

describe('a model page, derived from the bundled corpus', () => {
  const page = deriveModelPage(japan, bundle.codebook, ids);

  it('finds the models before and after in corpus order, without wrapping round', () => {
    expect(neighboursOf(['a', 'b', 'c'], 'a')).toEqual({
      previous: null,
      next: 'b',
      number: 1,
      total: 3,
    });
    expect(neighboursOf(['a', 'b', 'c'], 'c')).toMatchObject({ previous: 'b', next: null });
    expect(neighboursOf(['a'], 'a')).toMatchObject({ previous: null, next: null, total: 1 });
    expect(page.neighbours.number).toBe(ids.indexOf('japan') + 1);
  });

  it('summarises the five codes in the codebook’s order, steps as numbers, shares as keys', () => {
    expect(page.codes.map((c) => c.dimension)).toEqual(bundle.codebook.dimensions.map((d) => d.id));
    const stateRole = page.codes[0]!;
    expect(stateRole).toMatchObject({ step: 5, of: 5, shares: [], lead: null });
    const governance = page.codes.find((c) => c.dimension === 'governanceLevel')!;
    expect(governance.step).toBeNull();
    expect(governance.shares.map((s) => s.key)).toEqual(['national', 'regional', 'local']);
    expect(governance.lead).toBe('national');
    expect(governance.shares.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1);
  });

  it('groups actors by level (public bodies first), then by type, keeping each one', () => {
    const levels = page.actors.map((g) => g.level);
    expect(levels.at(-1)).toBeNull();
    expect(levels.slice(0, -1)).toEqual(
      ['national', 'regional', 'local'].filter((l) => levels.includes(l as never)),
    );
    const all = page.actors.flatMap((g) => g.types.flatMap((t) => t.actors));
    expect(all.map((a) => a.item.id).sort()).toEqual(japan.actors.map((a) => a.id).sort());
    for (const group of page.actors)
      for (const type of group.types)
        for (const a of type.actors) {
          expect(a.item.type).toBe(type.type);
          expect(a.item.level ?? null).toBe(group.level);
          expect(japan.actors[a.index]).toBe(a.item);
        }
  });

  it('groups instruments by type in the codebook’s order', () => {
    const order = bundle.codebook.instrumentTypes.map((t) => t.id);
    const types = page.instruments.map((g) => g.type);
    expect(types).toEqual([...types].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(page.instruments.flatMap((g) => g.instruments)).toHaveLength(japan.instruments.length);
  });

  it('shows each quote in full once, where the page first cites it', () => {
    const cited = [
      ...page.actors.flatMap((g) => g.types.flatMap((t) => t.actors)),
      ...page.instruments.flatMap((g) => g.instruments),
      ...page.examples,
      ...page.facts,
      ...page.strengths,
      ...page.challenges,
    ].flatMap((item) => item.quotes);
    const full = cited.filter((q) => q.first).map((q) => q.evidence.id);
    expect(new Set(full).size).toBe(full.length);
    expect(new Set(cited.map((q) => q.evidence.id))).toEqual(new Set(full));
    // Japan's actors share quotes: some are pointers back.
    expect(cited.some((q) => !q.first)).toBe(true);
  });

  it('says under which item a pointer’s quote is shown, one line per such item', () => {
    const items = [
      ...page.actors.flatMap((g) =>
        g.types.flatMap((t) => t.actors.map((a) => ['actor', a] as const)),
      ),
      ...page.instruments.flatMap((g) => g.instruments.map((i) => ['instrument', i] as const)),
      ...page.strengths.map((l) => ['lesson', l] as const),
      ...page.challenges.map((l) => ['lesson', l] as const),
    ];
    const shownIn = (kind: string, index: number) =>
      items.find(([k, item]) => k === kind && item.index === index)![1];
    for (const [kind, item] of items)
      for (const q of item.quotes) {
        if (q.first) expect(q.shownAt).toEqual({ kind, index: item.index });
        else {
          const holder = shownIn(q.shownAt.kind, q.shownAt.index);
          expect(holder.quotes.find((h) => h.evidence.id === q.evidence.id)?.first).toBe(true);
        }
      }
    // Two pointers to quotes shown under one item make one line.
    const ev = (id: string) => japan.evidence.find((e) => e.id === id)!;
    const at = { kind: 'actor' as const, index: 7 };
    const lines = backReferences([
      { evidence: ev('jp-coop-centres'), first: false, shownAt: at },
      { evidence: ev('jp-frontier'), first: true, shownAt: { kind: 'lesson', index: 2 } },
      { evidence: ev('jp-coop-tasks'), first: false, shownAt: at },
      { evidence: ev('jp-laws'), first: false, shownAt: { kind: 'actor', index: 0 } },
    ]);
    expect(lines.map((l) => [l.shownAt.index, l.evidence.map((e) => e.id)])).toEqual([
      [7, ['jp-coop-centres', 'jp-coop-tasks']],
      [0, ['jp-laws']],
    ]);
  });

  it('keeps lessons’ indexes in the model’s own array, split into strengths and challenges', () => {
    for (const l of [...page.strengths, ...page.challenges])
      expect(japan.lessons[l.index]).toBe(l.item);
    expect(page.strengths.every((l) => l.item.kind === 'strength')).toBe(true);
    expect(page.challenges.every((l) => l.item.kind === 'challenge')).toBe(true);
    expect(page.strengths.length + page.challenges.length).toBe(japan.lessons.length);
  });

  it('says so when a model has nothing of a kind (Japan: no examples, no facts)', () => {
    expect(page.examples).toEqual([]);
    expect(page.facts).toEqual([]);
    const bare = buildModel({ id: 'bare', actors: [], instruments: [], lessons: [] });
    const empty = deriveModelPage(bare, codebook(), ['bare']);
    expect(empty.actors).toEqual([]);
    expect(empty.instruments).toEqual([]);
    expect(empty.strengths).toEqual([]);
    expect(empty.neighbours).toMatchObject({ previous: null, next: null, total: 1 });
  });
});

describe('strips: this model among the others', () => {
  it('makes a strip per ordinal dimension and one per share category', () => {
    const strips = stripsOf(bundle.models, 'japan', bundle.codebook);
    expect(strips).toHaveLength(3 + 3 + 4);
    const stateRole = strips.find((s) => s.dimension === 'stateRole')!;
    expect(stateRole.own).toMatchObject({ id: 'japan', value: 5 });
    expect(stateRole.others).toHaveLength(bundle.models.length - 1);
    expect(stateRole.below + stateRole.level + stateRole.above).toBe(bundle.models.length - 1);
    expect(stateRole.above).toBe(0);
    const national = strips.find((s) => s.category === 'national')!;
    expect(national.kind).toBe('share');
    expect(national.domain).toEqual([0, 1]);
  });

  it('counts below, level and above (shares at whole percent)', () => {
    const models = [
      buildChartModel('a', { stateRole: 2 }),
      buildChartModel('b', { stateRole: 4 }),
      buildChartModel('c', { stateRole: 4 }),
      buildChartModel('d', { stateRole: 5 }),
    ];
    const strip = stripsOf(models, 'b', codebook()).find((s) => s.dimension === 'stateRole')!;
    expect(strip).toMatchObject({ below: 1, level: 1, above: 1 });
    expect(strip.own.index).toBe(1);
  });

  it('lays this model on the axis and stacks ties above it, inside the width', () => {
    const models = ['a', 'b', 'c', 'd', 'e'].map((id) => buildChartModel(id, { stateRole: 3 }));
    const strip = stripsOf(models, 'a', codebook()).find((s) => s.dimension === 'stateRole')!;
    const layout = layoutStrip(strip, 400, SCREEN_TYPE);
    expect(layout.own.y).toBe(layout.axisY);
    expect(layout.own.x).toBeCloseTo((layout.plotLeft + layout.plotRight) / 2);
    const ys = layout.others.map((o) => o.y);
    expect(new Set(ys).size).toBe(4);
    for (const y of ys) expect(y).toBeLessThan(layout.axisY - layout.own.radius);
    // The stack's top marker (points included) keeps room below the label above the drawing.
    for (const o of layout.others) expect(o.y - layout.otherReach).toBeGreaterThanOrEqual(6);
    expect(layout.others.map((o) => o.index).sort()).toEqual([1, 2, 3, 4]);
    expect(layout.ticks.map((t) => t.value)).toEqual([1, 2, 3, 4, 5]);
    expect(layout.ticks[0]!.x).toBeGreaterThan(0);
    expect(layout.ticks.at(-1)!.x).toBeLessThan(400);
    expect(layout.tickY).toBeGreaterThan(layout.axisY + layout.own.radius);
  });

  it('keeps its height bounded with 200 models at one step', () => {
    const models = Array.from({ length: 200 }, (_, i) =>
      buildChartModel(`m${i}`, { stateRole: 3 }),
    );
    const strip = stripsOf(models, 'm0', codebook()).find((s) => s.dimension === 'stateRole')!;
    const crowded = layoutStrip(strip, 360, SCREEN_TYPE);
    expect(new Set(crowded.others.map((o) => o.y)).size).toBeLessThanOrEqual(MAX_STACK);
    // Five levels of markers with a star's reach each, the axis and its numbers.
    expect(crowded.height).toBeLessThan(140);
  });

  it('grows marks and type for the projector', () => {
    const strip = stripsOf(bundle.models, 'japan', bundle.codebook)[0]!;
    const screen = layoutStrip(strip, 500, SCREEN_TYPE);
    const present = layoutStrip(strip, 500, PRESENT_TYPE);
    expect(present.fontSize).toBe(24);
    expect(present.own.size).toBeGreaterThan(screen.own.size);
  });
});

describe('code glyphs', () => {
  const codes = codeSummaries(japan, bundle.codebook);

  it('fills dots up to the step', () => {
    const glyph = layoutCodeGlyph(
      codes.find((c) => c.dimension === 'universityIndustry')!,
      176,
      SCREEN_TYPE,
    );
    expect(glyph.dots.map((d) => d.filled)).toEqual([true, true, true, true, false]);
    expect(glyph.segments).toEqual([]);
    expect(glyph.dots.at(-1)!.x + glyph.dotRadius).toBeLessThanOrEqual(176);
  });

  it('lays shares end to end across the width, skipping empty ones', () => {
    const glyph = layoutCodeGlyph(
      codes.find((c) => c.dimension === 'sectorFocus')!,
      176,
      SCREEN_TYPE,
    );
    expect(glyph.dots).toEqual([]);
    expect(glyph.segments.every((s) => s.share > 0)).toBe(true);
    const last = glyph.segments.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(176);
    expect(glyph.fontSize).toBeGreaterThanOrEqual(12);
  });
});
