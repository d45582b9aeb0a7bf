/**
 * The sector heat map is an HTML table (every cell is text, so it reads as a table too): its text
 * follows the page's type, which presentation mode enlarges. What layout decides is each cell's
 * shade and the text colour that stays legible on it, and the size of the model markers for the
 * medium, and the steps of the shade scale its legend shows. A low-confidence row shows its shares
 * as "≈" and rounded to 10%. Rows and cells are carried through.
 */
import { heatCellStyle } from '../../charts/sector-colours';
import { shownShare } from '../../charts/honest-share';
import { labelBox, textWidth } from '../../charts/text-width';
import type { Box } from '../../charts/text-width';
import type { TypeScale } from '../../charts/type-scale';
import { SECTOR_FAMILIES } from '../../corpus/derive';
import type { Confidence, SectorFamily } from '../../corpus/schema';
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
  rows: ShadedRow[];
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
    rows: rows.map((row) => keptShadedRow(row, theme)),
    scale: SCALE_STEPS.map((share) => ({
      label: shownShare(share, 'high').text,
      ...heatCellStyle(share, theme),
    })),
  };
}

export interface ShadedRow {
  row: SectorRow;
  cells: ShadedCell[];
}

/**
 * Each row's shading as last laid out, with its theme: the same row (derive.ts keeps it while
 * its model is shown) gets the same shaded row, which its memoised line compares by identity.
 */
const shadedCache = new WeakMap<SectorRow, { theme: 'light' | 'dark'; shaded: ShadedRow }>();

function keptShadedRow(row: SectorRow, theme: 'light' | 'dark'): ShadedRow {
  const kept = shadedCache.get(row);
  if (kept?.theme === theme) return kept.shaded;
  const shaded = {
    row,
    cells: row.cells.map((cell) => ({
      cell,
      shown: cell.shown,
      approximate: row.confidence === 'low',
      ...heatCellStyle(cell.share, theme),
    })),
  };
  shadedCache.set(row, { theme, shaded });
  return shaded;
}

/* ---- The heat map as a slide: an SVG grid laid out for a measured box at the projector's type. */

export interface PlacedText {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export interface SlideCell extends ShadedCell {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The share, centred in the cell. */
  label: PlacedText;
}

export interface SlideRow {
  row: SectorRow;
  /** Top of the row's cells. */
  y: number;
  name: PlacedText;
  confidence: PlacedText;
  cells: SlideCell[];
}

export interface SlideColumn {
  family: SectorFamily;
  x: number;
  width: number;
  /** The family's name over its column (on one of two staggered lines), or its initial. */
  header: PlacedText;
}

export interface SectorSlideLayout {
  width: number;
  height: number;
  /** Names above their row's cells (narrow charts), or beside them. */
  narrow: boolean;
  /** How the column heads are written: whole names on one line or two, or initials (with a key). */
  headers: 'one-line' | 'two-lines' | 'initials';
  fontSize: number;
  stroke: number;
  columns: SlideColumn[];
  rows: SlideRow[];
  /**
   * Models left out because their rows do not fit `fitHeight` at the slide's type: the slide
   * names them under the chart (in the room the layout keeps for that note) rather than shrink.
   */
  hidden: SectorRow[];
}

/** The room kept under the rows for the note naming left-out models: two lines and a margin. */
export const hiddenNoteRoom = (type: TypeScale): number =>
  Math.ceil(2 * type.label * 1.35 + 8 * type.factor);

/** The words the slide's layout must measure, in the reader's language. */
export interface SectorSlideWords {
  family: Record<SectorFamily, string>;
  /** The letter standing for a family where the names do not fit over the columns. */
  initial: Record<SectorFamily, string>;
  confidence: Record<Confidence, string>;
  /** The confidence in a word or two, after a name above its row where the whole words do not fit. */
  confidenceShort?: Record<Confidence, string>;
}

/**
 * A models × families grid: each cell shaded by its share (the page's colours) with the share in
 * it; names and their confidence beside the rows, or above them on a narrow chart; family names
 * over the columns on one line, on two staggered lines, or as initials the slide's key spells out.
 * `fitHeight`: the rows spread (up to twice their height) or tighten to fill it.
 */
export function layoutSectorSlide(
  rows: readonly SectorRow[],
  width: number,
  type: TypeScale,
  theme: 'light' | 'dark',
  words: SectorSlideWords,
  fitHeight?: number,
  /** The model the slide is about (its evidence beside it): kept when others must go. */
  keep?: string | null,
): SectorSlideLayout {
  const all = layoutSectorRows(rows, width, type, theme, words, fitHeight);
  if (fitHeight === undefined || all.height <= fitHeight || rows.length < 2) return all;
  // Too many rows for the screen at this type (long names in Russian or Uzbek take a line of
  // their own): keep the first models that fit above the note, the one the slide is about
  // among them, and name the rest.
  const room = fitHeight - hiddenNoteRoom(type);
  const kept = rows.find((r) => r.id === keep);
  for (let k = rows.length - 1; k >= 1; k--) {
    const first = rows.filter((r) => r !== kept).slice(0, kept ? k - 1 : k);
    const shown = rows.filter((r) => r === kept || first.includes(r));
    const some = layoutSectorRows(shown, width, type, theme, words, room);
    if (some.height <= room || k === 1)
      return { ...some, hidden: rows.filter((r) => !shown.includes(r)) };
  }
  return all;
}

function layoutSectorRows(
  rows: readonly SectorRow[],
  width: number,
  type: TypeScale,
  theme: 'light' | 'dark',
  words: SectorSlideWords,
  fitHeight?: number,
): SectorSlideLayout {
  const { factor, label: font, small } = type;
  const gap = 12 * factor;
  const pad = 6 * factor;
  const top = 4 * factor;
  const n = Math.max(1, rows.length);
  const widest = (confidence: Record<Confidence, string>) =>
    Math.max(
      0,
      ...rows.map((r) =>
        Math.max(textWidth(r.name, font), textWidth(confidence[r.confidence], small)),
      ),
    );
  const nameColumn = widest(words.confidence) + 2 * gap;
  const narrow = width < NARROW_SLIDE || nameColumn > width * 0.4;
  // A narrow chart keeps a hair of room at its left edge: a glyph such as "J" overhangs its box.
  const plotLeft = narrow ? 2 * factor : nameColumn;
  const columnWidth = (width - plotLeft) / SECTOR_FAMILIES.length;
  const centreOf = (i: number) => plotLeft + (i + 0.5) * columnWidth;

  // Column heads: whole names on one line, else on two staggered lines, else initials.
  const lineHeight = font * 1.3;
  const headsAt = (texts: (f: SectorFamily) => string, stagger: boolean) =>
    SECTOR_FAMILIES.map((family, i) =>
      inside(
        place(
          texts(family),
          font,
          centreOf(i),
          top + font / 2 + (stagger && i % 2 ? lineHeight : 0),
        ),
        width,
      ),
    );
  const oneLine = headsAt((f) => words.family[f], false);
  const twoLines = headsAt((f) => words.family[f], true);
  const initials = headsAt((f) => words.initial[f], false);
  const headerRoom = (lines: number) => top + font + (lines - 1) * lineHeight + 8 * factor;
  const modes = [
    { mode: 'one-line' as const, heads: oneLine, room: headerRoom(1), ok: apart(oneLine, pad) },
    {
      mode: 'two-lines' as const,
      heads: twoLines,
      room: headerRoom(2),
      ok:
        apart(
          twoLines.filter((_, i) => i % 2 === 0),
          pad,
        ) &&
        apart(
          twoLines.filter((_, i) => i % 2),
          pad,
        ),
    },
    { mode: 'initials' as const, heads: initials, room: headerRoom(1), ok: true },
  ].filter((m) => m.ok);

  // Rows: a cell holds its share with room round it; beside the rows, a name and its confidence
  // take two lines; above them, the name's line (and maybe the confidence's) comes first.
  const minCell = small + 6 * factor;
  const naturalCell = Math.max(28 * factor, small + 16 * factor);
  const minGap = 2 * factor;
  const naturalGap = 8 * factor;
  const stack = font + small + 2 * factor;
  const sideBySide = (confidence: Record<Confidence, string>) =>
    rows.every(
      (r) =>
        plotLeft + textWidth(r.name, font) + gap + textWidth(confidence[r.confidence], small) <=
        width,
    );
  const nameRoomWith = (line: boolean) =>
    narrow ? font + 3 * factor + (line ? small + 2 * factor : 0) : 0;
  const tightest = (nameRoom: number) =>
    Math.max(nameRoom + minCell + minGap, narrow ? 0 : stack + minGap);
  let confidenceWords = words.confidence;
  let confidenceLine = narrow && !sideBySide(confidenceWords);
  const fits = (room: number, nameRoom: number) =>
    fitHeight === undefined || room + n * tightest(nameRoom) <= fitHeight;
  // The short words beside the name cost no line of their own: taken whenever the whole words
  // would need one and the rows are pressed for room (a slide with its evidence beside it).
  if (
    confidenceLine &&
    words.confidenceShort &&
    sideBySide(words.confidenceShort) &&
    (fitHeight !== undefined || !fits(modes[0]!.room, nameRoomWith(true)))
  ) {
    confidenceWords = words.confidenceShort;
    confidenceLine = false;
  }
  const nameRoom = nameRoomWith(confidenceLine);
  // The first way of writing the heads that fits the width (so a slide knows from the width
  // alone whether its key must spell out initials).
  const header = modes[0]!;
  const natural = nameRoom + naturalCell + naturalGap;
  let rowStep = natural;
  let cellHeight = naturalCell;
  if (fitHeight !== undefined) {
    const share = Math.floor(((fitHeight - header.room) / n) * 100) / 100;
    rowStep = Math.max(tightest(nameRoom), Math.min(natural * 2, share));
    cellHeight =
      rowStep >= natural
        ? Math.min(naturalCell * 1.6, naturalCell + (rowStep - natural) / 2)
        : Math.max(minCell, Math.min(naturalCell, rowStep - nameRoom - minGap));
  }
  const confidenceOf = (r: SectorRow) => confidenceWords[r.confidence];
  const cellGap = 3 * factor;
  const placed = rows.map((row, i): SlideRow => {
    const y = header.room + i * rowStep + nameRoom;
    const middle = y + cellHeight / 2;
    const nameY = narrow
      ? y - 3 * factor - (confidenceLine ? small + 2 * factor : 0) - font / 2
      : middle - small / 2 - factor;
    const name = narrow
      ? place(row.name, font, plotLeft, nameY, 'start')
      : place(row.name, font, plotLeft - gap, nameY, 'end');
    const confidence = !narrow
      ? place(
          confidenceOf(row),
          small,
          plotLeft - gap,
          nameY + font / 2 + small / 2 + 2 * factor,
          'end',
        )
      : confidenceLine
        ? place(
            confidenceOf(row),
            small,
            plotLeft,
            nameY + font / 2 + 2 * factor + small / 2,
            'start',
          )
        : place(confidenceOf(row), small, name.box.x + name.box.width + gap, nameY, 'start');
    const cells = row.cells.map((cell, c) => {
      const x = plotLeft + c * columnWidth + (c === 0 ? 0 : cellGap / 2);
      const w = columnWidth - (c === 0 || c === SECTOR_FAMILIES.length - 1 ? cellGap / 2 : cellGap);
      return {
        cell,
        shown: cell.shown,
        approximate: row.confidence === 'low',
        ...heatCellStyle(cell.share, theme),
        x,
        y,
        width: w,
        height: cellHeight,
        label: place(cell.shown, small, x + w / 2, middle, 'middle'),
      };
    });
    return { row, y, name, confidence, cells };
  });
  const lastText = Math.max(0, ...placed.map((r) => r.confidence.box.y + r.confidence.box.height));
  return {
    width,
    height: Math.max(header.room + rows.length * rowStep, Math.ceil(lastText)),
    narrow,
    headers: header.mode,
    fontSize: font,
    stroke: type.stroke,
    columns: SECTOR_FAMILIES.map((family, i) => ({
      family,
      x: plotLeft + i * columnWidth,
      width: columnWidth,
      header: header.heads[i]!,
    })),
    rows: placed,
    hidden: [],
  };
}

/** Below this width a slide's names go above their rows. */
export const NARROW_SLIDE = 560;

function place(
  text: string,
  font: number,
  x: number,
  y: number,
  anchor: PlacedText['anchor'] = 'middle',
): PlacedText {
  return { text, x, y, anchor, box: labelBox(text, font, x, y, anchor) };
}

/**
 * A centred head moved inwards where it would pass the chart's edge, with a margin of a tenth of
 * its width for the estimate's error (bold Cyrillic runs wider than text-width.ts assumes).
 */
function inside(t: PlacedText, width: number): PlacedText {
  const margin = t.box.width * 0.1;
  const shift = Math.max(0, margin - t.box.x) - Math.max(0, t.box.x + t.box.width + margin - width);
  return shift === 0 ? t : { ...t, x: t.x + shift, box: { ...t.box, x: t.box.x + shift } };
}

/** Whether neighbouring texts on one line keep `pad` between them. */
function apart(texts: readonly PlacedText[], pad: number): boolean {
  return texts.every((t, i) => {
    const next = texts[i + 1];
    return !next || t.box.x + t.box.width + pad <= next.box.x;
  });
}
