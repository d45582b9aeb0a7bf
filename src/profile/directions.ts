/**
 * What would move a region toward a model: on each dimension, which way the model differs from the
 * region (directionOf) and the model's actors, instruments and named sectors that lie on the
 * model's side of that gap, grouped under the quotes that support them, each quote once in the
 * whole answer (moveToward). Pure: the policy-fit answer and the policy brief both read it.
 */
import type {
  ActorType,
  DimensionId,
  Evidence,
  GovernanceLevel,
  InstrumentType,
  Model,
  SectorFamily,
} from '../corpus/schema';
import type { ProfileValues } from '../corpus/profile';
import { GOVERNANCE_LEVELS, SECTOR_FAMILIES } from '../corpus/derive';
import { DIMENSIONS, gap, modelComparable } from './distance';

type Actor = Model['actors'][number];
type Instrument = Model['instruments'][number];

/** Below this normalised gap (distance.ts `gap`) a dimension counts as the same. */
export const SAME_GAP = 0.05;
/** A share counts as "the model has more / less" from this many percentage points. */
export const SHARE_POINTS_MIN = 5;

/** |model − region| in whole points. */
export interface ShareGap {
  category: GovernanceLevel | SectorFamily;
  points: number;
}

export type Direction =
  | {
      dimension: 'stateRole' | 'firmHierarchy' | 'universityIndustry';
      kind: 'steps';
      /** model − region, never 0 */
      steps: number;
      gap: number;
    }
  | {
      dimension: 'governanceLevel' | 'sectorFocus';
      kind: 'shares';
      /** Where the model has more than the region, largest first. */
      more: ShareGap[];
      /** Where the model has less, largest first. */
      less: ShareGap[];
      gap: number;
    }
  | { dimension: DimensionId; kind: 'same'; gap: number };

/** Largest gap first; equal gaps keep the category order of the codebook. */
function byPointsDescending(a: ShareGap, b: ShareGap): number {
  return b.points - a.points;
}

export function directionOf(
  region: ProfileValues,
  model: ProfileValues,
  dimension: DimensionId,
): Direction {
  const g = gap(region, model, dimension);
  if (dimension === 'governanceLevel' || dimension === 'sectorFocus') {
    if (g < SAME_GAP) return { dimension, kind: 'same', gap: g };
    const categories: readonly (GovernanceLevel | SectorFamily)[] =
      dimension === 'governanceLevel' ? GOVERNANCE_LEVELS : SECTOR_FAMILIES;
    const r = region[dimension] as Record<string, number>;
    const m = model[dimension] as Record<string, number>;
    // Whole points, rounded once, so "5 points" in the text and the rule below agree.
    const signed = categories.map((category) => ({
      category,
      points: Math.round(((m[category] ?? 0) - (r[category] ?? 0)) * 100),
    }));
    const more = signed.filter((s) => s.points >= SHARE_POINTS_MIN).sort(byPointsDescending);
    const less = signed
      .filter((s) => s.points <= -SHARE_POINTS_MIN)
      .map((s) => ({ category: s.category, points: -s.points }))
      .sort(byPointsDescending);
    return { dimension, kind: 'shares', more, less, gap: g };
  }
  const steps = model[dimension] - region[dimension];
  // An ordinal step is a gap of 0.25, so "same" is exactly "no step apart".
  if (steps === 0 || g < SAME_GAP) return { dimension, kind: 'same', gap: g };
  return { dimension, kind: 'steps', steps, gap: g };
}

export interface MoveItem {
  kind: 'instrument' | 'actor' | 'sector';
  /** actor/instrument id; for a named sector `sector-<index in codes.sectorFocus.sectors>` */
  id: string;
  label: string;
  /** instrument description, actor role; for a sector '' */
  text: string;
  evidenceIds: string[];
  /** What puts it on the side of the gap (for the UI's "at regional level" etc.), if anything. */
  level?: GovernanceLevel;
  family?: SectorFamily;
}

export interface QuoteGroup {
  evidence: Evidence;
  /** The items this quote supports (may be empty when the quote is the coded value's own evidence). */
  items: MoveItem[];
}

export interface DimensionMove {
  dimension: DimensionId;
  direction: Direction;
  /** 'side': items on the side of the gap; 'all': every item on the dimension (state role when the
   *  steps match: "what the model's state does"); 'code': nothing on that side, so the quotes that
   *  support the model's coded value; 'none': same and not state role (nothing to list). */
  basis: 'side' | 'all' | 'code' | 'none';
  /** Grouped under the quote that supports them, the quote covering most items first; each quote
   *  appears once in the whole answer (the first dimension that needs it). */
  groups: QuoteGroup[];
  /** Items whose every quote was already shown under an earlier dimension: listed, not re-quoted. */
  repeats: { item: MoveItem; shownUnder: DimensionId; evidenceIds: string[] }[];
  /** Basis 'code' only: the coded value's quotes left out because an earlier dimension showed them
   *  (so the UI can point there when `groups` is short or empty). Added after the first API. */
  quotesShownUnder?: { evidenceId: string; shownUnder: DimensionId }[];
}

/** The level of government an actor acts at: its own `level`, else what its type implies. */
const LEVEL_OF_TYPE: Partial<Record<ActorType, GovernanceLevel>> = {
  'national-government': 'national',
  'regional-authority': 'regional',
  'local-authority': 'local',
};
export function actorLevel(actor: Actor): GovernanceLevel | undefined {
  return actor.level ?? LEVEL_OF_TYPE[actor.type];
}

const sharesEvidence = (a: readonly string[], b: readonly string[]) =>
  a.some((id) => b.includes(id));

const actorItem = (a: Actor, level?: GovernanceLevel): MoveItem => ({
  kind: 'actor',
  id: a.id,
  label: a.label,
  text: a.role,
  evidenceIds: [...a.evidence],
  ...(level ? { level } : {}),
});

const instrumentItem = (x: Instrument, level?: GovernanceLevel): MoveItem => ({
  kind: 'instrument',
  id: x.id,
  label: x.label,
  text: x.description,
  evidenceIds: [...x.evidence],
  ...(level ? { level } : {}),
});

/** The items a dimension lists (actors, then instruments, each in corpus order), or null when
 *  the dimension lists nothing by rule (basis 'none'). */
interface Side {
  basis: 'side' | 'all';
  items: MoveItem[];
}

/**
 * Instruments that share a quote with one of the on-side actors: the article ties them to those
 * actors, so they sit on the same side. The level, when given, is that of the first such actor.
 */
function instrumentsBesideActors(
  instruments: readonly Instrument[],
  actors: readonly { actor: Actor; level?: GovernanceLevel }[],
): MoveItem[] {
  return instruments.flatMap((x) => {
    const partner = actors.find((a) => sharesEvidence(x.evidence, a.actor.evidence));
    return partner ? [instrumentItem(x, partner.level)] : [];
  });
}

function governanceSide(model: Model, more: readonly ShareGap[]): MoveItem[] {
  // Levels in the order of the gap, largest first, so an instrument tied to actors at two levels
  // is named by the level where the model has most more.
  const levels = more.map((s) => s.category as GovernanceLevel);
  const actors = model.actors
    .filter((a) => a.dimensions.includes('governanceLevel'))
    .flatMap((actor) => {
      const level = actorLevel(actor);
      return level && levels.includes(level) ? [{ actor, level }] : [];
    });
  const byGap = [...actors].sort((a, b) => levels.indexOf(a.level) - levels.indexOf(b.level));
  const instruments = model.instruments.filter((x) => x.dimensions.includes('governanceLevel'));
  return [
    ...actors.map(({ actor, level }) => actorItem(actor, level)),
    ...instrumentsBesideActors(instruments, byGap),
  ];
}

/**
 * Sector focus: the sectors the model names in the families where it has more. Actors and
 * instruments tagged with sector focus join them only when they share a quote with the sector
 * code's own evidence and the model names a sector in one of those families: the corpus does not
 * give an actor a sector family, so anything weaker would guess. They carry no family for the same
 * reason.
 */
function sectorSide(model: Model, more: readonly ShareGap[]): MoveItem[] {
  const families = more.map((s) => s.category as SectorFamily);
  const code = model.codes.sectorFocus;
  const sectors: MoveItem[] = code.sectors.flatMap((s, i) =>
    families.includes(s.family)
      ? [
          {
            kind: 'sector' as const,
            id: `sector-${i}`,
            label: s.name,
            text: '',
            evidenceIds: [...code.evidence],
            family: s.family,
          },
        ]
      : [],
  );
  if (sectors.length === 0) return [];
  const tied = (ids: readonly string[]) => sharesEvidence(ids, code.evidence);
  return [
    ...sectors,
    ...model.actors
      .filter((a) => a.dimensions.includes('sectorFocus') && tied(a.evidence))
      .map((a) => actorItem(a)),
    ...model.instruments
      .filter((x) => x.dimensions.includes('sectorFocus') && tied(x.evidence))
      .map((x) => instrumentItem(x)),
  ];
}

const STATE_DIRECTED_INSTRUMENTS: readonly InstrumentType[] = [
  'fiscal',
  'financial',
  'legal',
  'procurement',
  'infrastructure',
  'institutional',
];
const NON_STATE_ACTORS: readonly ActorType[] = [
  'collective-institution',
  'sme',
  'large-firm',
  'venture-capital',
  'university',
  'research-centre',
];

/**
 * State role. Where the model's state directs more, its national government and national (or
 * unplaced) agencies and the state's hard instruments; where it directs less, who acts below or
 * beside the national state (regional and local government, firms, universities, collective
 * institutions), advice, and the instruments the article ties to those actors. Steps equal: all
 * of it, "what the model's state does".
 */
function stateRoleSide(model: Model, steps: number): Side {
  const actors = model.actors.filter((a) => a.dimensions.includes('stateRole'));
  const instruments = model.instruments.filter((x) => x.dimensions.includes('stateRole'));
  if (steps === 0) {
    return {
      basis: 'all',
      items: [
        ...actors.map((a) => actorItem(a, actorLevel(a))),
        ...instruments.map((x) => instrumentItem(x)),
      ],
    };
  }
  if (steps > 0) {
    const onSide = actors.filter((a) => {
      const level = actorLevel(a);
      return (
        (a.type === 'national-government' || a.type === 'agency') &&
        (level === undefined || level === 'national')
      );
    });
    return {
      basis: 'side',
      items: [
        ...onSide.map((a) => actorItem(a, actorLevel(a))),
        ...instruments
          .filter((x) => STATE_DIRECTED_INSTRUMENTS.includes(x.type))
          .map((x) => instrumentItem(x)),
      ],
    };
  }
  const onSide = actors.flatMap((actor) => {
    const level = actorLevel(actor);
    const below = level === 'regional' || level === 'local' ? level : undefined;
    return below || NON_STATE_ACTORS.includes(actor.type) ? [{ actor, level: below }] : [];
  });
  return {
    basis: 'side',
    items: [
      ...onSide.map(({ actor, level }) => actorItem(actor, level)),
      // Corpus order among the instruments, whichever rule put them on the side.
      ...instruments.flatMap((x) =>
        x.type === 'advisory'
          ? [instrumentItem(x)]
          : // No level: the shared quote, not a level of government, ties it to the actor.
            instrumentsBesideActors(
              [x],
              onSide.map(({ actor }) => ({ actor })),
            ),
      ),
    ],
  };
}

/** Firm hierarchy: large firms and research centres toward hierarchy; small firms, collective
 *  institutions and venture capital toward a flat network; instruments tied to them by a quote. */
function hierarchySide(model: Model, steps: number): MoveItem[] {
  const types: readonly ActorType[] =
    steps > 0
      ? ['large-firm', 'research-centre']
      : ['sme', 'collective-institution', 'venture-capital'];
  const actors = model.actors
    .filter((a) => a.dimensions.includes('firmHierarchy') && types.includes(a.type))
    .map((actor) => ({ actor }));
  return [
    ...actors.map(({ actor }) => actorItem(actor)),
    ...instrumentsBesideActors(
      model.instruments.filter((x) => x.dimensions.includes('firmHierarchy')),
      actors,
    ),
  ];
}

/** University–industry links: where the model has more, the actors that make the links and every
 *  instrument on the dimension; a model with fewer links has nothing to show for it. */
function universitySide(model: Model, steps: number): MoveItem[] {
  if (steps < 0) return [];
  const types: readonly ActorType[] = [
    'university',
    'research-centre',
    'agency',
    'collective-institution',
  ];
  return [
    ...model.actors
      .filter((a) => a.dimensions.includes('universityIndustry') && types.includes(a.type))
      .map((a) => actorItem(a)),
    ...model.instruments
      .filter((x) => x.dimensions.includes('universityIndustry'))
      .map((x) => instrumentItem(x)),
  ];
}

/** The items on the side of the gap, or null when the dimension lists nothing (same, not state role). */
function sideOf(model: Model, direction: Direction): Side | null {
  if (direction.dimension === 'stateRole') {
    return stateRoleSide(model, direction.kind === 'steps' ? direction.steps : 0);
  }
  switch (direction.kind) {
    case 'same':
      return null;
    case 'shares':
      return {
        basis: 'side',
        items:
          direction.dimension === 'governanceLevel'
            ? governanceSide(model, direction.more)
            : sectorSide(model, direction.more),
      };
    case 'steps':
      return {
        basis: 'side',
        items:
          direction.dimension === 'firmHierarchy'
            ? hierarchySide(model, direction.steps)
            : universitySide(model, direction.steps),
      };
  }
}

/**
 * Puts items under quotes greedily: the quote supporting most items not yet placed first (ties:
 * the model's evidence order), until no unused quote supports what is left. Quotes used by an
 * earlier dimension (`shown`) are not used again; items left over go to `repeats`.
 */
function groupItems(
  items: readonly MoveItem[],
  evidence: readonly Evidence[],
  shown: Map<string, DimensionId>,
  dimension: DimensionId,
): Pick<DimensionMove, 'groups' | 'repeats'> {
  const groups: QuoteGroup[] = [];
  let unplaced = [...items];
  for (;;) {
    let best: { quote: Evidence; items: MoveItem[] } | null = null;
    for (const quote of evidence) {
      if (shown.has(quote.id)) continue;
      const supported = unplaced.filter((item) => item.evidenceIds.includes(quote.id));
      if (supported.length > (best?.items.length ?? 0)) best = { quote, items: supported };
    }
    if (!best) break;
    shown.set(best.quote.id, dimension);
    groups.push({ evidence: best.quote, items: best.items });
    const placed = best.items;
    unplaced = unplaced.filter((item) => !placed.includes(item));
  }
  // What is left has no unused quote: every quote it has was shown earlier (or is missing from the
  // model's evidence, which validation rules out; such an item has nothing to show and is dropped).
  const repeats = unplaced.flatMap((item) => {
    const ids = item.evidenceIds.filter((id) => shown.has(id));
    const first = ids[0];
    return first === undefined ? [] : [{ item, shownUnder: shown.get(first)!, evidenceIds: ids }];
  });
  return { groups, repeats };
}

/** Five entries in DIMENSIONS order (distance.ts). State role is never 'none'. */
export function moveToward(region: ProfileValues, model: Model): DimensionMove[] {
  const modelValues = modelComparable(model).values;
  const evidenceById = new Map(model.evidence.map((e) => [e.id, e]));
  const shown = new Map<string, DimensionId>();
  return DIMENSIONS.map((dimension): DimensionMove => {
    const direction = directionOf(region, modelValues, dimension);
    const side = sideOf(model, direction);
    if (!side) return { dimension, direction, basis: 'none', groups: [], repeats: [] };
    if (side.items.length > 0) {
      return {
        dimension,
        direction,
        basis: side.basis,
        ...groupItems(side.items, model.evidence, shown, dimension),
      };
    }
    // Nothing on that side: the quotes that support the model's coded value, each once.
    const groups: QuoteGroup[] = [];
    const quotesShownUnder: NonNullable<DimensionMove['quotesShownUnder']> = [];
    for (const id of model.codes[dimension].evidence) {
      const earlier = shown.get(id);
      const quote = evidenceById.get(id);
      if (earlier) quotesShownUnder.push({ evidenceId: id, shownUnder: earlier });
      else if (quote) {
        shown.set(id, dimension);
        groups.push({ evidence: quote, items: [] });
      }
    }
    return { dimension, direction, basis: 'code', groups, repeats: [], quotesShownUnder };
  });
}
