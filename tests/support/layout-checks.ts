/**
 * The layout checks: what a reader would see wrong on a screen or a printed page, measured in a
 * real browser. The page-side functions below only measure (word boxes, SVG label boxes, tap
 * targets, font sizes) and hand back plain data; the judging is done here in Node with the pure
 * box maths of layout-geometry.ts, so every rule is unit-tested apart from the browser.
 *
 * The page functions are passed to page.evaluate as functions (serialised by Playwright, run
 * through the DevTools protocol, so the app's CSP, which forbids eval, is not in the way). They
 * must be self-contained: no imports, no helpers from outside their body.
 */
import type { Page } from 'playwright-core';
import {
  type Box,
  letterCount,
  lineCount,
  MIN_TARGET,
  overhang,
  overlappingPairs,
  spacedEnough,
  undersized,
} from './layout-geometry';
import { waitForSettled } from './settled';

export const CHECK_NAMES = [
  'overlap',
  'broken-word',
  'svg-text-outside',
  'horizontal-scroll',
  'small-type',
  'small-target',
  'print-overflow',
  'print-lone-heading',
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export interface Finding {
  check: CheckName;
  /** The words involved, as a reader would find them on the screen. */
  words: string;
  detail: string;
}

/** Smallest type a reader should be given on screen, in CSS px. */
export const MIN_FONT_PX = 12;
/** Longest word the broken-word rule looks at: longer ones (URLs, identifiers) may wrap. */
export const MAX_UNBREAKABLE_LETTERS = 20;

interface MeasuredWord {
  word: string;
  run: number;
  /**
   * The word's client rects in page coordinates, cut to what is drawn now: what its clipping
   * ancestors and scroll boxes show. Empty for a word scrolled out of sight.
   */
  rects: Box[];
  /** The same cut only by clipping (not scrolling) ancestors: where the word's lines fall. */
  lineRects: Box[];
  /** Drawn in a position:fixed layer: compared only with words of the same layer. */
  fixed: boolean;
}

interface MeasuredRun {
  run: number;
  text: string;
  fontPx: number;
  svg: boolean;
}

interface MeasuredTarget {
  label: string;
  box: Box;
  /** An inline link inside a sentence: WCAG 2.5.8's inline exception. */
  inline: boolean;
}

interface PageMeasure {
  innerWidth: number;
  scrollWidth: number;
  words: MeasuredWord[];
  runs: MeasuredRun[];
  svgTexts: { text: string; box: Box; svgBox: Box }[];
  targets: MeasuredTarget[];
  /** Elements reaching past the page's content width or cut off by a scroll box (print only). */
  pastEdge: { label: string; box: Box; limit: Box }[];
}

interface MeasureOptions {
  /** Print layout: scroll boxes clip (paper does not scroll) and nothing may pass `edge`. */
  print: boolean;
  /** The right edge of the content box, in px: the viewport on screen, the paper in print. */
  edge: number;
  targetSelector: string;
}

const TARGETS =
  'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="tab"], [role="checkbox"], [role="radio"], [role="switch"], [role="menuitem"], [role="option"]';

/* Runs in the page. Self-contained: see the note at the top of the file. */
function measureInPage(options: MeasureOptions): PageMeasure {
  const sx = window.scrollX;
  const sy = window.scrollY;
  const toBox = (r: DOMRect | DOMRectReadOnly) => ({
    left: r.left + sx,
    top: r.top + sy,
    right: r.right + sx,
    bottom: r.bottom + sy,
  });
  const cut = (a: Box, b: Box): Box | null => {
    const left = Math.max(a.left, b.left);
    const top = Math.max(a.top, b.top);
    const right = Math.min(a.right, b.right);
    const bottom = Math.min(a.bottom, b.bottom);
    return right > left && bottom > top ? { left, top, right, bottom } : null;
  };
  const everywhere: Box = { left: -1e9, top: -1e9, right: 1e9, bottom: 1e9 };
  // The page itself: whatever sits above or left of the document's origin (a skip link parked at
  // top: -3rem until focused) is not on screen.
  const documentBox: Box = { left: 0, top: 0, right: 1e9, bottom: 1e9 };

  // What each element's ancestors let show of it: overflow hidden/clip and the clip property;
  // with `scrollersClip`, scroll boxes too (paper cannot scroll). Cached per element.
  const clipper = (scrollersClip: boolean) => {
    const cache = new Map<Element, Box | null>();
    const clipsOverflow = (v: string) =>
      v === 'hidden' || v === 'clip' || (scrollersClip && (v === 'auto' || v === 'scroll'));
    const clipOf = (el: Element | null): Box | null => {
      if (!el) return documentBox;
      const cached = cache.get(el);
      if (cached !== undefined) return cached;
      let clip = clipOf(el.parentElement);
      if (clip) {
        const style = getComputedStyle(el);
        const own = toBox(el.getBoundingClientRect());
        if (clipsOverflow(style.overflowX)) {
          clip = cut(clip, { ...everywhere, left: own.left, right: own.right });
        }
        if (clip && clipsOverflow(style.overflowY)) {
          clip = cut(clip, { ...everywhere, top: own.top, bottom: own.bottom });
        }
        if (clip && /^rect\(/.test(style.clip)) {
          const [t, r, b, l] = (style.clip.match(/-?[\d.]+/g) ?? []).map(Number);
          clip = cut(clip, {
            left: own.left + (l ?? 0),
            top: own.top + (t ?? 0),
            right: own.left + (r ?? 0),
            bottom: own.top + (b ?? 0),
          });
        }
        if (clip && /inset\(50%/.test(style.clipPath)) clip = null;
      }
      cache.set(el, clip);
      return clip;
    };
    return clipOf;
  };
  // Clipped only: what the page could show by scrolling. Visibility, lines and tap targets use it.
  const clipOf = options.print ? clipper(true) : clipper(false);
  // Clipped and scrolled: what is drawn on screen now. Words over words are judged on it.
  const inkClip = clipper(true);
  const drawnClip = clipper(false);

  const visibleCache = new Map<Element, boolean>();
  const visible = (el: Element): boolean => {
    let seen = visibleCache.get(el);
    if (seen === undefined) {
      const style = getComputedStyle(el);
      seen =
        el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
        !/rgba\([^)]*,\s*0\)$/.test(style.color) &&
        style.color !== 'transparent' &&
        clipOf(el) !== null;
      visibleCache.set(el, seen);
    }
    return seen;
  };

  const fixedCache = new Map<Element, boolean>();
  const isFixed = (el: Element | null): boolean => {
    if (!el) return false;
    let fixed = fixedCache.get(el);
    if (fixed === undefined) {
      fixed = getComputedStyle(el).position === 'fixed' || isFixed(el.parentElement);
      fixedCache.set(el, fixed);
    }
    return fixed;
  };

  const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
  const words: MeasuredWord[] = [];
  const runs: MeasuredRun[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const el = node.parentElement;
    if (!el || !text.trim() || el.closest('script, style, noscript, title, desc')) continue;
    if (!visible(el)) continue;
    const clip = clipOf(el)!;
    const ink = inkClip(el);
    const svgText = el.closest('text');
    let fontPx = parseFloat(getComputedStyle(el).fontSize);
    if (svgText instanceof SVGGraphicsElement) {
      // SVG type is scaled with its drawing: the size on screen is the font size in user units
      // times the scale of the text's screen transform.
      const m = svgText.getScreenCTM();
      if (m) fontPx *= Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
    }
    const run = runs.length;
    const fixed = isFixed(el);
    let shown = '';
    for (const m of text.matchAll(wordPattern)) {
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const rects: Box[] = [];
      const lineRects: Box[] = [];
      // A sliver (a 1 px visually-hidden box, a word under a clip edge) is not ink.
      const ample = (b: Box | null): b is Box =>
        b !== null && (b.right - b.left) * (b.bottom - b.top) >= 4;
      for (const r of Array.from(range.getClientRects())) {
        const whole = toBox(r);
        const lined = cut(whole, clip);
        if (ample(lined)) lineRects.push(lined);
        const seen = ink && cut(whole, ink);
        if (ample(seen)) rects.push(seen);
      }
      if (!lineRects.length) continue;
      words.push({ word: m[0], run, rects, lineRects, fixed });
      shown += (shown ? ' ' : '') + m[0];
    }
    if (shown) runs.push({ run, text: shown, fontPx, svg: svgText !== null });
  }

  const svgTexts: PageMeasure['svgTexts'] = [];
  for (const t of Array.from(document.querySelectorAll('svg text'))) {
    const owner = (t as SVGTextElement).ownerSVGElement;
    if (!owner || !visible(t) || !(t.textContent ?? '').trim()) continue;
    svgTexts.push({
      text: (t.textContent ?? '').trim(),
      box: toBox(t.getBoundingClientRect()),
      svgBox: toBox(owner.getBoundingClientRect()),
    });
  }

  const labelOf = (el: Element): string => {
    const name =
      el.getAttribute('aria-label') ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent ??
      '';
    const tag = el.tagName.toLowerCase();
    return `${tag}${el.classList.length ? '.' + Array.from(el.classList).join('.') : ''} "${name.replace(/\s+/g, ' ').trim().slice(0, 60)}"`;
  };

  const targets: MeasuredTarget[] = [];
  for (const el of Array.from(document.querySelectorAll(options.targetSelector))) {
    if (!visible(el)) continue;
    // The whole target, even where a scroll box hides part of it (scrolling shows the rest);
    // skipped when none of it can be seen (a visually-hidden input behind a styled label).
    let b = toBox(el.getBoundingClientRect());
    if (!cut(b, clipOf(el)!)) continue;
    // A labelled control is tapped on its label as well: the target is both together.
    for (const label of Array.from((el as HTMLInputElement).labels ?? [])) {
      const lb = toBox(label.getBoundingClientRect());
      b = {
        left: Math.min(b.left, lb.left),
        top: Math.min(b.top, lb.top),
        right: Math.max(b.right, lb.right),
        bottom: Math.max(b.bottom, lb.bottom),
      };
    }
    const style = getComputedStyle(el);
    const own = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const block = el.parentElement?.closest('p, li, td, th, dd, dt, figcaption, blockquote, div');
    const around = (block?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const inline = style.display === 'inline' && around.length > own.length + 1;
    targets.push({ label: labelOf(el), box: b, inline });
  }

  const pastEdge: PageMeasure['pastEdge'] = [];
  if (options.print) {
    const page: Box = { left: 0, top: 0, right: options.edge, bottom: 1e9 };
    const reported = new Set<Element>();
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      // Only the outermost element past the edge: its descendants go with it.
      if (el.parentElement && reported.has(el.parentElement)) {
        reported.add(el);
        continue;
      }
      if (!visible(el)) continue;
      // What is drawn of it (a shape inside an svg that clips it is drawn only inside) …
      const b = cut(toBox(el.getBoundingClientRect()), drawnClip(el.parentElement) ?? everywhere);
      if (!b || b.right - b.left < 1 || b.bottom - b.top < 1) continue;
      // … against the box that should hold it: the paper, or a scroll box paper cannot scroll.
      const limit = cut(page, clipOf(el.parentElement) ?? page) ?? page;
      const past =
        b.right > limit.right + 1 || b.left < limit.left - 1 || b.bottom > limit.bottom + 1;
      if (past) {
        reported.add(el);
        pastEdge.push({ label: labelOf(el), box: b, limit });
      }
    }
  }

  const root = document.scrollingElement ?? document.documentElement;
  return {
    innerWidth: window.innerWidth,
    scrollWidth: root.scrollWidth,
    words,
    runs,
    svgTexts,
    targets,
    pastEdge,
  };
}

const quote = (s: string, max = 60) => `"${s.length > max ? s.slice(0, max - 1) + '…' : s}"`;
const at = (b: Box) => `at (${Math.round(b.left)}, ${Math.round(b.top)})`;

/** Turns a page's measures into findings. Pure: unit-testable on hand-made measures. */
export function judge(
  m: PageMeasure,
  checks: ReadonlySet<CheckName>,
  edge = m.innerWidth,
): Finding[] {
  const findings: Finding[] = [];
  const runText = new Map(m.runs.map((r) => [r.run, r.text]));

  if (checks.has('overlap')) {
    const pieces = m.words.flatMap((w, i) => w.rects.map((box) => ({ box, run: w.run, word: i })));
    const seen = new Set<string>();
    for (const [a, b] of overlappingPairs(pieces)) {
      const wa = m.words[a.word]!;
      const wb = m.words[b.word]!;
      if (wa.fixed !== wb.fixed) continue;
      // One finding per pair of runs: a label drawn over another overlaps in every word.
      const key = [wa.run, wb.run].sort((x, y) => x - y).join('×');
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        check: 'overlap',
        words: `${quote(wa.word)} × ${quote(wb.word)}`,
        detail: `${quote(runText.get(wa.run) ?? '')} drawn over ${quote(runText.get(wb.run) ?? '')} ${at(a.box)}`,
      });
    }
  }

  if (checks.has('broken-word')) {
    for (const w of m.words) {
      if (letterCount(w.word) <= MAX_UNBREAKABLE_LETTERS && lineCount(w.lineRects) > 1) {
        findings.push({
          check: 'broken-word',
          words: quote(w.word),
          detail: `split across lines in ${quote(runText.get(w.run) ?? '')} ${at(w.lineRects[0]!)}`,
        });
      }
    }
  }

  if (checks.has('svg-text-outside')) {
    for (const t of m.svgTexts) {
      const past = overhang(t.box, t.svgBox);
      if (past > 1) {
        findings.push({
          check: 'svg-text-outside',
          words: quote(t.text),
          detail: `reaches ${Math.round(past)} px past its <svg> ${at(t.box)}`,
        });
      }
    }
  }

  if (checks.has('horizontal-scroll') && m.scrollWidth > edge + 0.5) {
    findings.push({
      check: 'horizontal-scroll',
      words: '',
      detail: `the page is ${m.scrollWidth} px wide in a ${edge} px window`,
    });
  }

  if (checks.has('small-type')) {
    for (const r of m.runs) {
      if (r.fontPx < MIN_FONT_PX - 0.05) {
        findings.push({
          check: 'small-type',
          words: quote(r.text),
          detail: `${r.svg ? 'chart text' : 'text'} drawn at ${r.fontPx.toFixed(1)} px`,
        });
      }
    }
  }

  if (checks.has('small-target')) {
    const boxes = m.targets.map((t) => t.box);
    m.targets.forEach((t, i) => {
      if (t.inline || !undersized(t.box)) return;
      const others = boxes.filter((_, j) => j !== i);
      if (spacedEnough(t.box, others)) return;
      const w = Math.round(t.box.right - t.box.left);
      const h = Math.round(t.box.bottom - t.box.top);
      findings.push({
        check: 'small-target',
        words: t.label,
        detail: `${w}×${h} px, under ${MIN_TARGET}×${MIN_TARGET} with a neighbour within reach ${at(t.box)}`,
      });
    });
  }

  if (checks.has('print-overflow')) {
    for (const p of m.pastEdge) {
      const past = overhang(p.box, p.limit);
      findings.push({
        check: 'print-overflow',
        words: p.label,
        detail: `reaches ${Math.round(past)} px past ${p.limit.right === edge ? 'the page' : 'a box paper cannot scroll'} ${at(p.box)}`,
      });
    }
  }
  return findings;
}

const SCREEN_CHECKS = new Set<CheckName>([
  'overlap',
  'broken-word',
  'svg-text-outside',
  'horizontal-scroll',
  'small-type',
  'small-target',
]);
const PRINT_LAYOUT_CHECKS = new Set<CheckName>([
  'overlap',
  'broken-word',
  'svg-text-outside',
  'print-overflow',
]);

/** Every screen check on the page as it is now (call once it has settled). */
export async function checkScreen(page: Page): Promise<Finding[]> {
  const edge = await page.evaluate(() => window.innerWidth);
  const measure = await page.evaluate(measureInPage, {
    print: false,
    edge,
    targetSelector: TARGETS,
  });
  return judge(measure, SCREEN_CHECKS);
}

/** A4 portrait, in CSS px (96 per inch). */
export const A4 = { width: (210 / 25.4) * 96, height: (297 / 25.4) * 96 };

/**
 * The print margins the stylesheet's @page rule sets (in px), read from the style sheets; the
 * browser's default (about 1 cm) where there is none.
 */
function pageMarginsInPage(): { left: number; right: number } | null {
  const rules: CSSRule[] = [];
  const collect = (list: CSSRuleList) => {
    for (const rule of Array.from(list)) {
      rules.push(rule);
      if (rule instanceof CSSGroupingRule) collect(rule.cssRules);
    }
  };
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      collect(sheet.cssRules);
    } catch {
      // A foreign style sheet hides its rules.
    }
  }
  const px = (v: string) => {
    const n = parseFloat(v);
    if (v.endsWith('mm')) return (n / 25.4) * 96;
    if (v.endsWith('cm')) return (n / 2.54) * 96;
    if (v.endsWith('in')) return n * 96;
    if (v.endsWith('pt')) return (n / 72) * 96;
    return n;
  };
  for (const rule of rules) {
    if (rule instanceof CSSPageRule && rule.style.marginLeft) {
      return { left: px(rule.style.marginLeft), right: px(rule.style.marginRight) };
    }
  }
  return null;
}

/**
 * The print checks: the page laid out for print in a window as wide as the A4 page's content box
 * (overlap, broken words, SVG text and anything past the paper's edge), then the real PDF read
 * page by page for a page that holds nothing but a heading. Leaves the page in print media and
 * resized; the caller restores both.
 */
export async function checkPrint(page: Page): Promise<Finding[]> {
  const margins = (await page.evaluate(pageMarginsInPage)) ?? { left: 37.8, right: 37.8 };
  const width = Math.floor(A4.width - margins.left - margins.right);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width, height: Math.floor(A4.height) });
  // Charts lay themselves out again for the narrower page, some with a transition: wait it out.
  await waitForSettled(page);
  const measure = await page.evaluate(measureInPage, {
    print: true,
    edge: width,
    targetSelector: TARGETS,
  });
  const findings = judge(measure, PRINT_LAYOUT_CHECKS, width);
  // The PDF holds text, not elements: a heading whose words also stand on the page as a list
  // item or a paragraph of their own (policy fit's list of differences, each also the heading
  // of its section further down) cannot be told from them in it, and is left out.
  const headings = await page.evaluate(() => {
    const text = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim();
    const plain = new Set(Array.from(document.querySelectorAll('li, p, td, dd'), text));
    return Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'), text).filter(
      (h) => h && !plain.has(h),
    );
  });
  const pdf = await page.pdf({ format: 'A4' });
  findings.push(...lonePages(await pdfLines(new Uint8Array(pdf)), headings));
  return findings;
}

/**
 * The lines of text on each page of a PDF, top to bottom: pdf.js's text items grouped by their
 * baseline. Lines rather than one string per page (as pdf-text.ts reads), so a heading that ends a
 * page is told apart from a sentence that happens to end with the same word.
 */
export async function pdfLines(bytes: Uint8Array): Promise<string[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes, verbosity: 0 }).promise;
  const pages: string[][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    const lines = new Map<number, string[]>();
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const y = Math.round((item.transform as number[])[5]!);
      lines.set(y, [...(lines.get(y) ?? []), item.str]);
    }
    // PDF y grows upwards: the top line has the largest y.
    pages.push(
      [...lines]
        .sort((a, b) => b[0] - a[0])
        .map(([, parts]) => parts.join(' ').replace(/\s+/g, ' ').trim()),
    );
  }
  await doc.destroy();
  return pages;
}

/**
 * Printed pages that hold nothing but a heading (a page number aside) or nothing at all, and
 * pages whose last line is a heading, what it heads pushed to the next page. `pages` holds each
 * page's lines, top to bottom; a heading may wrap over two lines.
 */
export function lonePages(pages: readonly string[][], headings: readonly string[]): Finding[] {
  const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  const pageNumber = /^(?:\d+|\d+\s*(?:\/|of)\s*\d+)$/i;
  const heads = new Map(headings.map((h) => [squash(h), h]));
  const findings: Finding[] = [];
  pages.forEach((allLines, i) => {
    const lines = allLines.filter((l) => !pageNumber.test(l.trim()));
    const where = `printed page ${i + 1} of ${pages.length}`;
    if (!lines.length) {
      if (pages.length > 1) {
        findings.push({ check: 'print-lone-heading', words: '', detail: `${where} is blank` });
      }
      return;
    }
    const alone = heads.get(squash(lines.join('')));
    const lastLines = [lines.slice(-1), lines.slice(-2)].map((l) => heads.get(squash(l.join(''))));
    const last = i < pages.length - 1 ? lastLines.find(Boolean) : undefined;
    if (alone) {
      findings.push({
        check: 'print-lone-heading',
        words: quote(alone),
        detail: `${where} holds only this heading`,
      });
    } else if (last) {
      findings.push({
        check: 'print-lone-heading',
        words: quote(last),
        detail: `${where} ends on this heading; what it heads is on the next page`,
      });
    }
  });
  return findings;
}

/** One line per finding, for a failing assertion or a report. */
export const describeFinding = (f: Finding): string =>
  `${f.check}: ${f.words}${f.words ? ' — ' : ''}${f.detail}`;
