/**
 * Presentation mode for lecturers: the view fills the screen (fullscreen where the browser allows)
 * in large, high-contrast type with thick marks. P toggles it; leaving restores everything.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/react';
import { useActions, usePresent } from '../state/selectors';
import { isTyping } from '../lib/keys';
import { useKeyLayer } from '../lib/keyboard-stack';
import { keyOf, shadeForKey } from '../tours/key-place';
import type { Shade } from '../tours/key-place';

export function usePresentation(): { toggle: () => void } {
  const present = usePresent();
  const { setPresent } = useActions();
  const enteredFullscreen = useRef(false);
  const { i18n } = useTranslation();

  // The blank screen's code loads with the first B or W (it is not on the first page); its name
  // is read when it is shown, so in the language of that moment.
  const blank = (shade: Shade) =>
    void import('../tours/blank-screen').then((m) => {
      m.setBlankScreenLabels((s) =>
        i18n.t(s === 'black' ? 'lecturer.blackScreen' : 'lecturer.whiteScreen'),
      );
      m.setBlankScreen(shade);
    });

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
  // and while presenting Esc leaves it once nothing above (a dialog, a tour) takes Esc, and B or
  // "." blacks the screen, W or "," whites it (a running tour's layer, above, does the same).
  // Keys are read by their place, so a Russian layout's P ("з") is P too.
  useKeyLayer('presentation', {
    onEscape: present ? () => setPresent(false) : undefined,
    onKey: (e) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return false;
      const key = keyOf(e);
      const shade = present ? shadeForKey(key) : null;
      if (shade) {
        e.preventDefault();
        blank(shade);
        return true;
      }
      if (key !== 'p' && key !== 'P') return false;
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
