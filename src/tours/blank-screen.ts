/**
 * The lecturer's blanked screen (B or "." black, W or "," white): one overlay over the whole
 * window, during a tour or in presentation mode, that any key or click takes away. It sits on
 * the keyboard stack above everything (a dialog layer opened last), and takes every key, so a
 * clicker's Page Down while the screen is black returns to the slide and moves nothing.
 *
 * It is drawn here, outside React, because both the tour bar and presentation mode (a hook in
 * the shell, which renders nothing of its own) blank the same screen, and the presenter window
 * can blank it from afar (tour-sync.ts). One screen per document, so one overlay per document.
 */
import { keyboardStack } from '../lib/keyboard-stack';
import type { Shade } from './tour-keys';

interface Shown {
  shade: Shade;
  element: HTMLElement;
  pop: () => void;
  returnTo: Element | null;
}

let shown: Shown | null = null;
const listeners = new Set<(shade: Shade | null) => void>();
let labelOf: (shade: Shade) => string = (shade) =>
  shade === 'black'
    ? 'Black screen: press any key to return'
    : 'White screen: press any key to return';

/** Keys that only modify another: pressing Shift alone does not bring the slide back. */
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn']);

/** The accessible names of the overlay, in the reader's language (set by the shell). */
export function setBlankScreenLabels(label: (shade: Shade) => string): void {
  labelOf = label;
}

/** The screen's shade now, or null when the slide shows. */
export function blankScreen(): Shade | null {
  return shown?.shade ?? null;
}

/** Calls `listener` on every change of shade; returns how to stop. */
export function onBlankScreenChange(listener: (shade: Shade | null) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function remove(restoreFocus: boolean): void {
  if (!shown) return;
  const { element, pop, returnTo } = shown;
  shown = null;
  pop();
  element.remove();
  if (restoreFocus && returnTo instanceof HTMLElement && returnTo.isConnected) {
    returnTo.focus({ preventScroll: true });
  }
}

/** Blanks the screen black or white, or (null) shows the slide again. */
export function setBlankScreen(shade: Shade | null): void {
  if ((shown?.shade ?? null) === shade) return;
  const returnTo = shown ? shown.returnTo : document.activeElement;
  remove(shade === null);
  if (shade) {
    const element = document.createElement('div');
    element.className = `blank-screen blank-screen--${shade}`;
    // A modal of its own: assistive technology hears that the screen is blank and how to return,
    // and nothing under it can be reached while it shows.
    element.setAttribute('role', 'dialog');
    element.setAttribute('aria-modal', 'true');
    element.setAttribute('aria-label', labelOf(shade));
    element.tabIndex = -1;
    element.dataset.shade = shade;
    element.addEventListener('click', () => setBlankScreen(null));
    const pop = keyboardStack().push({
      kind: 'dialog',
      onEscape: () => setBlankScreen(null),
      onKey: (e) => {
        if (MODIFIERS.has(e.key)) return true;
        // A browser shortcut (Ctrl+R, Cmd+Tab…) still does its work; every other key is ours.
        if (!(e.ctrlKey || e.metaKey || e.altKey)) e.preventDefault();
        setBlankScreen(null);
        return true;
      },
    });
    document.body.append(element);
    element.focus({ preventScroll: true });
    shown = { shade, element, pop, returnTo };
  }
  for (const listener of [...listeners]) listener(shade);
}
