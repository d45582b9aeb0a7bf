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
