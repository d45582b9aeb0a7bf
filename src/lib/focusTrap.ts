/** Keeps Tab and Shift+Tab inside a modal layer (Esc is the keyboard stack's; see keyboard-stack.ts). */
export const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** Wraps focus from the last control to the first and back; true when the key was Tab. */
export function trapTab(e: KeyboardEvent, panel: HTMLElement | null): boolean {
  if (e.key !== 'Tab' || !panel) return false;
  const items = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return true;
  if (e.shiftKey && (document.activeElement === first || !panel.contains(document.activeElement))) {
    e.preventDefault();
    last.focus();
  } else if (
    !e.shiftKey &&
    (document.activeElement === last || !panel.contains(document.activeElement))
  ) {
    e.preventDefault();
    first.focus();
  }
  return true;
}
