/**
 * Pixels of a model page's small pictures, from their data, a width and the medium's type scale:
 * the strips (every model on one dimension, this one emphasised) and the code glyphs (five dots for
 * a step, a 100% bar for shares). Pure: no DOM.
 */
import { scaleLinear } from 'd3-scale';
import { textWidth } from '../../charts/text-width';
import type { TypeScale } from '../../charts/type-scale';
import type { CodeSummary, StripData } from './derive';

export interface StripTick {
  /** The step number, or the share (0–1) the tick stands at. */
  value: number;
  x: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface StripDot {
  id: string;
  /** The model's corpus position: its colour and marker shape. */
  index: number;
  x: number;
  y: number;
}

export interface StripLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  axisY: number;
  tickY: number;
  fontSize: number;
  stroke: number;
  /** Another model's marker: area (square px, as ModelMark takes it) and how far its points reach. */
  otherSize: number;
  otherReach: number;
  /** This model's mark: centre and area (square px, as ModelMark takes it). */
  own: { x: number; y: number; size: number; radius: number };
  others: StripDot[];
  ticks: StripTick[];
}

/** Markers stack at most this many deep (the bundled corpus ties at most 4 others); a crowded
 * value (a corpus of 200) overlaps beyond it. */
export const MAX_STACK = 5;

export function layoutStrip(data: StripData, width: number, type: TypeScale): StripLayout {
  const { factor, small: fontSize } = type;
  const otherRadius = 5 * factor;
  const ownRadius = 8 * factor;
  const gap = 1.5 * factor;
  // A star's points reach about 1.7 times the radius of a circle of the same area (d3's star);
  // every model has its own shape, so each mark is given a star's reach.
  const ownReach = ownRadius * 1.7;
  const otherReach = otherRadius * 1.7;
  // Room between the highest mark and the strip's label above the drawing.
  const headroom = 6 * factor;
  // Room at both ends for the end ticks' labels ("100%") centred on the scale's ends.
  const endRoom = Math.max(ownReach + 2, textWidth('100%', fontSize) / 2 + 2);
  const plotLeft = endRoom;
  const plotRight = Math.max(plotLeft + 40 * factor, width - endRoom);
  const x = scaleLinear().domain(data.domain).range([plotLeft, plotRight]);
  // Others stack upwards from the axis; the first level clears this model's larger mark.
  const levelStep = 2 * otherReach + gap;
  const levels: number[][] = [];
  const ownX = x(data.own.value);
  const placedOthers = [...data.others]
    .sort((a, b) => a.value - b.value)
    .map((o) => {
      const ox = x(o.value);
      const clearOwn = Math.abs(ox - ownX) >= otherReach + ownReach + gap;
      let level = clearOwn ? 0 : 1;
      while (
        level < MAX_STACK &&
        (levels[level] ?? []).some((px) => Math.abs(px - ox) < 2 * otherReach + gap)
      )
        level += 1;
      if (level >= MAX_STACK) level = MAX_STACK - 1;
      (levels[level] ??= []).push(ox);
      return { id: o.id, index: o.index, x: ox, level };
    });
  const topLevel = Math.max(0, ...placedOthers.map((o) => o.level));
  const levelY = (level: number) =>
    level === 0 ? 0 : ownReach + gap + otherReach + (level - 1) * levelStep;
  const above = Math.max(ownReach, levelY(topLevel) + otherReach) + headroom;
  const axisY = above;
  const tickY = axisY + ownReach + type.stroke + 4 * factor + fontSize / 2;
  const ticks: StripTick[] =
    data.kind === 'ordinal'
      ? Array.from({ length: data.domain[1] - data.domain[0] + 1 }, (_, i) => {
          const value = data.domain[0] + i;
          return { value, x: x(value), anchor: 'middle' as const };
        })
      : [0, 0.5, 1].map((value) => ({ value, x: x(value), anchor: 'middle' as const }));
  return {
    width,
    height: tickY + fontSize / 2 + 4 * factor,
    plotLeft,
    plotRight,
    axisY,
    tickY,
    fontSize,
    stroke: type.stroke,
    otherSize: Math.PI * otherRadius * otherRadius,
    otherReach,
    own: { x: ownX, y: axisY, size: Math.PI * ownRadius * ownRadius, radius: ownReach },
    others: placedOthers.map((o) => ({
      id: o.id,
      index: o.index,
      x: o.x,
      y: axisY - levelY(o.level),
    })),
    ticks,
  };
}

export interface CodeGlyphSegment {
  key: string;
  x: number;
  width: number;
  share: number;
  /** Wide enough to carry its letter. */
  labelled: boolean;
}

export interface CodeGlyphLayout {
  width: number;
  height: number;
  fontSize: number;
  stroke: number;
  dotRadius: number;
  /** Ordinal codes: a dot per step, filled up to the value. */
  dots: { step: number; x: number; filled: boolean }[];
  /** Share codes: a 100% bar. */
  segments: CodeGlyphSegment[];
  barHeight: number;
}

/** A code's value as the overview's glyph draws it: dots for a step, a 100% bar for shares. */
export function layoutCodeGlyph(
  code: CodeSummary,
  width: number,
  type: TypeScale,
): CodeGlyphLayout {
  const { factor, small: fontSize } = type;
  const height = Math.max(26 * factor, fontSize + 12 * factor);
  const dotRadius = 6 * factor;
  const pad = dotRadius + type.stroke;
  const x = scaleLinear()
    .domain([1, Math.max(2, code.of)])
    .range([pad, Math.max(pad + 40, width - pad)]);
  const dots =
    code.step === null
      ? []
      : Array.from({ length: code.of }, (_, i) => ({
          step: i + 1,
          x: x(i + 1),
          filled: i + 1 <= (code.step ?? 0),
        }));
  const share = scaleLinear().domain([0, 1]).range([0, width]);
  const minLabelled = textWidth('M', fontSize) + 4 * factor;
  let cumulative = 0;
  const segments = code.shares.flatMap((s) => {
    const start = cumulative;
    cumulative += s.share;
    if (s.share <= 0) return [];
    const w = share(cumulative) - share(start);
    return [{ key: s.key, x: share(start), width: w, share: s.share, labelled: w >= minLabelled }];
  });
  return {
    width,
    height,
    fontSize,
    stroke: type.stroke,
    dotRadius,
    dots,
    segments,
    barHeight: Math.max(16 * factor, fontSize + 4),
  };
}
