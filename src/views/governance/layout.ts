/**
 * Aligned 100% bars, one per model; segments in the fixed order national → regional → local so
 * the same level lines up across models. Each name has its confidence beneath it (beside it on
 * narrow screens, where the name sits above its bar). A low-confidence bar shows its shares as
 * "≈" and rounded to 10% (the drawing also outlines it dashed). Every pixel comes from the width and
 * the medium's type scale; a segment carries its label only where the label fits inside it.
 */
import { scaleLinear } from 'd3-scale';
import type { Confidence, GovernanceLevel } from '../../corpus/schema';
import { GOVERNANCE_LEVELS } from '../../corpus/derive';
import { labelBox, textWidth } from '../../charts/text-width';
import type { Box } from '../../charts/text-width';
import type { TypeScale } from '../../charts/type-scale';
import { coderMarkSizes, groupReadings, placeCoderMarks } from '../shared/coder-marks';
import type { CoderMarkSizes, PlacedCoderMark } from '../shared/coder-marks';
import type { CoderShares, GovernanceRow } from './derive';

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
  /** The share as shown: "≈50%" when the estimate has low confidence. */
  shown: string;
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
  /** The row's confidence in words, under (or beside) its name. */
  confidence: PlacedText;
  /** Low confidence: the bar is outlined dashed and its shares rounded. */
  approximate: boolean;
  segments: GovernanceSegment[];
  /** All coders at once: the coders' marks in a strip under the bar, on the bar's scale. */
  coders: GovernanceCoderStrip | null;
}

export interface GovernanceCoderStrip {
  /** The line the first lane of marks sits on. */
  y: number;
  marks: PlacedCoderMark<CoderShares>[];
  /** From the lowest coder's national share to the highest: how far apart they are. */
  span: { x1: number; x2: number } | null;
}

export interface GovernanceLayout {
  width: number;
  height: number;
  barHeight: number;
  /** Width of the bold outline around the leading segment. */
  leadStroke: number;
  plotLeft: number;
  plotRight: number;
  narrow: boolean;
  fontSize: { name: number; segment: number; confidence: number };
  stroke: number;
  /** Side of the legend's colour swatches. */
  swatch: number;
  bars: GovernanceBar[];
  /** The coder marks' sizes, when the chart shows all coders. */
  coderMarks: CoderMarkSizes | null;
}

/** The words the layout must measure to place them, in the reader's language. */
export interface GovernanceWords {
  /** The letter that stands for each level inside a segment. */
  initial: Record<GovernanceLevel, string>;
  lead: string;
  confidence: Record<Confidence, string>;
  /**
   * The confidence in a word or two ("medium conf."): a slide too short for a line of its own
   * under each name above a narrow bar puts this after the name instead.
   */
  confidenceShort?: Record<Confidence, string>;
}

export const NARROW_WIDTH = 560;
const SEGMENT_GAP = 2;

/**
 * `fitHeight`: on a slide, the height the chart must fill. Rows are spread (bars grow, up to half
 * again, and the gaps with them) or tightened (gaps, then bars, down to the least that keeps a
 * segment's label and every name apart) to meet it; above narrow bars the confidence then follows
 * the name in short words where a line of its own does not fit.
 */
export function layoutGovernance(
  rows: readonly GovernanceRow[],
  width: number,
  type: TypeScale,
  words: GovernanceWords,
  fitHeight?: number,
): GovernanceLayout {
  const { factor, label: nameFont, small: segmentFont } = type;
  const gap = 12 * factor;
  const nameWidthOf = (confidence: Record<Confidence, string>) =>
    Math.max(
      0,
      ...rows.map((r) =>
        Math.max(textWidth(r.name, nameFont), textWidth(confidence[r.confidence], segmentFont)),
      ),
    );
  // Names go above the bars on narrow charts, and wherever beside the bar they would take more
  // than the share of the width they are allowed (long names at the projector's type).
  const narrow = width < NARROW_WIDTH || nameWidthOf(words.confidence) + 2 * gap > width * 0.45;
  const plotLeft = narrow ? 8 : Math.min(nameWidthOf(words.confidence) + 2 * gap, width * 0.45);
  const plotRight = width - 12;
  // Wide rows stack the name and its confidence beside the bar, so the bar is at least two lines.
  const labelStack = nameFont + segmentFont + 2 * factor;
  const twoLines = narrow ? 0 : labelStack + 4 * factor;
  const barHeight = Math.max(28 * factor, segmentFont + 12 * factor, twoLines);
  const naturalGap = 16 * factor;
  const top = 8 * factor;
  // Above a narrow bar the confidence follows the name on its line, or, where some name and its
  // confidence do not fit the width together, takes a line of its own under every name.
  const sideBySide = (confidence: Record<Confidence, string>) =>
    rows.every(
      (r) =>
        plotLeft +
          textWidth(r.name, nameFont) +
          gap / 2 +
          textWidth(confidence[r.confidence], segmentFont) <=
        plotRight,
    );
  const nameRoomWith = (line: boolean) =>
    narrow ? nameFont + 6 * factor + (line ? segmentFont + 4 * factor : 0) : 0;
  const n = Math.max(1, rows.length);
  // The least a row can take: a bar that holds its label, a gap, and (wide) the name stack.
  const minBar = segmentFont + 8 * factor;
  const minGap = 6 * factor;
  const tightest = (nameRoom: number) =>
    Math.max(nameRoom + minBar + minGap, narrow ? 0 : labelStack + minGap);
  let confidenceWords = words.confidence;
  let confidenceLine = narrow && !sideBySide(confidenceWords);
  if (
    fitHeight !== undefined &&
    confidenceLine &&
    words.confidenceShort &&
    sideBySide(words.confidenceShort) &&
    top + n * tightest(nameRoomWith(true)) > fitHeight
  ) {
    confidenceWords = words.confidenceShort;
    confidenceLine = false;
  }
  const confidenceOf = (r: GovernanceRow) => confidenceWords[r.confidence];
  const lineRoom = confidenceLine ? segmentFont + 4 * factor : 0;
  const nameRoom = nameRoomWith(confidenceLine);
  let bar = barHeight;
  let rowStep = nameRoom + barHeight + naturalGap;
  if (fitHeight !== undefined) {
    const natural = rowStep;
    // Floored to 1/100 px, so n rows never add up to a hair more than the height given.
    const share = Math.floor(((fitHeight - top) / n) * 100) / 100;
    rowStep = Math.max(tightest(nameRoom), Math.min(natural * 2, share));
    const room = rowStep - nameRoom;
    if (rowStep >= natural) {
      // Spread: the bar takes half the extra room, up to half again its height; the gap the rest.
      bar = Math.min(barHeight * 1.5, barHeight + (rowStep - natural) / 2);
    } else {
      // Tighten: the gap goes first, then the bar.
      bar = Math.max(minBar, Math.min(barHeight, room - minGap));
    }
  }
  const x = scaleLinear().domain([0, 1]).range([plotLeft, plotRight]);
  const sizes = rows.some((r) => r.codings) ? coderMarkSizes(type) : null;
  // Each strip of coder marks adds its lanes between its bar and the next row.
  let extra = 0;
  const bars = rows.map((row, i) => {
    const y = top + i * rowStep + extra + nameRoom;
    let coders: GovernanceCoderStrip | null = null;
    if (row.codings && sizes) {
      const stripY = y + bar + 4 * factor + sizes.hit / 2;
      const placed = placeCoderMarks(groupReadings(row.codings), x, stripY, sizes, {
        minX: 0,
        maxX: width,
      });
      extra += 4 * factor + placed.lanes * sizes.lane;
      const xs = placed.marks.map((m) => m.x);
      coders = {
        y: stripY,
        marks: placed.marks,
        span: xs.length > 1 ? { x1: Math.min(...xs), x2: Math.max(...xs) } : null,
      };
    }
    let cumulative = 0;
    const segments = GOVERNANCE_LEVELS.map((level, levelIndex) => {
      const share = row.shares[level];
      const start = cumulative;
      cumulative += share;
      const sx = x(start);
      const w = x(cumulative) - sx;
      const isLead = row.lead === level;
      const shown = row.shown[level];
      const short = `${words.initial[level]} ${shown}`;
      const texts = isLead ? [`${short} · ${words.lead}`, short] : [short];
      const fits = texts.find((t) => textWidth(t, segmentFont) + 2 * 6 * factor <= w);
      const labelY = y + bar / 2;
      return {
        level,
        levelIndex,
        share,
        shown,
        isLead,
        x: sx,
        width: w,
        label: fits ? place(fits, segmentFont, sx + 6 * factor, labelY, 'start') : null,
        hit: { x: sx, y, width: Math.max(8, w - SEGMENT_GAP), height: bar },
      };
    }).filter((s) => s.share > 0);
    const nameY = narrow
      ? y - 6 * factor - lineRoom - nameFont / 2
      : y + bar / 2 - segmentFont / 2 - factor;
    const name = narrow
      ? place(row.name, nameFont, plotLeft, nameY, 'start')
      : place(row.name, nameFont, plotLeft - gap, nameY, 'end');
    const confidence = !narrow
      ? place(
          confidenceOf(row),
          segmentFont,
          plotLeft - gap,
          nameY + nameFont / 2 + segmentFont / 2 + 2 * factor,
          'end',
        )
      : !confidenceLine
        ? place(
            confidenceOf(row),
            segmentFont,
            name.box.x + name.box.width + gap / 2,
            nameY,
            'start',
          )
        : place(
            confidenceOf(row),
            segmentFont,
            plotLeft,
            nameY + nameFont / 2 + 2 * factor + segmentFont / 2,
            'start',
          );
    return {
      row,
      y,
      name,
      confidence,
      approximate: row.confidence === 'low',
      segments,
      coders,
    };
  });
  // Wide rows tightened below their label stack: the last row's confidence may reach past the
  // last bar; the chart ends below whichever is lower.
  const lastText = Math.max(0, ...bars.map((b) => b.confidence.box.y + b.confidence.box.height));
  return {
    width,
    height: Math.max(top + rows.length * rowStep + extra, Math.ceil(lastText)),
    barHeight: bar,
    leadStroke: 3 * factor,
    plotLeft,
    plotRight,
    narrow,
    fontSize: { name: nameFont, segment: segmentFont, confidence: segmentFont },
    stroke: type.stroke * 1.3,
    swatch: 14 * factor,
    bars,
    coderMarks: sizes,
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
