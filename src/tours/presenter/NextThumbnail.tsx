import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../corpus/vocabulary';
import { useElementSize } from '../../lib/useElementSize';
import { hrefFor } from '../../state/url';

/** The screen the thumbnail shows, scaled down to its box: a 16:9 projector. */
export const THUMBNAIL_SCREEN = { width: 1280, height: 720 };

/** The address of a step as the audience sees it: presented, in the lecturer's language. */
export function presentedStepAddress(tour: string, step: number, lang: Lang): string {
  return hrefFor({ tour, step, present: true, lang });
}

/**
 * The next step as a live thumbnail: the app itself, in a same-origin frame at a projector's
 * size, scaled down to the box it has. Inert (no focus, no keys, hidden from assistive
 * technology, which has the next step's title in words beside it). A change of step replaces
 * the frame's address in place, so the presenter window's history does not grow with the talk,
 * and the previous thumbnail stays until the next one is drawn.
 */
export function NextThumbnail({
  tour,
  step,
  lang,
  title,
}: {
  tour: string;
  step: number;
  lang: Lang;
  /** The frame's name (the next step's title). */
  title: string;
}) {
  const address = presentedStepAddress(tour, step, lang);
  const [firstAddress] = useState(address);
  const shown = useRef(address);
  const frame = useRef<HTMLIFrameElement>(null);
  const [boxRef, box] = useElementSize<HTMLDivElement>({ width: 320, height: 180 });

  useEffect(() => {
    const target = frame.current;
    if (!target || shown.current === address) return;
    shown.current = address;
    const url = new URL(address, window.location.href).href;
    try {
      target.contentWindow?.location.replace(url);
    } catch {
      target.src = url;
    }
  }, [address]);

  const scale = box.width / THUMBNAIL_SCREEN.width;
  return (
    <div className="presenter__thumb" ref={boxRef} data-step={step}>
      <iframe
        ref={frame}
        src={firstAddress}
        title={title}
        tabIndex={-1}
        inert
        width={THUMBNAIL_SCREEN.width}
        height={THUMBNAIL_SCREEN.height}
        style={{ transform: `scale(${scale})` }}
      />
    </div>
  );
}
