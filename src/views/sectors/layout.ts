/**
 * The sector heat map is an HTML table (every cell is text, so it reads as a table too): its text
 * follows the page's type, which presentation mode enlarges. What layout decides is each cell's
 * shade and the text colour that stays legible on it, and the size of the model markers for the
 * medium, and the steps of the shade scale its legend shows. A low-confidence row shows its shares
 * as "≈" and rounded to 10%. Rows and cells are carried through.
 */
import { heatCellStyle } from '../../charts/sector-colours';
import { shownShare } from '../../charts/honest-share';
import type { TypeScale } from '../../charts/type-scale';
import type { SectorCell, SectorRow } from './derive';

export interface ShadedCell {
  cell: SectorCell;
  /** The share as shown: "≈50%" when the row's estimate has low confidence. */
  shown: string;
  approximate: boolean;
  fill: string;
  text: string;
}

export interface ScaleStep {
  label: string;
  fill: string;
  text: string;
}

export interface HeatMapLayout {
  markerSize: number;
  rows: { row: SectorRow; cells: ShadedCell[] }[];
  /** The legend's shade scale: 0% to 100% in quarters. */
  scale: ScaleStep[];
}

const SCALE_STEPS = [0, 0.25, 0.5, 0.75, 1];

export function layoutSectors(
  rows: readonly SectorRow[],
  type: TypeScale,
  theme: 'light' | 'dark',
): HeatMapLayout {
  return {
    markerSize: Math.round(14 * type.factor),
    rows: rows.map((row) => ({
      row,
      cells: row.cells.map((cell) => ({
        cell,
        shown: cell.shown,
        approximate: row.confidence === 'low',
        ...heatCellStyle(cell.share, theme),
      })),
    })),
    scale: SCALE_STEPS.map((share) => ({
      label: shownShare(share, 'high').text,
      ...heatCellStyle(share, theme),
    })),
  };
}
