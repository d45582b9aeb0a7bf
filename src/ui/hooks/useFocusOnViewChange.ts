import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { useView } from '../../state/selectors';

/**
 * After a change of view, moves focus to the new content so keyboard and screen-reader users land
 * on it; not on first load, where focus belongs to the top of the page.
 */
export function useFocusOnViewChange(main: RefObject<HTMLElement | null>): void {
  const view = useView();
  const shownView = useRef<string | null>(null);
  useEffect(() => {
    if (shownView.current === view) return;
    const isFirst = shownView.current === null;
    shownView.current = view;
    if (isFirst) return;
    main.current?.focus();
    window.scrollTo?.(0, 0);
  }, [view, main]);
}
