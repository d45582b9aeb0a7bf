/**
 * What a projected slide must be, measured in the page: no taller or wider than the screen, no
 * box of its own that scrolls (a clicker cannot scroll it), no text under 24 px, and the tour bar
 * on screen with its Previous and Next.
 */
import type { Page } from 'playwright-core';

/** Smallest type a room can read from the back, in CSS px. */
export const SLIDE_MIN_FONT_PX = 24;

export interface SlideMeasure {
  scrollWidth: number;
  scrollHeight: number;
  innerWidth: number;
  innerHeight: number;
  /** Elements whose content is taller or wider than their box and that could scroll it. */
  scrollers: string[];
  /** The smallest rendered text size inside main (CSS size times any SVG scaling), and where. */
  smallest: { px: number; where: string };
  /** Whether the tour bar's Previous and Next are wholly inside the window. */
  tourBarShown: boolean;
}

/** A string, not a function: the app's CSP forbids the eval a waitForFunction would need. */
const measureScript = `(() => {
  const root = document.scrollingElement || document.documentElement;
  const scrollers = [];
  for (const el of document.querySelectorAll('body *')) {
    const style = getComputedStyle(el);
    const canScroll = /(auto|scroll)/.test(style.overflowY + ' ' + style.overflowX);
    if (!canScroll) continue;
    if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) {
      scrollers.push(el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '') + ' ' + el.scrollWidth + '×' + el.scrollHeight + ' in ' + el.clientWidth + '×' + el.clientHeight);
    }
  }
  let px = Infinity, where = '';
  const main = document.querySelector('main');
  const walker = document.createTreeWalker(main || document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !n.textContent.trim()) continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1 || r.bottom < 0 || r.top > innerHeight) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    if (el.closest('.visually-hidden, [aria-hidden="true"] .visually-hidden')) continue;
    let size = parseFloat(style.fontSize);
    if (el instanceof SVGGraphicsElement) size *= (el.getScreenCTM() && el.getScreenCTM().a) || 1;
    if (size < px) { px = size; where = el.tagName + ' "' + n.textContent.trim().slice(0, 40) + '"'; }
  }
  const inside = (el) => { if (!el) return false; const r = el.getBoundingClientRect(); return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5; };
  const buttons = Array.from(document.querySelectorAll('.tour-bar__buttons button'));
  return {
    scrollWidth: root.scrollWidth,
    scrollHeight: root.scrollHeight,
    innerWidth,
    innerHeight,
    scrollers,
    smallest: { px, where },
    tourBarShown: buttons.length >= 2 && buttons.slice(0, 2).every(inside),
  };
})()`;

export const measureSlide = (page: Page) => page.evaluate(measureScript) as Promise<SlideMeasure>;
