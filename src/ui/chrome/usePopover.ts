import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useKeyLayer } from '../../lib/keyboard-stack';

/**
 * A disclosure button and the panel it opens (the "More" views, the settings, the model picker).
 * Enter or Space on the button opens it (a native button does that); Esc closes it through the
 * keyboard stack, so an open dialog above it keeps Esc; a press outside closes it; and focus goes
 * back to the button whenever the panel closes from inside, so keyboard users never lose their place.
 */
export function usePopover() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const close = useCallback((returnFocus = true) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  useKeyLayer('menu', { onEscape: () => close() }, open);

  useEffect(() => {
    if (!open) return;
    // A press anywhere outside the popover closes it without stealing focus from what was pressed.
    const onPointerDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) close(false);
    };
    // Tabbing out of it closes it too: an open panel left behind would cover the page.
    const root = rootRef.current;
    const onFocusOut = (e: FocusEvent) => {
      const next = e.relatedTarget as Node | null;
      if (next && !root?.contains(next)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    root?.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      root?.removeEventListener('focusout', onFocusOut);
    };
  }, [open, close]);

  const toggle = useCallback(() => setOpen((v) => !v), []);
  // Callers destructure this (refs stay refs to the React compiler) and give the button
  // aria-expanded={open} aria-controls={panelId} onClick={toggle} ref={buttonRef}.
  return { open, toggle, close, rootRef, buttonRef, panelId };
}
