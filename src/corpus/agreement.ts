/**
 * How far the coders agree, per dimension: exact agreement, mean distance and Krippendorff's
 * alpha (ordinal for the 1–5 scales, interval for shares). Pure; the agreement page draws it.
 */
import { krippendorffAlpha, meanDistance } from '../lib/krippendorff.ts';
import type { AlphaResult, Metric, Rating } from '../lib/krippendorff.ts';
import { codeUnder, valueKey } from './codings.ts';
import type { Bundle, DimensionId } from './schema.ts';

export interface DimensionAgreement {
  dimension: DimensionId;
  kind: 'ordinal' | 'shares';
  metric: Metric;
  /** Models coded by every coder compared. */
  models: number;
  /** Share of models on which the coders give the same value (steps; shares to the hundredth and the lead). */
  exact: number | null;
  /** Mean distance between the coders: in steps for a scale, in percentage points per share for shares. */
  meanDistance: number | null;
  /** Alpha over the models (a scale) or over every model's every category share (shares). */
  alpha: AlphaResult;
  /** Ids of the models on which the coders disagree. */
  disagreeing: string[];
}

/** Each dimension's agreement among the given coders over the corpus's models. */
export function agreementOf(bundle: Bundle, coders: readonly string[]): DimensionAgreement[] {
  return bundle.codebook.dimensions.map((dimension) => {
    const codes = bundle.models.map((m) =>
      coders.map((coder) => codeUnder<typeof dimension.id>(m.codes[dimension.id], coder)),
    );
    const disagreeing = bundle.models
      .filter((_, i) => new Set(codes[i]?.map((c) => valueKey(dimension.id, c))).size > 1)
      .map((m) => m.id);
    const exact = bundle.models.length ? 1 - disagreeing.length / bundle.models.length : null;
    if (dimension.kind === 'ordinal') {
      const data: Rating[][] = codes.map((row) => row.map((c) => c.value as number));
      return {
        dimension: dimension.id,
        kind: 'ordinal',
        metric: 'ordinal',
        models: data.length,
        exact,
        meanDistance: meanDistance(data),
        alpha: krippendorffAlpha(data, 'ordinal'),
        disagreeing,
      };
    }
    // Shares: one unit per model and category, in percentage points.
    const categories = (dimension.categories ?? []).map((c) => c.id);
    const data: Rating[][] = codes.flatMap((row) =>
      categories.map((category) =>
        row.map((c) => Math.round(((c.value as Record<string, number>)[category] ?? 0) * 100)),
      ),
    );
    return {
      dimension: dimension.id,
      kind: 'shares',
      metric: 'interval',
      models: codes.length,
      exact,
      meanDistance: meanDistance(data),
      alpha: krippendorffAlpha(data, 'interval'),
      disagreeing,
    };
  });
}
