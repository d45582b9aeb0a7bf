/**
 * Aligned 100% bars, one per model; segments in the fixed order national → regional → local so
 * the same level lines up across models. Narrow screens put the model name above its bar. Every
 * pixel comes from the width and the medium's type scale; a segment carries its label only where
 * the label fits inside it.
 */
import { scaleLinear } from 'd3-scale';
import type { GovernanceLevel } from '../../corpus/schema';
import { GOVERNANCE_LEVELS, percent } from '../../corpus/derive';
import { labelBox, textWidth } from '../../charts/text-width';
import type { Box } from '../../charts/text-width';
import type { TypeScale } from '../../charts/type-scale';
import type { GovernanceRow } from './derive';

export interface PlacedText {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  box: Box;
}

export interface GovernanceSegment {
  level: GovernanceLevel;
  levelIndex: number;
  share: number;
  isLead: boolean;
  x: number;
  width: number;
  /** Its level letter and percentage, where they fit inside the segment. */
  label: PlacedText | null;
  /** The pointer and keyboard target over the segment. */
  hit: Box;
}

export interface GovernanceBar {
  row: GovernanceRow;
  y: number;
  name: PlacedText;
  segments: GovernanceSegment[];
}

export interface GovernanceLayout {
  width: number;
  height: number;
  barHeight: number;
  /** Height of the hatched band that marks the leading level. */
  leadBand: number;
  hatch: number;
  plotLeft: number;
  plotRight: number;
  narrow: boolean;
  fontSize: { name: number; segment: number };
  stroke: number;
  /** Side of the legend's colour swatches. */
  swatch: number;
  bars: GovernanceBar[];
}

/** The words the layout must measure to place them, in the reader's language. */
export interface GovernanceWords {
  /** The letter that stands for each level inside a segment. */
  initial: Record<GovernanceLevel, string>;
  lead: string;
}

export const NARROW_WIDTH = 560;
const SEGMENT_GAP = 2;

export function layoutGovernance(
  rows: readonly GovernanceRow[],
  width: number,
  type: TypeScale,
  words: GovernanceWords,
): GovernanceLayout {
  const { factor, label: nameFont, small: segmentFont } = type;
  const narrow = width < NARROW_WIDTH;
  const gap = 12 * factor;
  const nameWidth = Math.max(0, ...rows.map((r) => textWidth(r.name, nameFont)));
  const plotLeft = narrow ? 8 : Math.min(nameWidth + 2 * gap, width * 0.45);
  const plotRight = width - 12;
  const barHeight = Math.max(28 * factor, segmentFont + 12 * factor);
  const nameRoom = narrow ? nameFont + 6 * factor : 0;
  const rowStep = nameRoom + barHeight + 16 * factor;
  const top = 8 * factor;
  const x = scaleLinear().domain([0, 1]).range([plotLeft, plotRight]);
  const bars = rows.map((row, i) => {
    const y = top + i * rowStep + nameRoom;
    let cumulative = 0;
    const segments = GOVERNANCE_LEVELS.map((level, levelIndex) => {
      const share = row.shares[level];
      const start = cumulative;
      cumulative += share;
      const sx = x(start);
      const w = x(cumulative) - sx;
      const isLead = row.lead === level;
      const short = `${words.initial[level]} ${percent(share)}%`;
      const texts = isLead ? [`${short} · ${words.lead}`, short] : [short];
      const fits = texts.find((t) => textWidth(t, segmentFont) + 2 * 6 * factor <= w);
      const labelY = y + (barHeight - 7 * factor) / 2;
      return {
        level,
        levelIndex,
        share,
        isLead,
        x: sx,
        width: w,
        label: fits ? place(fits, segmentFont, sx + 6 * factor, labelY, 'start') : null,
        hit: { x: sx, y, width: Math.max(8, w - SEGMENT_GAP), height: barHeight },
      };
    }).filter((s) => s.share > 0);
    const name = narrow
      ? place(row.name, nameFont, plotLeft, y - 6 * factor - nameFont / 2, 'start')
      : place(row.name, nameFont, plotLeft - gap, y + barHeight / 2, 'end');
    return { row, y, name, segments };
  });
  return {
    width,
    height: top + rows.length * rowStep,
    barHeight,
    leadBand: 7 * factor,
    hatch: 6 * factor,
    plotLeft,
    plotRight,
    narrow,
    fontSize: { name: nameFont, segment: segmentFont },
    stroke: type.stroke * 1.3,
    swatch: 14 * factor,
    bars,
  };
}

function place(
  text: string,
  font: number,
  x: number,
  y: number,
  anchor: PlacedText['anchor'],
): PlacedText {
  return { text, x, y, anchor, box: labelBox(text, font, x, y, anchor) };
}
