/**
 * Policy fit: the ranking of models by distance from a profile, the similarity matrix among all
 * models and the profile, and — for a chosen model — what it did on each dimension where the
 * profile differs: the instruments and actors the corpus links to that dimension, with evidence.
 */
import type { DimensionId, Evidence, Model } from '../../corpus/schema';
import type { Comparable, Difference, DistanceOptions, Ranked } from '../../profile/distance';
import {
  differences,
  DIMENSIONS,
  distance,
  gap,
  modelComparable,
  rankModels,
} from '../../profile/distance';
import type { Profile } from '../../corpus/profile';

export const PROFILE_ID = '__profile__';

export interface FitMatrix {
  ids: string[];
  names: string[];
  /** similarity[i][j] = 1 − distance, in [0, 1]. */
  similarity: number[][];
}

export function similarityMatrix(
  profile: Profile,
  models: readonly Model[],
  options: DistanceOptions,
): FitMatrix {
  const items: { id: string; name: string; c: Comparable }[] = [
    { id: PROFILE_ID, name: profile.name, c: { values: profile.values } },
    ...models.map((m) => ({ id: m.id, name: m.name, c: modelComparable(m) })),
  ];
  return {
    ids: items.map((i) => i.id),
    names: items.map((i) => i.name),
    similarity: items.map((a) => items.map((b) => 1 - distance(a.c, b.c, options))),
  };
}

export interface LinkedEntry {
  kind: 'instrument' | 'actor';
  label: string;
  text: string;
  quotes: Evidence[];
}

export interface DimensionContrast {
  dimension: DimensionId;
  difference: Difference;
  gap: number;
  entries: LinkedEntry[];
}

/** Below this normalised gap a dimension counts as "the same" for "What they did". */
export const SAME_GAP = 0.05;

export function whatTheyDid(profile: Profile, model: Model): DimensionContrast[] {
  const byId = new Map(model.evidence.map((e) => [e.id, e]));
  const quotes = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  const modelValues = modelComparable(model).values;
  const diffs = differences(profile.values, modelValues);
  return DIMENSIONS.flatMap((dimension, i) => {
    const g = gap(profile.values, modelValues, dimension);
    if (g < SAME_GAP) return [];
    const entries: LinkedEntry[] = [
      ...model.instruments
        .filter((x) => x.dimensions.includes(dimension))
        .map((x) => ({
          kind: 'instrument' as const,
          label: x.label,
          text: x.description,
          quotes: quotes(x.evidence),
        })),
      ...model.actors
        .filter((x) => x.dimensions.includes(dimension))
        .map((x) => ({
          kind: 'actor' as const,
          label: x.label,
          text: x.role,
          quotes: quotes(x.evidence),
        })),
    ];
    return [{ dimension, difference: diffs[i]!, gap: g, entries }];
  });
}

export interface FitResult {
  ranking: Ranked[];
  nearest: Ranked | null;
  nearestDifferences: Difference[];
}

export function deriveFit(
  profile: Profile,
  models: readonly Model[],
  options: DistanceOptions,
): FitResult {
  const ranking = rankModels({ values: profile.values }, models, options);
  const nearest = ranking[0] ?? null;
  const nearestModel = models.find((m) => m.id === nearest?.id);
  return {
    ranking,
    nearest,
    nearestDifferences: nearestModel
      ? differences(profile.values, modelComparable(nearestModel).values)
      : [],
  };
}
