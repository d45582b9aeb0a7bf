/**
 * Wraps a node's label into lines that fit a width, by the same width estimate the layout uses
 * for room. Words are never split; a long compound may break after its hyphen.
 */
import { textWidth } from '../../charts/text-width';

/** The pieces a label may break between: words, and the halves of hyphenated compounds. */
export function labelPieces(text: string): string[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => word.split(/(?<=-)(?=\p{L})/u));
}

/** The width of the widest piece: the narrowest slot a label fits in without overflowing. */
export function widestPiece(text: string, fontSize: number): number {
  return Math.max(0, ...labelPieces(text).map((p) => textWidth(p, fontSize)));
}

export function wrapLabel(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of labelPieces(text)) {
    // A piece after a hyphen joins without a space; after a word, with one.
    const joined = line === '' ? piece : line.endsWith('-') ? line + piece : `${line} ${piece}`;
    if (line !== '' && textWidth(joined, fontSize) > maxWidth) {
      lines.push(line);
      line = piece;
    } else line = joined;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Wraps a label whose first line is shorter than the rest (it starts after a badge). Where even
 * the first word does not fit the first line, that line stays empty (the badge alone) and the
 * words start on the next. Null where some piece is wider than a whole line: the label cannot fit.
 */
export function wrapIndented(
  text: string,
  firstWidth: number,
  restWidth: number,
  fontSize: number,
): string[] | null {
  const pieces = labelPieces(text);
  if (pieces.some((p) => textWidth(p, fontSize) > restWidth)) return null;
  const lines: string[] = [];
  let line = '';
  const room = () => (lines.length === 0 ? firstWidth : restWidth);
  for (const piece of pieces) {
    const joined = line === '' ? piece : line.endsWith('-') ? line + piece : `${line} ${piece}`;
    if (textWidth(joined, fontSize) <= room()) line = joined;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
