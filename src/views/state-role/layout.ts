/**
 * State-role dot plot: one row per model (so ties can never overlap), x by step on the 1–5
 * scale. On narrow screens the model names move above their row.
 */
import { scalePoint } from 'd3-scale';
import type { PlacedModel } from './derive';

export interface StateRoleLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  axisY: number;
  stepX: { value: number; x: number }[];
  rows: { id: string; y: number; x: number; labelX: number; labelY: number }[];
  narrow: boolean;
}

export const ROW_HEIGHT = 34;
const NARROW_WIDTH = 560;

/** `scale` enlarges label room and rows for presentation mode's larger type. */
export function layoutStateRole(
  models: readonly PlacedModel[],
  stepValues: readonly number[],
  width: number,
  scale = 1,
): StateRoleLayout {
  const narrow = width < NARROW_WIDTH;
  const plotLeft = narrow ? 16 : 170 * scale;
  const plotRight = width - (narrow ? 16 : 40);
  const rowHeight = (narrow ? ROW_HEIGHT + 16 : ROW_HEIGHT) * scale;
  const top = 12;
  const x = scalePoint<number>()
    .domain([...stepValues])
    .range([plotLeft, plotRight]);
  const rows = models.map((m, i) => {
    const y = top + i * rowHeight + (narrow ? 30 * scale : rowHeight / 2);
    return {
      id: m.id,
      y,
      x: x(m.value) ?? plotLeft,
      labelX: narrow ? plotLeft : plotLeft - 16,
      labelY: narrow ? y - 16 * scale : y,
    };
  });
  const axisY = top + models.length * rowHeight + 12;
  return {
    width,
    height: axisY + 56 * scale,
    plotLeft,
    plotRight,
    axisY,
    stepX: stepValues.map((value) => ({ value, x: x(value) ?? plotLeft })),
    rows,
    narrow,
  };
}
