/**
 * The compare slide's list parts (key actors, instruments, lessons): one column per model under
 * its name, each listing its entries in corpus order for as long as they fit the stage's height,
 * then one honest line for the rest ("and 3 more"). An entry is shown whole or not at all; no
 * word is split (each column is at least as wide as its widest word); text is never made smaller.
 * Models whose columns cannot get that least width are left out from the end, and named.
 * Pure: text sizes come from a `Measure`.
 */
import type { TypeScale } from '../../charts/type-scale';
import { gridMetrics } from './slide-grid';
import type { GridMetrics } from './slide-grid';
import type { Measure } from './slide-text';
import { shareWidths, widestPiece, wrapLines } from './slide-text';

export interface ListItemSpec {
  /** A bold lead-in on the entry's first line ("Strength:"), in the reader's language. */
  lead?: string;
  text: string;
}

export interface ListColumnSpec {
  id: string;
  name: string;
  items: ListItemSpec[];
}

export interface ListsSpec {
  columns: ListColumnSpec[];
  /** The line after the entries shown: "and N more". */
  more: (count: number) => string;
  /** The line when not one entry fits: "N named". */
  none: (count: number) => string;
  hiddenNote: (names: string[]) => string;
}

export interface ListsMetrics extends GridMetrics {
  /** Room left of each entry for its bullet. */
  bullet: number;
  /** Space between entries. */
  itemGap: number;
}

export interface PlacedListColumn {
  spec: ListColumnSpec;
  width: number;
  /** How many entries are shown, from the first. */
  shown: number;
  /** The closing line, when not every entry is shown. */
  rest: string | null;
}

export interface ListsLayout {
  metrics: ListsMetrics;
  width: number;
  height: number;
  columns: PlacedListColumn[];
  hidden: string[];
  notes: string[];
  /** Every entry of every shown model is on the slide. */
  complete: boolean;
}

/** Lists read best in columns of at most this many ems. */
const MAX_COLUMN_EM = 24;
const SLACK = 4;

export function listsMetrics(type: TypeScale): ListsMetrics {
  const m = gridMetrics(type);
  return { ...m, bullet: Math.round(m.font * 0.6), itemGap: Math.round(3 * type.factor) };
}

export function layoutSlideLists(
  spec: ListsSpec,
  width: number,
  height: number,
  type: TypeScale,
  measure: Measure,
): ListsLayout {
  const m = listsMetrics(type);
  const { font, lineHeight: lh, padX, padY, border, gap } = m;
  const indent = m.marker + m.markerGap;
  /**
   * An entry's lines: its bold lead wrapped on its own (in Russian "Сильная сторона:" can take
   * two lines of a narrow column), then the text starting after the lead's last line.
   */
  const itemLines = (item: ListItemSpec, w: number) => {
    const room = w - m.bullet;
    const lead = item.lead ? wrapLines(item.lead, room, font, measure, true) : [];
    const indent = lead.length ? measure(`${lead[lead.length - 1]} `, font, true) : 0;
    const text = wrapLines(item.text, room, font, measure, false, indent).length;
    return Math.max(0, lead.length - 1) + text;
  };
  /** How much an entry has to say, for sharing the width by it. */
  const leadWidth = (item: ListItemSpec) => (item.lead ? measure(`${item.lead} `, font, true) : 0);
  const mins = spec.columns
    .map(
      (c) =>
        2 * padX +
        Math.max(
          widestPiece(c.name, font, measure, true, indent),
          ...c.items.map((item) =>
            Math.max(
              m.bullet + widestPiece(item.text, font, measure),
              m.bullet + (item.lead ? widestPiece(item.lead, font, measure, true) : 0),
            ),
          ),
          // The closing line ("and 12 more") stays on whole words too.
          widestPiece(spec.more(Math.max(1, c.items.length)), font, measure),
        ),
    )
    // Whole pixels, rounded up: a column is drawn at a whole width and must still hold its word.
    .map(Math.ceil);
  // As many models as their least widths allow, from the first.
  let n = spec.columns.length;
  while (n > 1 && !shareWidths(mins.slice(0, n), width, font * MAX_COLUMN_EM)) n--;
  const columns = spec.columns.slice(0, n);
  const hidden = spec.columns.slice(n).map((c) => c.name);
  const notes = hidden.length ? [spec.hiddenNote(hidden)] : [];
  const notesHeight = notes.reduce(
    (h, note) => h + gap + wrapLines(note, width, font, measure).length * lh,
    0,
  );

  /** The columns at these widths: how many entries each shows, and how tall the table is. */
  const place = (widths: readonly number[]) => {
    const floored = widths.map(Math.floor);
    const headHeight =
      Math.max(
        ...columns.map(
          (c, j) => wrapLines(c.name, floored[j]! - 2 * padX, font, measure, true, indent).length,
        ),
      ) *
        lh +
      2 * padY +
      border;
    const room = height - SLACK - notesHeight - headHeight - 2 * padY - border;
    let body = 0;
    const placed = columns.map((c, j): PlacedListColumn => {
      const w = floored[j]! - 2 * padX;
      const heights = c.items.map((item) => itemLines(item, w) * lh);
      const restHeight = (k: number) =>
        k < c.items.length
          ? (k > 0 ? m.itemGap : 0) +
            wrapLines(
              k ? spec.more(c.items.length - k) : spec.none(c.items.length),
              w,
              font,
              measure,
            ).length *
              lh
          : 0;
      let shown = 0;
      let used = 0;
      for (let k = 0; k < c.items.length; k++) {
        const next = used + (k > 0 ? m.itemGap : 0) + heights[k]!;
        if (next + restHeight(k + 1) > room) break;
        used = next;
        shown = k + 1;
      }
      body = Math.max(body, used + restHeight(shown));
      const rest =
        shown < c.items.length
          ? shown
            ? spec.more(c.items.length - shown)
            : spec.none(c.items.length)
          : null;
      return { spec: c, width: floored[j]!, shown, rest };
    });
    return {
      placed,
      width: floored.reduce((a, b) => a + b, 0),
      height: headHeight + body + 2 * padY + border + notesHeight,
    };
  };

  // Widths shared equally, or by how much each column has to say (all of it, or its first
  // entry): whichever shows an entry in the most columns, then the most entries; equal widths
  // where they show as much.
  const demand = (c: ListColumnSpec, items: readonly ListItemSpec[]) =>
    items.reduce((sum, item) => sum + measure(item.text, font) + leadWidth(item), 0) +
    (c.items.length ? 0 : font);
  const weightings = [
    undefined,
    columns.map((c) => demand(c, c.items)),
    columns.map((c) => demand(c, c.items.slice(0, 1))),
  ];
  const score = (p: ReturnType<typeof place>) => [
    p.placed.filter((c) => c.shown > 0 || c.spec.items.length === 0).length,
    p.placed.reduce((sum, c) => sum + c.shown, 0),
  ];
  const better = (a: number[], b: number[]) => {
    const i = a.findIndex((x, k) => x !== b[k]);
    return i >= 0 && a[i]! > b[i]!;
  };
  let best: ReturnType<typeof place> | null = null;
  for (const weights of weightings) {
    const widths = shareWidths(mins.slice(0, n), width, font * MAX_COLUMN_EM, weights) ?? [width];
    const p = place(widths);
    if (!best || better(score(p), score(best))) best = p;
  }
  const chosen = best!;
  // Height to spare goes between the entries (at most half a line each), so a short list reads
  // as a slide rather than hugging the top of it.
  const gaps = Math.max(
    0,
    ...chosen.placed.map((c) => Math.max(0, c.shown - 1) + (c.rest && c.shown ? 1 : 0)),
  );
  const spare = Math.max(0, height - SLACK - chosen.height);
  const extra = gaps ? Math.min(Math.floor(lh / 2), Math.floor(spare / gaps)) : 0;
  return {
    metrics: { ...m, itemGap: m.itemGap + extra },
    width: chosen.width,
    height: chosen.height + extra * gaps,
    columns: chosen.placed,
    hidden,
    notes,
    complete: chosen.placed.every((p) => p.rest === null),
  };
}
