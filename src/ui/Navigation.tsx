import type { MouseEvent } from 'react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { useActions, useView } from '../state/selectors';
import { useLinkTo } from '../state/links';
import { markStateChange } from '../lib/perf';
import { preloadView } from '../views/registry';
import type { ViewId } from '../corpus/vocabulary';
import { usePopover } from './chrome/usePopover';
import { useScrollEdges } from './chrome/useScrollEdges';
import { Caret } from './chrome/icons';

/** The views people come for, always in the row. */
export const PRIMARY_VIEWS: readonly ViewId[] = [
  'overview',
  'compare',
  'state-role',
  'governance',
  'sectors',
  'hierarchy',
  'fit',
  'tours',
];
/** Pages one visits now and then: grouped under "More", so the navigation keeps to one row. */
export const SECONDARY_VIEWS: readonly ViewId[] = [
  'model',
  'article',
  'concepts',
  'sources',
  'handout',
  'editor',
];

/** Links among the views: real links (open in a new tab works), handled in-page when clicked. */
export function Navigation() {
  const { t } = useTranslation();
  const current = useView();
  const { setView } = useActions();
  // Each link carries the rest of the current state, so "open in new tab" shows the same models.
  const linkTo = useLinkTo();
  const {
    open: moreOpen,
    toggle: moreToggle,
    close: moreClose,
    rootRef: moreRoot,
    buttonRef: moreButton,
    panelId: morePanelId,
  } = usePopover();
  const listRef = useRef<HTMLUListElement>(null);
  const edges = useScrollEdges(listRef);
  // The row's views that do not fit its width (longer words in Russian and Uzbek, a narrow
  // window) are offered in "More" too, so none is reachable only by scrolling the row sideways.
  const [cutOff, setCutOff] = useState<readonly ViewId[]>([]);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const items = [...list.children] as HTMLElement[];
      const left = list.getBoundingClientRect().left - list.scrollLeft;
      const beyond = PRIMARY_VIEWS.filter((_, i) => {
        const item = items[i];
        return item ? item.getBoundingClientRect().right - left > list.clientWidth + 1 : false;
      });
      setCutOff((was) => (was.join() === beyond.join() ? was : beyond));
    };
    // The observer reports once on observing, then on every change of size (a new language).
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    for (const item of list.children) observer.observe(item);
    return () => observer.disconnect();
  }, []);
  const follow = (view: ViewId) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    markStateChange();
    if (moreOpen) moreClose(false);
    setView(view);
  };
  // On a phone the row scrolls sideways: keep the current view's link in sight (a tour moves it).
  // The row's own scrollLeft, not scrollIntoView: Chromium (150) moves the keyboard's starting
  // point to an element scrolled into view, so the first Tab of the page skipped "Skip to main
  // content" and landed on the link after the current one.
  // In the next frame, whose layout the browser does anyway: measuring at mount forced the
  // page's first layout in the middle of the app's start (a third of a second at 4× throttle).
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const list = listRef.current;
      const link = list?.querySelector<HTMLElement>('[aria-current="page"]');
      if (list && link) list.scrollLeft = scrollLeftShowing(list, link);
    });
    return () => cancelAnimationFrame(frame);
  }, [current]);
  const link = (view: ViewId) => (
    <a
      href={linkTo({ view })}
      aria-current={view === current ? 'page' : undefined}
      onClick={follow(view)}
      onMouseEnter={() => void preloadView(view)}
      onFocus={() => void preloadView(view)}
    >
      {t(`nav.${view}`)}
    </a>
  );
  const inMore = SECONDARY_VIEWS.includes(current) || cutOff.includes(current);
  const moreViews = [...cutOff, ...SECONDARY_VIEWS];
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul ref={listRef} className="main-nav__row" {...edges}>
        {PRIMARY_VIEWS.map((view) => (
          <li key={view}>{link(view)}</li>
        ))}
      </ul>
      <div className="main-nav__more popover" ref={moreRoot}>
        <button
          ref={moreButton}
          type="button"
          aria-expanded={moreOpen}
          aria-controls={morePanelId}
          onClick={moreToggle}
          className={`main-nav__more-button${inMore ? ' main-nav__more-button--current' : ''}`}
        >
          {t('chrome.more')}
          <Caret />
        </button>
        {moreOpen ? (
          <ul id={morePanelId} className="popover__panel popover__panel--end main-nav__menu">
            {moreViews.map((view) => (
              <li key={view}>{link(view)}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </nav>
  );
}

/** The row's scrollLeft that shows the whole of `link`, moving the row as little as possible. */
function scrollLeftShowing(list: HTMLElement, link: HTMLElement): number {
  const row = list.getBoundingClientRect();
  const box = link.getBoundingClientRect();
  const start = box.left - row.left + list.scrollLeft;
  const end = start + box.width;
  if (start < list.scrollLeft) return start;
  if (end > list.scrollLeft + list.clientWidth) return end - list.clientWidth;
  return list.scrollLeft;
}
