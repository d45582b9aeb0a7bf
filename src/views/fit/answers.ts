/**
 * The five guided questions as data: one answer per dimension (a codebook step for the 1–5
 * scales, a named preset for the two dimensions of shares), how answers become a profile once all
 * five are given, and how a profile (from a link, a saved one, the full editor) reads back as
 * answers. Pure; the view keeps no other record of what was answered.
 */
import type { Profile, ProfileValues } from '../../corpus/profile';
import { blankProfile, PROFILE_STEP_MAX, PROFILE_STEP_MIN } from '../../corpus/profile';
import type { DimensionId, GovernanceLevel, SectorFamily } from '../../corpus/schema';
import { DIMENSIONS } from '../../profile/distance';
import { matchPreset, presetShares } from './share-presets';
import type { ShareDimension } from './share-presets';

/** The questions in the order they are asked: the codebook's order of the dimensions. */
export const QUESTIONS: readonly DimensionId[] = DIMENSIONS;

export type OrdinalDimension = Exclude<DimensionId, ShareDimension>;

export const isShareDimension = (d: DimensionId): d is ShareDimension =>
  d === 'governanceLevel' || d === 'sectorFocus';

/** The answer to a question of shares whose shares match no preset: set in the full editor. */
export const OWN_SHARES = 'own';

/**
 * What was answered: a step (1–5) for a scale; a preset id, or OWN_SHARES, for shares; null
 * while the question is unanswered. `name` is the region's name ('' until typed).
 */
export interface Answers {
  name: string;
  stateRole: number | null;
  governanceLevel: string | null;
  sectorFocus: string | null;
  firmHierarchy: number | null;
  universityIndustry: number | null;
}

export type AnswerValue = number | string;

export const noAnswers = (name = ''): Answers => ({
  name,
  stateRole: null,
  governanceLevel: null,
  sectorFocus: null,
  firmHierarchy: null,
  universityIndustry: null,
});

/** How a profile reads as answers: its steps, and for shares the preset they match (or own). */
export function answersFromProfile(profile: Profile): Answers {
  const v = profile.values;
  return {
    name: profile.name,
    stateRole: v.stateRole,
    governanceLevel: matchPreset('governanceLevel', v.governanceLevel) ?? OWN_SHARES,
    sectorFocus: matchPreset('sectorFocus', v.sectorFocus) ?? OWN_SHARES,
    firmHierarchy: v.firmHierarchy,
    universityIndustry: v.universityIndustry,
  };
}

export const answeredCount = (answers: Answers): number =>
  QUESTIONS.filter((d) => answers[d] !== null).length;

/** The first question still open, or null when all five are answered. */
export const firstUnanswered = (answers: Answers): DimensionId | null =>
  QUESTIONS.find((d) => answers[d] === null) ?? null;

/** Whether a value is an answer the question can take (a step on the scale, a known preset). */
export function isValidAnswer(dimension: DimensionId, value: unknown): value is AnswerValue {
  if (isShareDimension(dimension))
    return (
      typeof value === 'string' && (value === OWN_SHARES || presetShares(dimension, value) !== null)
    );
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= PROFILE_STEP_MIN &&
    value <= PROFILE_STEP_MAX
  );
}

/**
 * The values with one answer applied to `base`: a step replaces the step, a preset replaces the
 * shares; OWN_SHARES (or an unknown preset) keeps the shares `base` has.
 */
function applyAnswer(
  base: ProfileValues,
  dimension: DimensionId,
  value: AnswerValue,
): ProfileValues {
  if (isShareDimension(dimension)) {
    const shares = typeof value === 'string' ? presetShares(dimension, value) : null;
    if (!shares) return base;
    return dimension === 'governanceLevel'
      ? { ...base, governanceLevel: shares as Record<GovernanceLevel, number> }
      : { ...base, sectorFocus: shares as Record<SectorFamily, number> };
  }
  return typeof value === 'number' ? { ...base, [dimension]: value } : base;
}

/** A profile with one answer changed (the profile already exists: a change updates it). */
export function withAnswer(profile: Profile, dimension: DimensionId, value: AnswerValue): Profile {
  return { ...profile, values: applyAnswer(profile.values, dimension, value) };
}

/**
 * The profile the answers describe, over `base` (the blank profile): what is answered replaces
 * the base's value, what is not keeps it. The full editor shows this while answers are partial.
 */
export function workingProfile(answers: Answers, base: Profile = blankProfile()): Profile {
  const values = QUESTIONS.reduce<ProfileValues>((v, d) => {
    const answer = answers[d];
    return answer === null ? v : applyAnswer(v, d, answer);
  }, base.values);
  return { name: answers.name || base.name, values };
}

/** The profile once all five questions are answered; null while any is open. */
export function profileFromAnswers(
  answers: Answers,
  base: Profile = blankProfile(),
): Profile | null {
  return firstUnanswered(answers) === null ? workingProfile(answers, base) : null;
}
