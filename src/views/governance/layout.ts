/**
 * Aligned 100% bars, one per model; segments in the fixed order national → regional → local so
 * the same level lines up across models. Narrow screens put the model name above its bar.
 */
import { scaleLinear } from 'd3-scale';
import type { GovernanceLevel } from '../../corpus/schema';
import { GOVERNANCE_LEVELS } from '../../corpus/derive';
import type { GovernanceRow } from './derive';

export interface GovernanceSegment {
  level: GovernanceLevel;
  levelIndex: number;
  x: number;
  width: number;
  share: number;
  isLead: boolean;
  /** Wide enough to print its percentage inside. */
  labelled: boolean;
}

export interface GovernanceBar {
  id: string;
  y: number;
  labelX: number;
  labelY: number;
  segments: GovernanceSegment[];
}

export interface GovernanceLayout {
  width: number;
  height: number;
  barHeight: number;
  plotLeft: number;
  plotRight: number;
  narrow: boolean;
  bars: GovernanceBar[];
  ticks: { value: number; x: number }[];
}

const NARROW_WIDTH = 560;

/** `scale` enlarges label room and bars for presentation mode's larger type. */
export function layoutGovernance(
  rows: readonly GovernanceRow[],
  width: number,
  scale = 1,
): GovernanceLayout {
  const narrow = width < NARROW_WIDTH;
  const plotLeft = narrow ? 8 : 170 * scale;
  const plotRight = width - 12;
  const barHeight = 28 * scale;
  const rowStep = (narrow ? 64 : 44) * scale;
  const top = (narrow ? 24 : 12) * scale;
  const x = scaleLinear().domain([0, 1]).range([plotLeft, plotRight]);
  const bars = rows.map((row, i) => {
    const y = top + i * rowStep;
    let cumulative = 0;
    const segments = GOVERNANCE_LEVELS.map((level, levelIndex) => {
      const share = row.shares[level];
      const start = cumulative;
      cumulative += share;
      const w = x(cumulative) - x(start);
      return {
        level,
        levelIndex,
        x: x(start),
        width: w,
        share,
        isLead: row.lead === level,
        labelled: w >= 40,
      };
    }).filter((s) => s.share > 0);
    return {
      id: row.id,
      y,
      labelX: narrow ? plotLeft : plotLeft - 12,
      labelY: narrow ? y - 10 * scale : y + barHeight / 2,
      segments,
    };
  });
  const height = top + rows.length * rowStep + 24;
  return {
    width,
    height,
    barHeight,
    plotLeft,
    plotRight,
    narrow,
    bars,
    ticks: [0, 0.25, 0.5, 0.75, 1].map((value) => ({ value, x: x(value) })),
  };
}
