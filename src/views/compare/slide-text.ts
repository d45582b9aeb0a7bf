/**
 * Text on a projected table slide, measured before it is drawn: where the browser may break a
 * line, how many lines a text takes in a column, and the widest piece a column must hold so that
 * no word is ever split. Pure: the width of a piece of text comes from a `Measure` — the canvas's
 * in the browser (slide-measure.ts), the font's own metrics in tests.
 */

/** The drawn width of `text` at `font` px, regular or bold. */
export type Measure = (text: string, font: number, bold?: boolean) => number;

/*
 * Advance widths of Noto Sans, the app's own font (bundled), regular and bold, in hundredths of an
 * em rounded up, as Chromium draws it: printable ASCII (from U+0020) and Cyrillic А–я (from U+0410).
 */
const NOTO = {
  regular:
    '26,27,41,65,58,84,74,23,30,30,56,58,27,33,27,38,58,58,58,58,58,58,58,58,58,58,27,27,58,58,58,44,90,64,65,64,73,56,52,73,75,34,28,62,53,91,76,79,61,79,63,55,56,74,60,93,59,57,58,33,38,33,58,45,29,57,62,48,62,57,35,62,62,26,26,54,26,94,62,61,62,62,42,48,37,62,51,79,53,51,47,38,56,38,58',
  bold: '26,29,48,65,58,91,75,27,34,34,55,58,29,32,29,42,58,58,58,58,58,58,58,58,58,58,29,29,58,58,58,48,90,70,67,65,74,56,55,73,77,39,34,67,56,95,82,80,63,80,66,56,58,76,65,97,67,63,58,34,42,34,58,42,37,60,64,52,64,60,39,64,65,30,30,62,30,98,65,63,64,64,45,51,44,65,58,86,58,58,50,40,56,40,58',
  cyrillic:
    '64,62,65,51,73,56,91,58,76,76,63,70,91,75,77,74,61,64,56,62,82,59,74,68,104,103,69,85,61,65,100,64,56,60,57,44,61,56,76,49,63,63,54,59,77,62,60,61,61,50,47,51,74,52,62,59,90,90,63,76,55,50,80,58',
  cyrillicBold:
    '70,65,67,57,78,57,100,60,80,80,70,74,95,77,78,77,63,65,58,65,91,67,78,72,107,108,76,92,65,66,102,69,60,63,60,48,64,59,87,52,68,68,62,63,84,66,63,65,64,53,51,58,81,58,65,64,96,96,68,86,60,53,86,61',
};
const table = (list: string) => list.split(',').map((n) => Number(n) / 100);
const WIDTHS = {
  regular: { ascii: table(NOTO.regular), cyrillic: table(NOTO.cyrillic) },
  bold: { ascii: table(NOTO.bold), cyrillic: table(NOTO.cyrillicBold) },
};
/** Dashes, quotes and the like; any other character as a wide one. */
const OTHER: Record<string, number> = {
  '\u00a0': 0.26,
  '—': 1,
  '–': 0.5,
  '≈': 0.55,
  '’': 0.22,
  '“': 0.45,
  '”': 0.45,
  '…': 0.86,
  '•': 0.38,
  '«': 0.62,
  '»': 0.62,
  ё: 0.59,
  Ё: 0.57,
  '№': 1.03,
};
const WIDE = 0.8;
/** Room added to every estimate: Noto's widths are drawn at subpixel positions. */
const WIDEN = 1.02;

/**
 * The width estimate layouts use without a canvas (tests, jsdom): per character, with the app's
 * font's metrics and no kerning (which only ever narrows a line).
 */
export const estimateText: Measure = (text, font, bold = false) => {
  const widths = bold ? WIDTHS.bold : WIDTHS.regular;
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const known =
      code >= 0x20 && code < 0x7f
        ? widths.ascii[code - 0x20]
        : code >= 0x410 && code < 0x450
          ? widths.cyrillic[code - 0x410]
          : OTHER[ch];
    em += known ?? WIDE;
  }
  return em * font * WIDEN;
};

/**
 * Words longer than this may break where they meet the edge of their box (overflow-wrap:
 * break-word): a URL or a hostile corpus's 200-letter word must not widen a column past the
 * screen. The layout checks apply the same bound to "broken word".
 */
export const MAX_WHOLE_LETTERS = 20;

const letters = (s: string) => (s.match(/[\p{L}\p{M}\p{N}]/gu) ?? []).length;

/**
 * A text's words, each as the pieces a line may end after: the whole word, or — a compound with a
 * hyphen or an en dash ("State-programmed", "University–industry") — its parts, each but the last
 * keeping its dash, as the browser breaks them.
 */
export function wordPieces(text: string): string[][] {
  return (
    text
      // Only ordinary white space breaks: a no-break space ("45 %", "≈ 2") holds its neighbours.
      .split(/[ \t\n\r\f]+/)
      .filter(Boolean)
      .map((word) => word.split(/(?<=\p{L}[-–])(?=\p{L})/u))
  );
}

/**
 * The lines `text` takes at `width` px, broken greedily between pieces as the browser does. The
 * first line may start `indent` px in (a marker or a bold lead before the text); a first word
 * that does not fit beside it starts the next line, leaving the indent's line to itself (an empty
 * first line here). A piece wider than the line is broken by the browser wherever it meets the
 * edge: it takes as many lines as it needs and the next piece starts a fresh line (a little
 * pessimistic, never optimistic).
 */
export function wrapLines(
  text: string,
  width: number,
  font: number,
  measure: Measure,
  bold = false,
  indent = 0,
): string[] {
  const lines: string[] = [];
  let current = '';
  const room = () => Math.max(1, width - (lines.length === 0 ? indent : 0));
  const start = (piece: string) => {
    const w = measure(piece, font, bold);
    // Beside the indent's marker or lead there is no room: the word starts the next line.
    if (lines.length === 0 && indent > 0 && w > room()) lines.push('');
    if (w <= room()) {
      current = piece;
      return;
    }
    // Too wide for any line: the browser splits it over as many lines as it needs.
    let left = w;
    while (left > room()) {
      left -= room();
      lines.push(piece);
    }
    lines.push(piece);
    current = '';
  };
  for (const word of wordPieces(text)) {
    word.forEach((piece, i) => {
      if (!current) {
        start(piece);
        return;
      }
      const candidate = current + (i === 0 ? ' ' : '') + piece;
      if (measure(candidate, font, bold) <= room()) {
        current = candidate;
      } else {
        lines.push(current);
        current = '';
        start(piece);
      }
    });
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * The width a column needs so that no word of `text` is broken: its widest piece (the first
 * counted after `indent`). Words of more than MAX_WHOLE_LETTERS letters are left out: they may
 * break.
 */
export function widestPiece(
  text: string,
  font: number,
  measure: Measure,
  bold = false,
  indent = 0,
): number {
  let widest = 0;
  wordPieces(text).forEach((word, w) =>
    word.forEach((piece, p) => {
      if (letters(piece) > MAX_WHOLE_LETTERS) return;
      const first = w === 0 && p === 0;
      widest = Math.max(widest, measure(piece, font, bold) + (first ? indent : 0));
    }),
  );
  return widest;
}

/**
 * Column widths for `mins` (each column's least width) sharing `room`: shares in proportion to
 * `weights` (equal without), a column whose least width is more than its share given that and
 * the rest shared by the others; no column wider than `max`. Null when the least widths alone are
 * more than the room.
 */
export function shareWidths(
  mins: readonly number[],
  room: number,
  max: number,
  weights?: readonly number[],
): number[] | null {
  const total = mins.reduce((a, b) => a + b, 0);
  if (total > room + 0.01) return null;
  const weight = (i: number) => Math.max(1e-6, weights?.[i] ?? 1);
  const widths = mins.map(() => 0);
  const open = new Set(mins.map((_, i) => i));
  let left = room;
  // Settle the columns whose least width is above their share, then share what is left.
  for (;;) {
    const sum = [...open].reduce((a, i) => a + weight(i), 0);
    const share = (i: number) => Math.min(max, (left * weight(i)) / sum);
    const over = [...open].filter((i) => mins[i]! > share(i));
    if (!over.length) {
      for (const i of open) widths[i] = share(i);
      return widths.map((w, i) => Math.max(w, mins[i]!));
    }
    for (const i of over) {
      widths[i] = mins[i]!;
      left -= mins[i]!;
      open.delete(i);
    }
  }
}
