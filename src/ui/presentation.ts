/**
 * Presentation mode for lecturers: the view fills the screen (fullscreen where the browser allows)
 * in large, high-contrast type with thick marks. P toggles it; leaving restores everything.
 */
import { useEffect, useRef } from 'react';
import { useActions, usePresent } from '../state/selectors';
import { isTyping } from '../lib/keys';

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

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        (e.key === 'p' || e.key === 'P') &&
        !e.altKey &&
        !e.ctrlKey &&
        !e.metaKey &&
        !isTyping(e.target)
      )
        toggle();
    };
    // Leaving fullscreen (Esc, the browser's own control) leaves presentation mode with it.
    const onFullscreen = () => {
      if (!document.fullscreenElement && enteredFullscreen.current) {
        enteredFullscreen.current = false;
        setPresent(false);
      }
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  });

  return { toggle };
}
