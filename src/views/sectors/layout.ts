/**
 * The sector heat map is an HTML table (every cell is text, so it reads as a table too): its text
 * follows the page's type, which presentation mode enlarges. What layout decides is each cell's
 * shade and the text colour that stays legible on it, and the size of the model markers for the
 * medium. Rows and cells are carried through.
 */
import { percent } from '../../corpus/derive';
import { heatCellStyle } from '../../charts/sector-colours';
import type { TypeScale } from '../../charts/type-scale';
import type { SectorCell, SectorRow } from './derive';

export interface ShadedCell {
  cell: SectorCell;
  percent: number;
  fill: string;
  text: string;
}

export interface HeatMapLayout {
  markerSize: number;
  rows: { row: SectorRow; cells: ShadedCell[] }[];
}

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
        percent: percent(cell.share),
        ...heatCellStyle(cell.share, theme),
      })),
    })),
  };
}
