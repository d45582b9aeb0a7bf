/**
 * Sectors: a models × sector-families matrix of shares, each cell with the named sectors of that
 * family; rows sortable by any family (largest share first, ties in corpus order).
 */
import type { Confidence, Model, SectorFamily } from '../../corpus/schema';
import { modelIndex, SECTOR_FAMILIES } from '../../corpus/derive';
import { shownShares } from '../../charts/honest-share';

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

export function deriveSectors(
  models: readonly Model[],
  sortBy: SectorSort = null,
  indexOf: ReadonlyMap<string, number> = modelIndex(models),
): SectorRow[] {
  const rows = models.map((m) => keptRow(m, indexOf.get(m.id) ?? 0));
  if (!sortBy) return rows;
  const shareOf = (r: SectorRow) => r.cells.find((c) => c.family === sortBy)?.share ?? 0;
  // Array.prototype.sort is stable, so equal shares keep the corpus order.
  return [...rows].sort((a, b) => shareOf(b) - shareOf(a));
}

/**
 * Each model's row as last derived, with the colour index it was derived at: a change of
 * selection hands every model still shown the very same row, so its memoised line of the heat
 * map is skipped (HeatMapDrawing.tsx) instead of 200 lines drawn again.
 */
const rowCache = new WeakMap<Model, SectorRow>();

function keptRow(m: Model, index: number): SectorRow {
  const kept = rowCache.get(m);
  if (kept?.index === index) return kept;
  const row = sectorRow(m, index);
  rowCache.set(m, row);
  return row;
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
