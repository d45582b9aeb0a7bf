/**
 * Sectors: a models × sector-families matrix of shares, each cell with the named sectors of that
 * family; rows sortable by any family (largest share first, ties in corpus order).
 */
import type { Confidence, Model, SectorFamily } from '../../corpus/schema';
import { modelIndex, SECTOR_FAMILIES } from '../../corpus/derive';
import { shownShares } from '../../charts/honest-share';
import { keptRowsPerModel } from '../shared/kept-rows';

export interface SectorCell {
  family: SectorFamily;
  share: number;
  /** The share as shown: "≈50%", rounded to 10% and still adding up, when confidence is low. */
  shown: string;
  sectors: string[];
}

export interface SectorRow {
  id: string;
  name: string;
  /** The model's fixed position in the corpus, which decides its colour and marker. */
  index: number;
  confidence: Confidence;
  cells: SectorCell[];
}

export type SectorSort = SectorFamily | null;

/** Each model's row as last derived (kept-rows.ts): its memoised line of the heat map is then
 *  skipped on a change of selection (HeatMapDrawing.tsx) instead of 200 lines drawn again. */
const rowCache = new WeakMap<Model, SectorRow>();

export function deriveSectors(
  models: readonly Model[],
  sortBy: SectorSort = null,
  indexOf: ReadonlyMap<string, number> = modelIndex(models),
): SectorRow[] {
  const rows = keptRowsPerModel(rowCache, models, indexOf, sectorRow);
  if (!sortBy) return rows;
  const shareOf = (r: SectorRow) => r.cells.find((c) => c.family === sortBy)?.share ?? 0;
  // Array.prototype.sort is stable, so equal shares keep the corpus order.
  return [...rows].sort((a, b) => shareOf(b) - shareOf(a));
}

function sectorRow(m: Model, index: number): SectorRow {
  const code = m.codes.sectorFocus;
  const shown = shownShares(
    SECTOR_FAMILIES.map((f) => code.value[f]),
    code.confidence,
  );
  return {
    id: m.id,
    name: m.name,
    index,
    confidence: code.confidence,
    cells: SECTOR_FAMILIES.map((family, i) => ({
      family,
      share: code.value[family],
      shown: shown[i]?.text ?? '',
      sectors: code.sectors.filter((s) => s.family === family).map((s) => s.name),
    })),
  };
}
