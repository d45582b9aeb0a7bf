/**
 * Policy fit under each coding: the same profile ranked against the models as every coder coded
 * them, and whether the nearest model is the same under all of them. Pure.
 *
 * The models must be the corpus as written (reconciled, with the other coders' codings beside it),
 * not a corpus already drawn under one coder: see useReconciledBundle in state/selectors.ts.
 */
import { modelUnder } from '../../corpus/codings';
import type { Coder, Model } from '../../corpus/schema';
import type { Profile } from '../../corpus/profile';
import { rankModels } from '../../profile/distance';
import type { DistanceOptions, Ranked } from '../../profile/distance';

export interface PlaceUnder {
  coder: string;
  /** 1 = nearest. */
  rank: number;
  distance: number;
}

export interface ModelUnderCodings {
  id: string;
  name: string;
  /** The model's place under each coder, in the coders' order. */
  places: PlaceUnder[];
}

export interface NearestGroup {
  id: string;
  name: string;
  /** The coders under whom this model is the nearest. */
  coders: Coder[];
}

export interface FitUnderCodings {
  coders: Coder[];
  /** One row per model, in the order of the ranking under `orderBy`. */
  models: ModelUnderCodings[];
  /** Whether every coding puts the same model nearest. */
  nearestHolds: boolean;
  /** The nearest model and the coders who put it there: one group when it holds. */
  nearest: NearestGroup[];
}

export function fitUnderCodings(
  profile: Pick<Profile, 'values'>,
  models: readonly Model[],
  coders: readonly Coder[],
  options: DistanceOptions,
  /** The coder whose ranking orders the rows (the one the page draws); else the first. */
  orderBy?: string,
): FitUnderCodings {
  const rankings = coders.map((coder) => ({
    coder,
    ranking: rankModels(
      { values: profile.values },
      models.map((m) => modelUnder(m, coder.id)),
      options,
    ),
  }));
  const order: Ranked[] =
    (rankings.find((r) => r.coder.id === orderBy) ?? rankings[0])?.ranking ?? [];
  const rows = order.map((m) => ({
    id: m.id,
    name: m.name,
    places: rankings.map(({ coder, ranking }) => {
      const rank = ranking.findIndex((r) => r.id === m.id);
      return { coder: coder.id, rank: rank + 1, distance: ranking[rank]?.distance ?? 1 };
    }),
  }));
  const nearest: NearestGroup[] = [];
  for (const { coder, ranking } of rankings) {
    const first = ranking[0];
    if (!first) continue;
    const group = nearest.find((g) => g.id === first.id);
    if (group) group.coders.push(coder);
    else nearest.push({ id: first.id, name: first.name, coders: [coder] });
  }
  return { coders: [...coders], models: rows, nearestHolds: nearest.length <= 1, nearest };
}
