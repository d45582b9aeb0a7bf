/**
 * How wide text is drawn on this screen: the canvas measures it in the page's own font (Noto Sans,
 * bundled; whatever stands in while it loads), a hair wide so that a line the layout thinks fits
 * does fit after the browser's rounding. When the font finishes loading the measure is made afresh
 * and the slide lays itself out again. Without a canvas (jsdom) the font's metrics table in
 * slide-text.ts stands in.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Measure } from './slide-text';
import { estimateText } from './slide-text';

/** Room added to every measured width: 2% and one pixel. */
const WIDEN = 1.02;

export function canvasMeasure(fontFamily: string): Measure | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  const context = new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return null;
  const cache = new Map<string, number>();
  return (text, font, bold = false) => {
    const key = `${bold ? 'b' : 'r'}${font}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = `${bold ? 700 : 400} ${font}px ${fontFamily}`;
      width = context.measureText(text).width * WIDEN + 1;
      cache.set(key, width);
    }
    return width;
  };
}

/** The measure for this page's body font, renewed once its regular and bold faces have loaded. */
export function useSlideMeasure(): Measure {
  const family = useMemo(() => getComputedStyle(document.body).fontFamily, []);
  const [loaded, setLoaded] = useState(0);
  useEffect(() => {
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    if (!fonts) return;
    const faces = [`400 24px ${family}`, `700 24px ${family}`];
    // Latin and Cyrillic are separate files of the font: ask for both.
    const sample = 'aЖ';
    if (faces.every((f) => fonts.check(f, sample))) return;
    let live = true;
    Promise.all(faces.map((f) => fonts.load(f, sample))).then(
      () => {
        if (live) setLoaded((n) => n + 1);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [family]);
  // `loaded` is what changed: the canvas now draws with the font itself.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => canvasMeasure(family) ?? estimateText, [family, loaded]);
}
