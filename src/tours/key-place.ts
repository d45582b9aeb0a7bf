/**
 * Keys by their place on the keyboard, and the blanking keys: the part of the lecturer's keys that
 * presentation mode needs on the first page (the tour's own keys load with the tour bar).
 */

/** The colour a blanked screen shows. */
export type Shade = 'black' | 'white';

/** Letter and punctuation keys by their place on the keyboard (KeyboardEvent.code). */
const LATIN_BY_CODE: Record<string, string> = {
  KeyB: 'b',
  KeyW: 'w',
  KeyG: 'g',
  KeyO: 'o',
  KeyS: 's',
  KeyP: 'p',
  Period: '.',
  Comma: ',',
};

/**
 * The key as a Latin layout would name it. A Russian reader's B key sends "и" and a clicker's
 * blank key (the "." key of a US keyboard) sends "ю" on a Russian layout; the keys are meant by
 * their place, so a character of another script is read by its physical key.
 */
export function keyOf(e: { key: string; code: string }): string {
  // eslint-disable-next-line no-control-regex
  if (e.key.length === 1 && /[^\u0000-\u007f]/.test(e.key)) return LATIN_BY_CODE[e.code] ?? e.key;
  return e.key;
}

/** A blanking key (B or "." black, W or "," white), or null. */
export function shadeForKey(key: string): Shade | null {
  if (key === 'b' || key === 'B' || key === '.') return 'black';
  if (key === 'w' || key === 'W' || key === ',') return 'white';
  return null;
}
