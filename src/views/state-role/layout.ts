/**
 * State-role dot plot: one row per model (so ties can never overlap), x by step on the 1–5
 * scale. On narrow screens the model names move above their row. Every pixel is decided here,
 * from the width and the medium's type scale; the drawing only draws.
 */
import { scalePoint } from 'd3-scale';
import type { TypeScale } from '../../charts/type-scale';
import { labelBox, textWidth, boxesOverlap } from '../../charts/text-width';
import type { Box } from '../../charts/text-width';
import { coderMarkSizes, groupReadings, placeCoderMarks, widestMark } from '../shared/coder-marks';
import type { CoderMarkSizes, PlacedCoderMark } from '../shared/coder-marks';
import type { CoderStep, PlacedModel, StateRoleData } from './derive';

export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The room the text takes (estimated), for overlap checks. */
  box: Box;
}

export interface StateRoleRow {
  model: PlacedModel;
  x: number;
  y: number;
  label: PlacedLabel;
  /** Where the stem from the axis start ends: at the mark's edge, so a hollow mark stays hollow. */
  stemEnd: number;
  /** The pointer and keyboard target over the mark: never under 24 × 24 px. */
  hit: Box;
  /** All coders at once: a mark per place some coder puts the model, in place of its marker. */
  coders: StateRoleCoderMarks | null;
}

export interface StateRoleCoderMarks {
  marks: PlacedCoderMark<CoderStep>[];
  /** From the lowest coder's step to the highest on the row's line: how far they are apart. */
  span: { x1: number; x2: number } | null;
}

export interface StateRoleTick {
  step: StateRoleData['steps'][number];
  x: number;
  numberY: number;
  /** The step's name under its number, or null where the names would collide (narrow charts). */
  label: PlacedLabel | null;
}

export interface StateRoleLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  axisY: number;
  narrow: boolean;
  fontSize: number;
  /** Area of each model mark in square px. */
  markSize: number;
  stroke: { grid: number; axis: number; rule: number; mark: number };
  ticks: StateRoleTick[];
  rows: StateRoleRow[];
  /** The coder marks' sizes, when the chart shows all coders. */
  coderMarks: CoderMarkSizes | null;
}

/** Below this width names go above their rows and step names are left to the legend. */
export const NARROW_WIDTH = 560;
const MIN_HIT = 24;

/**
 * `fitHeight`: on a slide, the height the chart must fill; rows are spread (up to twice their
 * height) or tightened (down to the least that keeps marks and names apart) to meet it.
 */
export function layoutStateRole(
  data: StateRoleData,
  width: number,
  type: TypeScale,
  fitHeight?: number,
): StateRoleLayout {
  const { label: font, factor } = type;
  const narrow = width < NARROW_WIDTH;
  const markSize = 220 * factor * factor;
  const markRadius = Math.sqrt(markSize / Math.PI);
  const gap = 12 * factor;
  const top = 8 * factor;
  const nameWidth = Math.max(0, ...data.models.map((m) => textWidth(m.name, font)));
  const stepHalf = Math.max(0, ...data.steps.map((s) => textWidth(s.label, font) / 2));
  const hitSize = Math.max(MIN_HIT, 28 * factor, 2 * markRadius + 8);
  const codings = data.codings;
  const sizes = codings ? coderMarkSizes(type) : null;
  // Half the widest coder mark (every coder's letter in one badge) and its target.
  const coderHalf = codings && sizes ? widestMark(codings.coders, sizes) / 2 + 2 : 0;
  // The outermost steps keep room for half a hit box (and, when shown, half a step name).
  const edge = Math.max(16, hitSize / 2, coderHalf);
  // A coder mark on step 1 may be wider than a model's marker: the names stand clear of it.
  const nameGap = Math.max(gap, coderHalf + 4 * factor);
  const plotLeft = narrow
    ? edge
    : Math.min(Math.max(nameWidth + gap + nameGap, stepHalf + 4, edge), width * 0.45);
  const plotRight = width - (narrow ? edge : Math.max(40, stepHalf + 4, edge));
  const x = scalePoint<number>()
    .domain(data.steps.map((s) => s.value))
    .range([plotLeft, plotRight]);
  // Step names go under their numbers: on one line where they fit apart, else on two staggered
  // lines (odd steps lower), else — narrow charts — they are left to the legend.
  const oneLine = data.steps.map((s) => place(s.label, font, x(s.value) ?? plotLeft, 0, 'middle'));
  const staggerable = data.steps.map((s, i) =>
    place(s.label, font, x(s.value) ?? plotLeft, i % 2 ? font * 1.3 : 0, 'middle'),
  );
  const labelRows = narrow
    ? 0
    : fitsApart(oneLine, width, 8 * factor)
      ? 1
      : fitsApart(
            staggerable.filter((_, i) => i % 2 === 0),
            width,
            8 * factor,
          ) &&
          fitsApart(
            staggerable.filter((_, i) => i % 2 === 1),
            width,
            8 * factor,
          )
        ? 2
        : 0;
  const numberOffset = 12 * factor + 8 * factor + font / 2;
  const below =
    numberOffset +
    (labelRows > 0 ? font * 1.4 + (labelRows - 1) * font * 1.3 : 0) +
    font / 2 +
    10 * factor;
  // A coder mark's target is taller than a model's marker: the row makes room for it.
  const markHalfHeight = Math.max(markRadius, sizes ? sizes.hit / 2 - 2 : 0);
  const naturalRow = narrow
    ? font + 4 * factor + 2 * markHalfHeight + 12 * factor
    : Math.max(34 * factor, font * 1.6, 2 * markHalfHeight + 10 * factor);
  const tightestRow = narrow ? naturalRow : Math.max(font * 1.25, 2 * markRadius + 6 * factor);
  const n = Math.max(1, data.models.length);
  const rowHeight =
    fitHeight === undefined
      ? naturalRow
      : Math.max(tightestRow, Math.min(naturalRow * 2, (fitHeight - top - below) / n));
  // Rows whose coders sit close enough to need a second lane grow by a lane each.
  let extra = 0;
  const rows = data.models.map((model, i) => {
    const rowTop = top + i * rowHeight + extra;
    const nameY = rowTop + font / 2;
    const y = narrow ? nameY + font / 2 + 4 * factor + markHalfHeight + 2 : rowTop + rowHeight / 2;
    const cx = x(model.value) ?? plotLeft;
    const label = narrow
      ? place(model.name, font, plotLeft, nameY, 'start')
      : place(model.name, font, plotLeft - gap, y, 'end');
    const readings = codings?.byModel[model.id];
    let coders: StateRoleCoderMarks | null = null;
    if (readings && sizes) {
      const placed = placeCoderMarks(
        groupReadings(readings),
        (step) => x(step) ?? plotLeft,
        y,
        sizes,
        { minX: 0, maxX: width },
      );
      extra += (placed.lanes - 1) * sizes.lane;
      const xs = placed.marks.map((m) => m.x);
      coders = {
        marks: placed.marks,
        span: xs.length > 1 ? { x1: Math.min(...xs), x2: Math.max(...xs) } : null,
      };
    }
    return {
      model,
      x: cx,
      y,
      label,
      stemEnd: Math.max(plotLeft, cx - markRadius),
      hit: { x: cx - hitSize / 2, y: y - hitSize / 2, width: hitSize, height: hitSize },
      coders,
    };
  });
  const axisY = top + data.models.length * rowHeight + extra + 12 * factor;
  const numberY = axisY + 8 * factor + font / 2;
  const labelY = numberY + font * 1.4;
  const stepLabels = data.steps.map((s, i) =>
    place(
      s.label,
      font,
      x(s.value) ?? plotLeft,
      labelY + (labelRows === 2 && i % 2 ? font * 1.3 : 0),
      'middle',
    ),
  );
  const showStepLabels = labelRows > 0;
  return {
    width,
    height: top + data.models.length * rowHeight + extra + below,
    plotLeft,
    plotRight,
    axisY,
    narrow,
    fontSize: font,
    markSize,
    stroke: {
      grid: type.stroke * 0.7,
      axis: type.stroke,
      // The stems carry the value: twice the axis weight, well above the gridlines'.
      rule: type.stroke * 2,
      mark: type.stroke,
    },
    ticks: data.steps.map((step, i) => ({
      step,
      x: x(step.value) ?? plotLeft,
      numberY,
      label: showStepLabels ? (stepLabels[i] ?? null) : null,
    })),
    rows,
    coderMarks: sizes,
  };
}

function place(
  text: string,
  font: number,
  x: number,
  y: number,
  anchor: PlacedLabel['anchor'],
): PlacedLabel {
  return { x, y, anchor, box: labelBox(text, font, x, y, anchor) };
}

/** Whether labels sit inside the width with at least `pad` between neighbours. */
function fitsApart(labels: readonly PlacedLabel[], width: number, pad: number): boolean {
  const inside = labels.every((l) => l.box.x >= 0 && l.box.x + l.box.width <= width);
  const apart = labels.every((l, i) => {
    const next = labels[i + 1];
    return !next || !boxesOverlap({ ...l.box, width: l.box.width + pad }, next.box);
  });
  return inside && apart;
}
