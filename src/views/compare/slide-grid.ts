/**
 * A projected comparison table: one column per model (marker, name and, room allowing, its model
 * phrase), one row per coded dimension with the value in words and, room allowing, a small glyph.
 * Used by the overview's slide and the compare slide's "codes" part.
 *
 * It is laid out for the slide's measured stage with the projector's type scale: every column is
 * at least as wide as its widest word (no word is ever split), and what does not fit the height
 * is left out in this order — the glyphs, then the model phrases (and on a narrow stage the row
 * names move from their column to a line above their row's values), then whole models from the
 * end (named in a line under the table). Text is never made smaller. Pure: sizes of text come from a
 * `Measure`, so tests run it without a DOM.
 */
import type { TypeScale } from '../../charts/type-scale';
import type { Measure } from './slide-text';
import { shareWidths, widestPiece, wrapLines } from './slide-text';

export type SlideGlyph =
  | { kind: 'ordinal'; value: number; of: number }
  | { kind: 'shares'; parts: { key: string; share: number; letter: string }[] };

export interface GridCellSpec {
  /** The value in words (the caller puts "≈ " before an approximate one). */
  text: string;
  /** Coded with low confidence: the key line under the table says what "≈" means. */
  approximate: boolean;
  glyph: SlideGlyph | null;
}

export interface GridColumnSpec {
  id: string;
  name: string;
  /** The model phrase under the name; dropped before any model is. */
  phrase?: string;
  cells: GridCellSpec[];
}

export interface GridSpec {
  /** Row names, in the reader's language. */
  rows: string[];
  columns: GridColumnSpec[];
  /** The key line shown when any shown value is approximate. */
  approximateNote: string;
  /** The line naming the models left out for lack of room. */
  hiddenNote: (names: string[]) => string;
  /** Whether glyphs may be drawn at all. */
  glyphs: boolean;
}

export type PlacedGlyph =
  | {
      kind: 'ordinal';
      width: number;
      height: number;
      radius: number;
      dots: { x: number; filled: boolean }[];
    }
  | {
      kind: 'shares';
      width: number;
      height: number;
      segments: { key: string; x: number; width: number; letter: string | null }[];
    };

export interface GridMetrics {
  font: number;
  lineHeight: number;
  padX: number;
  padY: number;
  border: number;
  gap: number;
  marker: number;
  markerGap: number;
  glyphHeight: number;
  stroke: number;
}

export interface GridLayout {
  metrics: GridMetrics;
  /** Width of the whole table, and the height it is estimated to take with its notes. */
  width: number;
  height: number;
  rowHeadWidth: number;
  columns: { spec: GridColumnSpec; width: number; glyphs: (PlacedGlyph | null)[] }[];
  phrases: boolean;
  glyphs: boolean;
  /** Row names on a line of their own above each row's values (narrow stages). */
  stacked: boolean;
  /** Names of the models left out for lack of room. */
  hidden: string[];
  /** Lines under the table: the "≈" key, the models left out. */
  notes: string[];
}

export function gridMetrics(type: TypeScale): GridMetrics {
  const font = type.label;
  return {
    font,
    lineHeight: Math.ceil(font * 1.2),
    padX: Math.round(5 * type.factor),
    padY: Math.round(3 * type.factor),
    border: 2,
    gap: Math.round(4 * type.factor),
    marker: Math.round(font * 0.9),
    markerGap: Math.round(4 * type.factor),
    // Tall enough for a 24 px letter's whole box (ascent and descent) inside a share segment.
    glyphHeight: Math.ceil(font * 1.4),
    stroke: type.stroke,
  };
}

/** The widest a model column gets: wider, a value's line would run too long to read. */
const MAX_COLUMN_EM = 18;
/** The row names take at most this share of the width. */
const MAX_ROW_HEAD = 0.3;
/** A little room is kept free under the table for rounding in the browser's layout. */
const SLACK = 4;

function placeGlyph(
  glyph: SlideGlyph,
  room: number,
  m: GridMetrics,
  measure: Measure,
): PlacedGlyph | null {
  if (glyph.kind === 'ordinal') {
    const radius = Math.round(m.glyphHeight * 0.3);
    const pitch = Math.min(room / glyph.of, radius * 3.2);
    if (pitch < 2 * radius + m.stroke + 2) return null;
    return {
      kind: 'ordinal',
      width: pitch * glyph.of,
      height: m.glyphHeight,
      radius,
      dots: Array.from({ length: glyph.of }, (_, i) => ({
        x: pitch * (i + 0.5),
        filled: i < glyph.value,
      })),
    };
  }
  const width = Math.min(room, m.font * 10);
  if (width < m.font * 3) return null;
  let at = 0;
  const segments = glyph.parts
    .filter((p) => p.share > 0)
    .map((p) => {
      const w = p.share * width;
      const x = at;
      at += w;
      const letterFits = measure(p.letter, m.font, true) + 2 * m.stroke + 4 <= w;
      return { key: p.key, x, width: w, letter: letterFits ? p.letter : null };
    });
  return { kind: 'shares', width, height: m.glyphHeight, segments };
}

interface Trial {
  columns: GridColumnSpec[];
  phrases: boolean;
  glyphs: boolean;
  /** Row names on a line of their own above each row's values, not in a column beside them. */
  stacked: boolean;
}

function tryLayout(
  spec: GridSpec,
  trial: Trial,
  width: number,
  height: number,
  m: GridMetrics,
  measure: Measure,
  hidden: string[],
): GridLayout | null {
  const { font, lineHeight: lh, padX, padY, border, gap } = m;
  const indent = m.marker + m.markerGap;
  const lines = (text: string, w: number, bold = false, first = 0) =>
    wrapLines(text, w, font, measure, bold, first).length;
  const cols = trial.columns;
  const colMins = cols
    .map(
      (c) =>
        2 * padX +
        Math.max(
          widestPiece(c.name, font, measure, true, indent),
          trial.phrases && c.phrase ? widestPiece(c.phrase, font, measure) : 0,
          ...c.cells.map((cell) => widestPiece(cell.text, font, measure)),
        ),
    )
    // Whole pixels, rounded up: a column is drawn at a whole width and must still hold its word.
    .map(Math.ceil);
  const headMin = Math.ceil(
    2 * padX + Math.max(0, ...spec.rows.map((r) => widestPiece(r, font, measure, true))),
  );
  const headMax = Math.max(
    headMin,
    Math.min(
      width * MAX_ROW_HEAD,
      2 * padX + Math.max(0, ...spec.rows.map((r) => measure(r, font, true))),
    ),
  );
  const approximate = cols.some((c) => c.cells.some((cell) => cell.approximate));
  const notes = [
    ...(approximate ? [spec.approximateNote] : []),
    ...(hidden.length ? [spec.hiddenNote(hidden)] : []),
  ];
  const notesHeight = notes.reduce((h, n) => h + gap + lines(n, width) * lh, 0);
  let best: GridLayout | null = null;
  // The row names' column: from its least width to its names' full width, whichever leaves
  // the table shortest. Stacked, the names take no column.
  for (const k of trial.stacked ? [-1] : [0, 0.25, 0.5, 0.75, 1]) {
    const rowHeadWidth = k < 0 ? 0 : Math.round(headMin + k * (headMax - headMin));
    const widths = shareWidths(colMins, width - rowHeadWidth, font * MAX_COLUMN_EM);
    if (!widths) continue;
    const floored = widths.map(Math.floor);
    const tableWidth = rowHeadWidth + floored.reduce((a, b) => a + b, 0);
    const glyphs = floored.map((w, j) =>
      cols[j]!.cells.map((cell) =>
        trial.glyphs && cell.glyph ? placeGlyph(cell.glyph, w - 2 * padX, m, measure) : null,
      ),
    );
    if (trial.glyphs && glyphs.some((g, j) => g.some((p, i) => !p && cols[j]!.cells[i]!.glyph))) {
      continue;
    }
    const headRow =
      Math.max(
        ...cols.map((c, j) => {
          const w = floored[j]! - 2 * padX;
          const phrase = trial.phrases && c.phrase ? gap + lines(c.phrase, w) * lh : 0;
          return lines(c.name, w, true, indent) * lh + phrase;
        }),
      ) +
      2 * padY +
      border;
    const rows = spec.rows.map((name, i) => {
      // Stacked, the name's lines come on top of the values; beside them, the taller counts.
      const named = lines(name, (trial.stacked ? tableWidth : rowHeadWidth) - 2 * padX, true) * lh;
      const cells = cols.map((c, j) => {
        const cell = c.cells[i];
        if (!cell) return 0;
        const glyph = glyphs[j]![i] ? m.glyphHeight + gap : 0;
        return glyph + lines(cell.text, floored[j]! - 2 * padX) * lh;
      });
      return (
        (trial.stacked ? named + Math.max(...cells) : Math.max(named, ...cells)) + 2 * padY + border
      );
    });
    const total = headRow + rows.reduce((a, b) => a + b, 0) + notesHeight;
    if (total > height - SLACK) continue;
    if (!best || total < best.height) {
      best = {
        metrics: m,
        width: tableWidth,
        height: total,
        rowHeadWidth,
        columns: cols.map((spec, j) => ({ spec, width: floored[j]!, glyphs: glyphs[j]! })),
        phrases: trial.phrases,
        glyphs: trial.glyphs,
        stacked: trial.stacked,
        hidden,
        notes,
      };
    }
  }
  return best;
}

/**
 * Height left over goes to the rows as air (at most half a line above and below each row's
 * text), so a table with room to spare fills more of the slide instead of hugging its top.
 */
function spread(layout: GridLayout, height: number): GridLayout {
  const m = layout.metrics;
  const rows = layout.columns[0]?.spec.cells.length ?? 0;
  const edges = 2 * (rows + 1);
  const extra = Math.min(
    Math.floor(m.lineHeight / 2),
    Math.floor(Math.max(0, height - SLACK - layout.height) / edges),
  );
  if (extra <= 0) return layout;
  return {
    ...layout,
    metrics: { ...m, padY: m.padY + extra },
    height: layout.height + extra * edges,
  };
}

/**
 * The table for a stage of `width` × `height` px: the richest form that fits, and the least that
 * shows when nothing fits (one model, without phrase or glyphs; `fits` says so).
 */
export function layoutSlideGrid(
  spec: GridSpec,
  width: number,
  height: number,
  type: TypeScale,
  measure: Measure,
): GridLayout & { fits: boolean } {
  const m = gridMetrics(type);
  const anyPhrase = spec.columns.some((c) => c.phrase);
  const anyGlyph = spec.glyphs && spec.columns.some((c) => c.cells.some((cell) => cell.glyph));
  // Glyphs go first, then the phrases: each form tried from the richest down.
  const details = (
    anyPhrase
      ? [
          { phrases: true, glyphs: true },
          { phrases: true, glyphs: false },
          { phrases: false, glyphs: false },
        ]
      : [
          { phrases: false, glyphs: true },
          { phrases: false, glyphs: false },
        ]
  ).filter((d) => anyGlyph || !d.glyphs);
  for (let n = spec.columns.length; n >= 1; n--) {
    const columns = spec.columns.slice(0, n);
    const hidden = spec.columns.slice(n).map((c) => c.name);
    // Row names beside their values first; on a stage too narrow for that, above them.
    for (const stacked of [false, true]) {
      for (const d of details) {
        const trial = { columns, stacked, ...d };
        const layout = tryLayout(spec, trial, width, height, m, measure, hidden);
        if (layout) return { ...spread(layout, height), fits: true };
      }
    }
  }
  // Nothing fits (a stage smaller than any slide is shown on): the first model, plainly.
  const columns = spec.columns.slice(0, 1);
  const hidden = spec.columns.slice(1).map((c) => c.name);
  const widths = [Math.max(0, width - m.font * 6)];
  return {
    metrics: m,
    width,
    height,
    rowHeadWidth: Math.min(width, m.font * 6),
    columns: columns.map((spec, j) => ({
      spec,
      width: widths[j]!,
      glyphs: spec.cells.map(() => null),
    })),
    phrases: false,
    glyphs: false,
    stacked: false,
    hidden,
    notes: hidden.length ? [spec.hiddenNote(hidden)] : [],
    fits: false,
  };
}
