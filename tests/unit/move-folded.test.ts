import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DimensionMove, MoveItem, QuoteGroup } from '../../src/profile/directions';
import { moveToward } from '../../src/profile/directions';
import { foldMove, isFolded, pointerCount, TOP_ITEMS } from '../../src/profile/move-folded';
import { EXAMPLE_PROFILES } from '../../src/profile/example-profiles';
import { bundledCorpus } from '../support/corpus';
import { profileArb } from '../support/profile-arb';

/** Profile A of issue 17: a state that directs, national government, industry, weak links. */
const resourceRegion = EXAMPLE_PROFILES.find((p) => p.id === 'resource')!.values;

const item = (id: string, text?: string): MoveItem =>
  ({ kind: 'actor', id, label: id, ...(text ? { text } : {}) }) as MoveItem;
const group = (id: string, items: MoveItem[]): QuoteGroup => ({
  evidence: { id, quote: `quote ${id}`, locator: 'p1', cites: [] },
  items,
});
const move = (groups: QuoteGroup[], repeats = 0): DimensionMove =>
  ({
    dimension: 'universityIndustry',
    direction: { kind: 'steps', dimension: 'universityIndustry', steps: 2 },
    basis: 'side',
    groups,
    repeats: Array.from({ length: repeats }, (_, i) => ({
      item: item(`r${i}`, 'x'),
      shownUnder: 'stateRole',
      evidenceIds: ['e0'],
    })),
  }) as DimensionMove;

/** What the folded view lists: items (a bare quote as one) and pointers. */
const shownCount = (m: DimensionMove) => {
  const f = foldMove(m);
  return f.groups.reduce((sum, g) => sum + Math.max(1, g.items.length), 0) + f.pointers;
};

describe('what a dimension shows before "Show all"', () => {
  it('takes whole quotes while three described items last, then stops', () => {
    const m = move([
      group('a', [item('1', 'x'), item('2', 'x')]),
      group('b', [item('3', 'x'), item('4', 'x')]),
    ]);
    const f = foldMove(m);
    expect(f.groups.map((g) => g.evidence.id)).toEqual(['a']);
    expect(f.total).toBe(4);
    expect(f.folded).toBe(true);
    expect(isFolded(m, 'b')).toBe(true);
    expect(isFolded(m, 'a')).toBe(false);
  });

  it('shows the first quote always, with the items the budget pays for', () => {
    const m = move([
      group(
        'a',
        ['1', '2', '3', '4'].map((id) => item(id, 'x')),
      ),
    ]);
    const f = foldMove(m);
    expect(f.groups).toHaveLength(1);
    expect(f.groups[0]?.items.map((i) => i.id)).toEqual(['1', '2', '3']);
    expect(f.folded).toBe(true);
    // The quote is shown, so a pointer to it does not need to unfold the dimension.
    expect(isFolded(m, 'a')).toBe(false);
  });

  it('counts bare names (sectors) three to a line', () => {
    const names = ['1', '2', '3', '4', '5', '6'].map((id) => item(id));
    const f = foldMove(move([group('a', names)]));
    expect(f.groups[0]?.items).toHaveLength(6);
    expect(f.folded).toBe(false);
  });

  it('adds the "also" lines only after every item, while room remains', () => {
    const f = foldMove(move([group('a', [item('1', 'x'), item('2', 'x')])], 3));
    expect(f.pointers).toBe(1);
    expect(f.total).toBe(5);
    expect(f.folded).toBe(true);
    const folded = foldMove(
      move(
        [
          group('a', [item('1', 'x'), item('2', 'x')]),
          group('b', [item('3', 'x'), item('4', 'x')]),
        ],
        2,
      ),
    );
    expect(folded.pointers).toBe(0);
  });

  it('never shows more than it lists, shows something whenever there is something, and unfolds to all', () => {
    const models = bundledCorpus().models;
    fc.assert(
      fc.property(profileArb, fc.integer({ min: 0, max: models.length - 1 }), (values, index) => {
        for (const m of moveToward(values, models[index]!)) {
          const f = foldMove(m);
          const shown = shownCount(m);
          expect(shown).toBeLessThanOrEqual(f.total);
          expect(f.total).toBe(
            m.groups.reduce((sum, g) => sum + Math.max(1, g.items.length), 0) + pointerCount(m),
          );
          if (m.groups.length > 0) expect(f.groups.length).toBeGreaterThan(0);
          expect(f.folded).toBe(shown < f.total);
          // Items shown are the first of their group, in order; groups are the first ones.
          f.groups.forEach((g, i) => {
            const full = m.groups[i]!;
            expect(g.evidence.id).toBe(full.evidence.id);
            expect(full.items.slice(0, g.items.length)).toEqual(g.items);
          });
        }
      }),
      { numRuns: 60 },
    );
  });

  it("keeps the resource region's answer toward Japan to three items a dimension, on the bundled corpus", () => {
    const japan = bundledCorpus().models.find((m) => m.id === 'japan')!;
    const moves = moveToward(resourceRegion, japan);
    const shown = Object.fromEntries(moves.map((m) => [m.dimension, foldMove(m)]));
    // State role matches; what Japan's state does: one quote and its three items, the rest folded.
    expect(shown.stateRole?.groups).toHaveLength(1);
    expect(shown.stateRole?.groups[0]?.items).toHaveLength(TOP_ITEMS);
    expect(shown.stateRole?.folded).toBe(true);
    for (const m of moves) {
      const described = foldMove(m)
        .groups.flatMap((g) => g.items)
        .filter((i) => i.text).length;
      expect(described + foldMove(m).pointers, m.dimension).toBeLessThanOrEqual(TOP_ITEMS);
    }
  });
});
