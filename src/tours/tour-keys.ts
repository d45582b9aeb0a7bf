/**
 * The keys a presentation clicker or a keyboard sends during a tour, shared by the main window
 * and the presenter view.
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

/** Keys a presentation clicker or a keyboard sends, mapped to the next step to show. */
export function stepForKey(
  key: string,
  step: number,
  last: number,
  typed: string,
): { step: number | null; typed: string } {
  if (/^\d$/.test(key)) return { step: null, typed: `${typed}${key}`.slice(-3) };
  if (key === 'Enter' && typed) {
    const n = Number(typed);
    return { step: n >= 1 && n <= last ? n : null, typed: '' };
  }
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return { step: Math.min(last, step + 1), typed: '' };
    case 'ArrowLeft':
    case 'PageUp':
      return { step: Math.max(1, step - 1), typed: '' };
    case 'Home':
      return { step: 1, typed: '' };
    case 'End':
      return { step: last, typed: '' };
    default:
      return { step: null, typed };
  }
}
