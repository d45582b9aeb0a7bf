/**
 * Rows kept per model across changes of selection: a view derives one row per model shown, and
 * a change of selection asks again for every one. Each model object keeps the row it was last
 * given while its colour index (its place in the corpus) is the same, so memoised rows drawn from
 * it are skipped instead of all drawn again. Models are immutable once loaded: a new corpus or a
 * translation brings new model objects, and so new rows.
 */
import type { Model } from '../../corpus/schema';

export function keptRowsPerModel<Row extends { index: number }>(
  kept: WeakMap<Model, Row>,
  models: readonly Model[],
  indexOf: ReadonlyMap<string, number>,
  rowOf: (model: Model, index: number) => Row,
): Row[] {
  return models.map((m) => {
    const index = indexOf.get(m.id) ?? 0;
    const row = kept.get(m);
    if (row?.index === index) return row;
    const fresh = rowOf(m, index);
    kept.set(m, fresh);
    return fresh;
  });
}
