/**
 * Presentation mode for lecturers: the view fills the screen (fullscreen where the browser allows)
 * in large, high-contrast type with thick marks. P toggles it; leaving restores everything.
 */
import { useEffect, useRef } from 'react';
import { useActions, usePresent } from '../state/selectors';
import { isTyping } from '../lib/keys';
import { useKeyLayer } from '../lib/keyboard-stack';

export function usePresentation(): { toggle: () => void } {
  const present = usePresent();
  const { setPresent } = useActions();
  const enteredFullscreen = useRef(false);

  const toggle = () => {
    if (!present) {
      // A user gesture (key or click) is what allows fullscreen; where refused, the mode still works.
      document.documentElement
        .requestFullscreen?.()
        .then(() => (enteredFullscreen.current = true))
        .catch(() => undefined);
      setPresent(true);
    } else {
      setPresent(false);
    }
  };

  useEffect(() => {
    document.documentElement.toggleAttribute('data-present', present);
    if (!present && document.fullscreenElement)
      void document.exitFullscreen?.().catch(() => undefined);
  }, [present]);

  // The bottom layer of the keyboard stack: P toggles the mode from anywhere but a text field,
  // and while presenting Esc leaves it once nothing above (a dialog, a tour) takes Esc.
  useKeyLayer('presentation', {
    onEscape: present ? () => setPresent(false) : undefined,
    onKey: (e) => {
      if (e.key !== 'p' && e.key !== 'P') return false;
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return false;
      toggle();
      return true;
    },
  });

  useEffect(() => {
    // Leaving fullscreen (Esc, the browser's own control) leaves presentation mode with it.
    const onFullscreen = () => {
      if (!document.fullscreenElement && enteredFullscreen.current) {
        enteredFullscreen.current = false;
        setPresent(false);
      }
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => document.removeEventListener('fullscreenchange', onFullscreen);
  }, [setPresent]);

  return { toggle };
}
