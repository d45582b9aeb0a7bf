/**
 * An estimate of how wide a line of text is drawn, so layouts can make room for labels without a
 * DOM (they run in tests and before the first paint). It errs wide: the average advance of the app's
 * sans-serif is about 0.53 em, 0.6 em covers capitals and bold, and a label given too much room
 * costs a little white space where one given too little collides.
 */
const EM_PER_CHAR = 0.6;

export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * EM_PER_CHAR;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The box a label of one line occupies, given where it is anchored. */
export function labelBox(
  text: string,
  fontSize: number,
  x: number,
  y: number,
  anchor: 'start' | 'middle' | 'end',
): Box {
  const width = textWidth(text, fontSize);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x: left, y: y - fontSize / 2, width, height: fontSize };
}

/**
 * The letters of the longest word in `texts`: how narrow a table column may get before a word
 * must break. Tables pass it to CSS (`--row-ch`, `--col-ch`), so "Великобритания" or
 * "автомобилестроение" widen their column instead of spilling into the next.
 */
export function longestWord(texts: readonly string[]): number {
  let most = 0;
  for (const text of texts)
    for (const word of text.split(/[\s,;]+/)) most = Math.max(most, [...word].length);
  return most;
}

/** The CSS variables a table's columns size themselves by (see .heat-map in charts.css). */
export function wordWidthVars(rows: readonly string[], columns: readonly string[]) {
  return { '--row-ch': longestWord(rows), '--col-ch': longestWord(columns) } as Record<
    string,
    number
  >;
}
