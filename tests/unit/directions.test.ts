import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProfileValues } from '../../src/corpus/profile';
import type { DimensionId, Model } from '../../src/corpus/schema';
import type { DimensionMove, MoveItem } from '../../src/profile/directions';
import { directionOf, moveToward, SAME_GAP, SHARE_POINTS_MIN } from '../../src/profile/directions';
import { DIMENSIONS, modelComparable } from '../../src/profile/distance';
import { buildModel, bundledCorpus } from '../support/corpus';
import { profileArb } from '../support/profile-arb';

type Actor = Model['actors'][number];
type Instrument = Model['instruments'][number];

/** The values buildModel codes, as a region: every dimension the same. */
const base: ProfileValues = {
  stateRole: 3,
  governanceLevel: { national: 0.5, regional: 0.3, local: 0.2 },
  sectorFocus: { traditional: 0.25, industrial: 0.25, 'high-tech': 0.25, mixed: 0.25 },
  firmHierarchy: 3,
  universityIndustry: 3,
};
const region = (over: Partial<ProfileValues>): ProfileValues => ({ ...base, ...over });

const quote = (id: string) => ({ id, quote: `quote ${id}`, locator: 'p1', cites: [] });
const actor = (
  id: string,
  type: Actor['type'],
  dimensions: DimensionId[],
  evidence: string[],
  level?: Actor['level'],
): Actor => ({
  id,
  type,
  label: `actor ${id}`,
  role: 'a role long enough to pass',
  dimensions,
  evidence,
  ...(level ? { level } : {}),
});
const instrument = (
  id: string,
  type: Instrument['type'],
  dimensions: DimensionId[],
  evidence: string[],
): Instrument => ({
  id,
  type,
  label: `instrument ${id}`,
  description: 'a description long enough to pass',
  dimensions,
  evidence,
});

/** A built model with these actors and instruments; evidence e1..e9 in order. The codes cite e8
 *  (state role) and e9 (the rest), which no item cites unless a test says so. */
function modelWith(
  actors: Actor[],
  instruments: Instrument[],
  codes: Partial<Model['codes']> = {},
): Model {
  const m = buildModel({ id: 'm', name: 'Model' });
  const c = m.codes;
  return {
    ...m,
    actors,
    instruments,
    evidence: ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9'].map(quote),
    codes: {
      stateRole: { ...c.stateRole, evidence: ['e8'] },
      governanceLevel: { ...c.governanceLevel, evidence: ['e9'] },
      sectorFocus: { ...c.sectorFocus, evidence: ['e9'] },
      firmHierarchy: { ...c.firmHierarchy, evidence: ['e9'] },
      universityIndustry: { ...c.universityIndustry, evidence: ['e9'] },
      ...codes,
    },
  };
}

const moveOn = (moves: DimensionMove[], d: DimensionId) => moves.find((m) => m.dimension === d)!;
const ids = (items: readonly MoveItem[]) => items.map((i) => `${i.kind}:${i.id}`);
const itemsOf = (move: DimensionMove) => move.groups.flatMap((g) => g.items);

describe('directionOf', () => {
  it('gives the signed steps model − region on an ordinal dimension, and same when equal', () => {
    const model = region({ stateRole: 4 });
    expect(directionOf(region({ stateRole: 5 }), model, 'stateRole')).toEqual({
      dimension: 'stateRole',
      kind: 'steps',
      steps: -1,
      gap: 0.25,
    });
    expect(directionOf(region({ stateRole: 2 }), model, 'stateRole')).toMatchObject({ steps: 2 });
    expect(directionOf(model, model, 'stateRole')).toEqual({
      dimension: 'stateRole',
      kind: 'same',
      gap: 0,
    });
  });

  it('lists the shares where the model has more and less from SHARE_POINTS_MIN points, largest first', () => {
    const r = region({
      sectorFocus: { traditional: 0.1, industrial: 0.5, 'high-tech': 0.37, mixed: 0.03 },
    });
    const m = region({
      sectorFocus: { traditional: 0.3, industrial: 0.2, 'high-tech': 0.4, mixed: 0.1 },
    });
    const d = directionOf(r, m, 'sectorFocus');
    expect(d).toMatchObject({
      kind: 'shares',
      // high-tech is 3 points more: below SHARE_POINTS_MIN, so not listed.
      more: [
        { category: 'traditional', points: 20 },
        { category: 'mixed', points: 7 },
      ],
      less: [{ category: 'industrial', points: 30 }],
    });
    expect(d.gap).toBeCloseTo(0.3, 10);
    expect(SHARE_POINTS_MIN).toBe(5);
  });

  it('counts a share dimension as the same below SAME_GAP', () => {
    const r = region({ governanceLevel: { national: 0.5, regional: 0.28, local: 0.22 } });
    expect(directionOf(r, base, 'governanceLevel').kind).toBe('same');
    const far = region({ governanceLevel: { national: 0.4, regional: 0.4, local: 0.2 } });
    expect(directionOf(far, base, 'governanceLevel')).toMatchObject({
      kind: 'shares',
      more: [{ category: 'national', points: 10 }],
      less: [{ category: 'regional', points: 10 }],
    });
    expect(SAME_GAP).toBe(0.05);
  });
});

describe('moveToward: what lies on the side of the gap', () => {
  it('gives five entries in DIMENSIONS order, state role never none', () => {
    const moves = moveToward(base, modelWith([], []));
    expect(moves.map((m) => m.dimension)).toEqual(DIMENSIONS);
    expect(moves[0]).toMatchObject({ basis: 'code' });
    expect(moves.slice(1).map((m) => m.basis)).toEqual(['none', 'none', 'none', 'none']);
  });

  it('France, region state role 5: the regional ministry branches and local authorities', () => {
    const france = bundledCorpus().models.find((m) => m.id === 'france')!;
    const move = moveOn(moveToward(region({ stateRole: 5 }), france), 'stateRole');
    expect(move.direction).toMatchObject({ kind: 'steps', steps: -1 });
    expect(move.basis).toBe('side');
    const items = itemsOf(move);
    expect(ids(items)).toEqual(['actor:ministry-branches', 'actor:local-authorities']);
    expect(items.map((i) => i.level)).toEqual(['regional', 'local']);
    // One quote supports both.
    expect(move.groups.map((g) => g.evidence.id)).toEqual(['fr-partnerships']);
  });

  const stateModel = () =>
    modelWith(
      [
        actor('gov', 'national-government', ['stateRole'], ['e1']),
        actor('agency-n', 'agency', ['stateRole'], ['e2']),
        actor('agency-r', 'agency', ['stateRole'], ['e3'], 'regional'),
        actor('region', 'regional-authority', ['stateRole'], ['e3']),
        actor('firms', 'sme', ['stateRole'], ['e4']),
        actor('untagged', 'national-government', ['governanceLevel'], ['e1']),
      ],
      [
        instrument('tax', 'fiscal', ['stateRole'], ['e1']),
        instrument('advice', 'advisory', ['stateRole'], ['e5']),
        instrument('fund', 'financial', ['stateRole'], ['e4']),
      ],
    );

  it('state role, model more state-directed: national government and agencies, hard instruments', () => {
    const move = moveOn(moveToward(region({ stateRole: 1 }), stateModel()), 'stateRole');
    expect(move.basis).toBe('side');
    expect(ids(itemsOf(move)).sort()).toEqual(
      ['actor:gov', 'actor:agency-n', 'instrument:tax', 'instrument:fund'].sort(),
    );
    expect(itemsOf(move).find((i) => i.id === 'gov')?.level).toBe('national');
  });

  it('state role, model less state-directed: actors below or beside the state, advice, tied instruments', () => {
    const move = moveOn(moveToward(region({ stateRole: 5 }), stateModel()), 'stateRole');
    // fund shares e4 with the small firms; tax only shares e1 with the national government.
    expect(ids(itemsOf(move)).sort()).toEqual(
      [
        'actor:agency-r',
        'actor:region',
        'actor:firms',
        'instrument:advice',
        'instrument:fund',
      ].sort(),
    );
    const byId = new Map(itemsOf(move).map((i) => [i.id, i]));
    expect(byId.get('agency-r')?.level).toBe('regional');
    expect(byId.get('region')?.level).toBe('regional');
    expect(byId.get('firms')?.level).toBeUndefined();
    expect(byId.get('fund')?.level).toBeUndefined();
  });

  it('state role, steps equal: everything the model’s state does (basis all)', () => {
    const move = moveOn(moveToward(base, stateModel()), 'stateRole');
    expect(move.direction.kind).toBe('same');
    expect(move.basis).toBe('all');
    expect(itemsOf(move)).toHaveLength(8);
    expect(ids(itemsOf(move))).not.toContain('actor:untagged');
  });

  it('governance: actors at the levels where the model has more, and instruments sharing their quote', () => {
    const model = modelWith(
      [
        actor('gov', 'national-government', ['governanceLevel'], ['e1']),
        actor('region', 'regional-authority', ['governanceLevel'], ['e2']),
        actor('town', 'agency', ['governanceLevel'], ['e3'], 'local'),
        actor('firm', 'large-firm', ['governanceLevel'], ['e2']),
        actor('untagged', 'local-authority', ['firmHierarchy'], ['e3']),
      ],
      [
        instrument('devolved', 'legal', ['governanceLevel'], ['e2']),
        instrument('central', 'legal', ['governanceLevel'], ['e1']),
        instrument('untagged-i', 'legal', ['firmHierarchy'], ['e2']),
      ],
    );
    // The model (50/30/20) has 20 points more at regional, 15 at local, 35 less at national.
    const r = region({ governanceLevel: { national: 0.85, regional: 0.1, local: 0.05 } });
    const move = moveOn(moveToward(r, model), 'governanceLevel');
    expect(move.basis).toBe('side');
    const items = itemsOf(move);
    expect(ids(items).sort()).toEqual(['actor:region', 'actor:town', 'instrument:devolved'].sort());
    expect(items.find((i) => i.id === 'devolved')?.level).toBe('regional');
    expect(items.find((i) => i.id === 'town')?.level).toBe('local');
  });

  it('sector focus: the named sectors in the families where the model has more, and only tied items', () => {
    const m0 = buildModel({ id: 'm' });
    const sectorFocus = {
      ...m0.codes.sectorFocus,
      value: { traditional: 0.1, industrial: 0.1, 'high-tech': 0.7, mixed: 0.1 },
      sectors: [
        { name: 'apparel', family: 'traditional' as const },
        { name: 'robotics', family: 'high-tech' as const },
      ],
      evidence: ['e2'],
    };
    const model = modelWith(
      [
        actor('tied', 'sme', ['sectorFocus'], ['e2', 'e3']),
        actor('loose', 'sme', ['sectorFocus'], ['e3']),
      ],
      [instrument('tied-i', 'financial', ['sectorFocus'], ['e2'])],
      { sectorFocus },
    );
    const move = moveOn(moveToward(base, model), 'sectorFocus');
    expect(move.basis).toBe('side');
    const items = itemsOf(move);
    expect(ids(items)).toEqual(['sector:sector-1', 'actor:tied', 'instrument:tied-i']);
    expect(items[0]).toMatchObject({ label: 'robotics', text: '', family: 'high-tech' });
    expect(items[1]?.family).toBeUndefined();

    // The model names no sector where it has more: nothing on the side, only the code's quotes.
    const noSector = modelWith(model.actors, model.instruments, {
      sectorFocus: { ...sectorFocus, sectors: [sectorFocus.sectors[0]!] },
    });
    const code = moveOn(moveToward(base, noSector), 'sectorFocus');
    expect(code.basis).toBe('code');
    expect(code.groups.map((g) => [g.evidence.id, g.items.length])).toEqual([['e2', 0]]);
  });

  const hierarchyModel = () =>
    modelWith(
      [
        actor('big', 'large-firm', ['firmHierarchy'], ['e1']),
        actor('lab', 'research-centre', ['firmHierarchy'], ['e2']),
        actor('small', 'sme', ['firmHierarchy'], ['e3']),
        actor('guild', 'collective-institution', ['firmHierarchy'], ['e4']),
        actor('vc', 'venture-capital', ['firmHierarchy'], ['e5']),
        actor('uni', 'university', ['firmHierarchy'], ['e6']),
      ],
      [
        instrument('contracts', 'procurement', ['firmHierarchy'], ['e1']),
        instrument('credit', 'financial', ['firmHierarchy'], ['e3']),
        instrument('other', 'financial', ['firmHierarchy'], ['e6']),
      ],
    );

  it('firm hierarchy: large firms and research centres one way, small firms and networks the other', () => {
    const more = moveOn(
      moveToward(region({ firmHierarchy: 1 }), hierarchyModel()),
      'firmHierarchy',
    );
    expect(ids(itemsOf(more)).sort()).toEqual(
      ['actor:big', 'actor:lab', 'instrument:contracts'].sort(),
    );
    const less = moveOn(
      moveToward(region({ firmHierarchy: 5 }), hierarchyModel()),
      'firmHierarchy',
    );
    expect(ids(itemsOf(less)).sort()).toEqual(
      ['actor:small', 'actor:guild', 'actor:vc', 'instrument:credit'].sort(),
    );
    expect(moveOn(moveToward(base, hierarchyModel()), 'firmHierarchy')).toMatchObject({
      basis: 'none',
      groups: [],
      repeats: [],
    });
  });

  it('university–industry: where the model has more, the linking actors and every instrument; less: the code', () => {
    const model = modelWith(
      [
        actor('uni', 'university', ['universityIndustry'], ['e1']),
        actor('agency', 'agency', ['universityIndustry'], ['e2']),
        actor('firm', 'large-firm', ['universityIndustry'], ['e3']),
      ],
      [instrument('grant', 'financial', ['universityIndustry'], ['e4'])],
    );
    const more = moveOn(moveToward(region({ universityIndustry: 1 }), model), 'universityIndustry');
    expect(ids(itemsOf(more)).sort()).toEqual(
      ['actor:uni', 'actor:agency', 'instrument:grant'].sort(),
    );
    const less = moveOn(moveToward(region({ universityIndustry: 5 }), model), 'universityIndustry');
    expect(less.basis).toBe('code');
    expect(less.groups.map((g) => [g.evidence.id, g.items])).toEqual([['e9', []]]);
  });
});

describe('moveToward: quotes once, grouped', () => {
  it('puts the quote supporting most items first, ties in the model’s evidence order', () => {
    const model = modelWith(
      [
        actor('a', 'sme', ['firmHierarchy'], ['e3']),
        actor('b', 'sme', ['firmHierarchy'], ['e2', 'e3']),
        actor('c', 'sme', ['firmHierarchy'], ['e2', 'e3']),
        actor('d', 'sme', ['firmHierarchy'], ['e5']),
        actor('e', 'sme', ['firmHierarchy'], ['e4']),
      ],
      [],
    );
    const move = moveOn(moveToward(region({ firmHierarchy: 5 }), model), 'firmHierarchy');
    expect(move.groups.map((g) => [g.evidence.id, g.items.map((i) => i.id)])).toEqual([
      ['e3', ['a', 'b', 'c']],
      ['e4', ['e']],
      ['e5', ['d']],
    ]);
  });

  it('does not show a quote again: its items become repeats unless another unused quote supports them', () => {
    const model = modelWith(
      [
        actor('gov', 'national-government', ['stateRole', 'governanceLevel'], ['e1']),
        actor('agency', 'agency', ['stateRole', 'governanceLevel'], ['e1', 'e2'], 'national'),
      ],
      [],
    );
    // Region more local than the model and less state-directed: both dimensions list both actors.
    const r = region({
      stateRole: 1,
      governanceLevel: { national: 0.2, regional: 0.3, local: 0.5 },
    });
    const moves = moveToward(r, model);
    const state = moveOn(moves, 'stateRole');
    expect(state.groups.map((g) => [g.evidence.id, g.items.map((i) => i.id)])).toEqual([
      ['e1', ['gov', 'agency']],
    ]);
    const governance = moveOn(moves, 'governanceLevel');
    expect(governance.groups.map((g) => [g.evidence.id, g.items.map((i) => i.id)])).toEqual([
      ['e2', ['agency']],
    ]);
    expect(governance.repeats).toEqual([
      {
        item: expect.objectContaining({ id: 'gov' }),
        shownUnder: 'stateRole',
        evidenceIds: ['e1'],
      },
    ]);
  });

  it('names where a coded value’s quotes were shown when nothing lies on the side', () => {
    const universityIndustry = {
      ...buildModel({ id: 'm' }).codes.universityIndustry,
      evidence: ['e1', 'e7'],
    };
    const model = modelWith([actor('gov', 'national-government', ['stateRole'], ['e1'])], [], {
      universityIndustry,
    });
    // The state role shows e1, so university–industry (nothing on its side) shows only e7.
    const moves = moveToward(region({ stateRole: 1, universityIndustry: 5 }), model);
    expect(moveOn(moves, 'universityIndustry')).toMatchObject({
      basis: 'code',
      groups: [{ evidence: expect.objectContaining({ id: 'e7' }), items: [] }],
      quotesShownUnder: [{ evidenceId: 'e1', shownUnder: 'stateRole' }],
    });
  });
});

describe('moveToward on the bundled models (property)', () => {
  const models = bundledCorpus().models;

  it('shows each quote once, places each item once per dimension, repeats only what was shown before', () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom(...models), (values, model) => {
        const moves = moveToward(values, model);
        expect(moves.map((m) => m.dimension)).toEqual(DIMENSIONS);
        const quotes = moves.flatMap((m) => m.groups.map((g) => g.evidence.id));
        expect(new Set(quotes).size).toBe(quotes.length);
        const shownAt = new Map(
          moves.flatMap((m, i) => m.groups.map((g) => [g.evidence.id, i] as const)),
        );
        moves.forEach((move, i) => {
          expect(move.basis === 'none').toBe(
            move.direction.kind === 'same' && move.dimension !== 'stateRole',
          );
          if (move.basis === 'side' || move.basis === 'all') {
            expect(move.groups.length + move.repeats.length).toBeGreaterThan(0);
          }
          // Every group's quote supports its items; groups cover most items first.
          const sizes = move.groups.map((g) => g.items.length);
          expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
          for (const g of move.groups) {
            for (const item of g.items) expect(item.evidenceIds).toContain(g.evidence.id);
          }
          const placed = [
            ...move.groups.flatMap((g) => g.items),
            ...move.repeats.map((r) => r.item),
          ].map((item) => `${item.kind}:${item.id}`);
          expect(new Set(placed).size).toBe(placed.length);
          for (const r of move.repeats) {
            // Every quote of a repeated item was shown under an earlier dimension.
            for (const id of r.item.evidenceIds) expect(shownAt.get(id)).toBeLessThan(i);
            expect(DIMENSIONS.indexOf(r.shownUnder)).toBeLessThan(i);
          }
          if (move.basis === 'code') {
            const code = model.codes[move.dimension].evidence;
            for (const g of move.groups) {
              expect(g.items).toEqual([]);
              expect(code).toContain(g.evidence.id);
            }
          }
        });
        expect(moveToward(values, model)).toEqual(moves); // deterministic
      }),
      { numRuns: 300, seed: 17 },
    );
  });

  it('lists only items the model tags with the dimension', () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom(...models), (values, model) => {
        for (const move of moveToward(values, model)) {
          const items = [
            ...move.groups.flatMap((g) => g.items),
            ...move.repeats.map((r) => r.item),
          ];
          for (const item of items) {
            if (item.kind === 'sector') continue;
            const source =
              item.kind === 'actor'
                ? model.actors.find((a) => a.id === item.id)
                : model.instruments.find((x) => x.id === item.id);
            expect(source?.dimensions).toContain(move.dimension);
          }
        }
      }),
      { numRuns: 200, seed: 18 },
    );
  });

  it('on a model’s own profile lists only what its state does', () => {
    for (const model of models) {
      const moves = moveToward(modelComparable(model).values, model);
      expect(moves.map((m) => m.basis)).toEqual(['all', 'none', 'none', 'none', 'none']);
    }
  });
});
