/**
 * Policy fit: the ranking of models by distance from a profile and the similarity matrix among all
 * models and the profile. What would move the profile toward a model is profile/directions.ts.
 */
import type { Model } from '../../corpus/schema';
import type { Comparable, DistanceOptions, Ranked } from '../../profile/distance';
import { distance, modelComparable, rankModels } from '../../profile/distance';
import type { Profile } from '../../corpus/profile';

export const PROFILE_ID = '__profile__';

export interface FitMatrix {
  ids: string[];
  names: string[];
  /** similarity[i][j] = 1 − distance, in [0, 1]. */
  similarity: number[][];
}

/** The most models the matrix shows: past a dozen columns it is a wall of figures, not a reading. */
export const MATRIX_MODELS = 12;

/** The models the matrix shows: all of them up to MATRIX_MODELS, else the nearest in rank order. */
export function matrixModels(
  models: readonly Model[],
  ranking: readonly Ranked[],
  limit = MATRIX_MODELS,
): readonly Model[] {
  if (models.length <= limit) return models;
  const byId = new Map(models.map((m) => [m.id, m]));
  return ranking
    .slice(0, limit)
    .map((r) => byId.get(r.id))
    .filter((m): m is Model => m !== undefined);
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

export interface FitResult {
  ranking: Ranked[];
  nearest: Ranked | null;
}

export function deriveFit(
  profile: Profile,
  models: readonly Model[],
  options: DistanceOptions,
): FitResult {
  const ranking = rankModels({ values: profile.values }, models, options);
  return { ranking, nearest: ranking[0] ?? null };
}
