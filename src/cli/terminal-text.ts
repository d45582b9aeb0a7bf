/**
 * Text from a corpus file printed to a terminal: control characters (ANSI escape sequences can
 * recolour, move the cursor or retitle the window) and bidirectional overrides (they reorder what
 * is shown) are written as visible escapes instead, so a line shows exactly what the file holds.
 */
// C0 and C1 controls and DEL, and the bidi embeddings, overrides, isolates and marks. Matching
// control characters is this pattern's whole purpose.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export const forTerminal = (line: string): string => line.replace(UNSAFE, escape);
