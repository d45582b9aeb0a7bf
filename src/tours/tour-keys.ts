/**
 * The keys a presentation clicker or a keyboard sends during a tour, shared by the main window
 * and the presenter view. They follow PowerPoint's and reveal.js's conventions, so a lecturer's
 * hands already know them: → / Page Down / Space next, ← / Page Up back, B or "." black screen,
 * W or "," white screen, G or O the grid of steps, "?" the list of keys.
 */
import { isTyping } from '../lib/keys';

/**
 * Whether a key press belongs to something else than the tour: typing, a shortcut with a
 * modifier, or Space on a focused button, link or disclosure (which Space activates).
 */
export function isTourKeyIgnored(e: KeyboardEvent): boolean {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return true;
  return (
    e.key === ' ' && e.target instanceof HTMLElement && !!e.target.closest('button, a, summary')
  );
}

import { shadeForKey } from './key-place';
import type { Shade } from './key-place';

export { keyOf, shadeForKey } from './key-place';
export type { Shade } from './key-place';

/** Where a tour is: its step, its number of steps, and whether the end slide is showing. */
export interface TourPlace {
  step: number;
  last: number;
  /** The end slide ("End of tour"), shown after the last step. */
  ended: boolean;
}

/** What a key asks the tour to do. */
export type TourKeyAction =
  /** Show this step, or the end slide after the last step (`ended`, with `step` the last). */
  | { type: 'go'; step: number; ended: boolean }
  | { type: 'blank'; shade: Shade }
  | { type: 'grid' }
  | { type: 'help' }
  | { type: 'presenter' };

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown', ' ']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);

/**
 * Maps a key (as keyOf reads it) to what the tour does, with the digits typed so far for a
 * "number, then Enter" jump. Next on the last step shows the end slide; previous from the end
 * slide goes back to the last step. `action: null` means the key is not the tour's.
 */
export function tourKey(
  key: string,
  place: TourPlace,
  typed: string,
): { action: TourKeyAction | null; typed: string } {
  const { step, last, ended } = place;
  if (/^\d$/.test(key)) return { action: null, typed: `${typed}${key}`.slice(-3) };
  if (key === 'Enter' && typed) {
    const n = Number(typed);
    return {
      action: n >= 1 && n <= last ? { type: 'go', step: n, ended: false } : null,
      typed: '',
    };
  }
  const go = (to: number, toEnd = false) => ({
    action: { type: 'go', step: to, ended: toEnd } as const,
    typed: '',
  });
  if (NEXT_KEYS.has(key)) return step >= last || ended ? go(last, true) : go(step + 1);
  if (PREVIOUS_KEYS.has(key)) return ended ? go(last) : go(Math.max(1, step - 1));
  if (key === 'Home') return go(1);
  if (key === 'End') return go(last);
  const shade = shadeForKey(key);
  if (shade) return { action: { type: 'blank', shade }, typed: '' };
  switch (key) {
    case 'g':
    case 'G':
    case 'o':
    case 'O':
      return { action: { type: 'grid' }, typed: '' };
    case '?':
      return { action: { type: 'help' }, typed: '' };
    case 's':
    case 'S':
      return { action: { type: 'presenter' }, typed: '' };
    default:
      return { action: null, typed };
  }
}

/**
 * Where an arrow key (or Home, End) moves in a grid of `count` items laid out in `columns`
 * columns, from item `at`; null for any other key. Left and right run on through the rows.
 */
export function gridMove(key: string, at: number, count: number, columns: number): number | null {
  const clamp = (n: number) => Math.min(count - 1, Math.max(0, n));
  switch (key) {
    case 'ArrowLeft':
      return clamp(at - 1);
    case 'ArrowRight':
      return clamp(at + 1);
    case 'ArrowUp':
      return at - columns >= 0 ? at - columns : at;
    case 'ArrowDown':
      return at + columns < count ? at + columns : at;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
