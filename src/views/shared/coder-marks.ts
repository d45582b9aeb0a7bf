/**
 * All coders at once: each coder's reading of a model placed on a chart's scale, readings that
 * coincide drawn as one mark, and marks that would touch moved to lanes below. Pure: no DOM, no
 * words beyond the coders' own names and the role letters the caller reads from the catalogue;
 * the state-role and governance layouts call it.
 */
import type { Box } from '../../charts/text-width';
import { textWidth } from '../../charts/text-width';
import type { TypeScale } from '../../charts/type-scale';
import type { Coder, CoderRole, Confidence } from '../../corpus/schema';

/** A coder as the charts draw it: its id, its name and the letter its marks carry. */
export interface CoderKey {
  id: string;
  name: string;
  letter: string;
}

/** The letter of each coder role, in the reader's language (catalogue group codings.letters). */
export type RoleLetters = Readonly<Record<CoderRole, string>>;

/**
 * One short letter per coder, all different: the letter of its role ("F" for the first coding,
 * "A" for the agreed, reconciled one), numbered in the coders' order where two coders share a
 * role ("E1", "E2"). The role, not the name, gives the letter, because a name's initial can read
 * as another thing ("Reconciled after review 1" in Uzbek starts like "taqriz", review). The
 * compare matrix's split glyphs use it too, so a coder has one letter everywhere. Letters (not
 * colours or shapes) tell coders apart, because colours and shapes belong to the models.
 */
export function coderKeys(
  coders: readonly Pick<Coder, 'id' | 'name' | 'role'>[],
  letters: RoleLetters,
): CoderKey[] {
  return coders.map((c, i) => {
    const letter = letters[c.role];
    const alike = coders.filter((x) => x.role === c.role).length;
    const nth = coders.slice(0, i + 1).filter((x) => x.role === c.role).length;
    return { id: c.id, name: c.name, letter: alike > 1 ? `${letter}${nth}` : letter };
  });
}

/** One coder's reading of one model: where it sits on the scale and what must match to agree. */
export interface CoderReading {
  coder: CoderKey;
  /** On the chart's scale: a step (1–5) or a share (0–1). */
  position: number;
  /** Equal for two coders exactly when they give the same value (see corpus/codings valueKey). */
  key: string;
  confidence: Confidence;
}

/** Readings at one place on the scale, drawn as one mark. */
export interface CoderGroup<R extends CoderReading = CoderReading> {
  position: number;
  readings: R[];
  /** Every coder reads this model the same: one mark says so (a ring), not stacked letters. */
  allAgree: boolean;
}

/** Positions closer than this (a hundredth of a share; steps are whole) are one place. */
const placeOf = (position: number) => Math.round(position * 100);

/** The readings grouped by place, left to right; coders keep their order inside a group. */
export function groupReadings<R extends CoderReading>(readings: readonly R[]): CoderGroup<R>[] {
  const byPlace = new Map<number, R[]>();
  for (const r of readings)
    byPlace.set(placeOf(r.position), [...(byPlace.get(placeOf(r.position)) ?? []), r]);
  const groups = [...byPlace.values()].map((rs) => ({
    position: rs[0]?.position ?? 0,
    readings: rs,
    allAgree: false,
  }));
  const agree =
    groups.length === 1 && readings.length > 1 && new Set(readings.map((r) => r.key)).size === 1;
  return groups.map((g) => ({ ...g, allAgree: agree })).sort((a, b) => a.position - b.position);
}

/** Sizes of the coder marks for a medium's type scale. */
export interface CoderMarkSizes {
  font: number;
  /** Height of a letter badge (and the ring's diameter). */
  height: number;
  /** Room either side of the letters inside a badge. */
  pad: number;
  /** The least side of a mark's pointer and keyboard target. */
  hit: number;
  /** From one lane's centre to the next: the targets of two lanes never overlap. */
  lane: number;
}

const MIN_HIT = 24;

export function coderMarkSizes(type: TypeScale): CoderMarkSizes {
  const font = type.small;
  const height = font + 8 * type.factor;
  const hit = Math.max(MIN_HIT, height + 6 * type.factor);
  return { font, height, pad: 5 * type.factor, hit, lane: hit + 2 * type.factor };
}

/** The ring that stands for "all coders agree" holds this sign. */
export const AGREE_SIGN = '=';

/** What a group's mark says inside it: the coders' letters, or the sign of agreement. */
export const markText = (group: CoderGroup): string =>
  group.allAgree ? AGREE_SIGN : group.readings.map((r) => r.coder.letter).join(' ');

/** The widest a mark can be with these coders: every letter in one badge. */
export function widestMark(coders: readonly CoderKey[], sizes: CoderMarkSizes): number {
  const text = coders.map((c) => c.letter).join(' ');
  return Math.max(sizes.hit, textWidth(text, sizes.font) + 2 * sizes.pad);
}

export interface PlacedCoderMark<R extends CoderReading = CoderReading> {
  group: CoderGroup<R>;
  text: string;
  /** Centre of the mark. */
  x: number;
  y: number;
  /** 0 on the row's line, then one lane lower each time the mark would touch one before it. */
  lane: number;
  width: number;
  height: number;
  /** Any reading at low confidence: the mark is outlined dashed. */
  low: boolean;
  /** The pointer and keyboard target, never under 24 × 24 px. */
  hit: Box;
}

/**
 * Places each group's mark at `xOf(position)` on the line `y`, kept inside [minX, maxX] (its
 * target too); a mark whose target would touch an earlier one in a lane goes to the next lane
 * down. Returns the marks and how many lanes they take.
 */
export function placeCoderMarks<R extends CoderReading>(
  groups: readonly CoderGroup<R>[],
  xOf: (position: number) => number,
  y: number,
  sizes: CoderMarkSizes,
  bounds: { minX: number; maxX: number },
): { marks: PlacedCoderMark<R>[]; lanes: number } {
  const laneEnds: number[] = [];
  const marks = groups.map((group) => {
    const text = markText(group);
    const width = group.allAgree
      ? sizes.height
      : Math.max(sizes.height, textWidth(text, sizes.font) + 2 * sizes.pad);
    const hitWidth = Math.max(sizes.hit, width + 4);
    const half = hitWidth / 2;
    const x = Math.min(Math.max(xOf(group.position), bounds.minX + half), bounds.maxX - half);
    let lane = laneEnds.findIndex((end) => end <= x - half);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = x + half;
    const cy = y + lane * sizes.lane;
    return {
      group,
      text,
      x,
      y: cy,
      lane,
      width,
      height: sizes.height,
      low: group.readings.some((r) => r.confidence === 'low'),
      hit: { x: x - half, y: cy - sizes.hit / 2, width: hitWidth, height: sizes.hit },
    };
  });
  return { marks, lanes: Math.max(1, laneEnds.length) };
}

/** Which coders a reader is following: marks holding one of them stand out, the rest fade. */
export type CoderMarkState = 'is-plain' | 'is-active' | 'is-faded';

export function coderMarkState(
  group: CoderGroup,
  active: readonly string[] | null,
): CoderMarkState {
  if (!active || active.length === 0) return 'is-plain';
  return group.readings.some((r) => active.includes(r.coder.id)) ? 'is-active' : 'is-faded';
}
