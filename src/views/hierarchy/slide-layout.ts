/**
 * The structure diagrams as a slide: one card per model, each with its name and coded step over
 * its diagram, set in columns so that every card fits the stage at the projector's type. The
 * tiered diagram (layout.ts, with a slide's tighter spacing) is used where an arrangement of the
 * cards fits; else the outline (outline.ts), which needs far less width; only where neither fits
 * at 24 px does the type shrink, step by step, until the outline does (a lecturer's own step with
 * many models on a small screen). Pure: graphs, a box and a type scale in, every position out.
 */
import { textWidth } from '../../charts/text-width';
import type { Box } from '../../charts/text-width';
import type { TypeScale } from '../../charts/type-scale';
import type { HierarchyGraph } from './derive';
import { layoutPanelAt, PAGE_SPACING, panelStyle, TIGHT_SLOTS } from './layout';
import type { HierarchyLayout, PanelLayout, PanelSpacing } from './layout';
import { layoutOutline } from './outline';
import type { OutlineLayout } from './outline';
import { wrapLabel } from './wrap';

/** A slide's spacing for the tiered diagram: less room round slots and between tiers. */
export const SLIDE_SPACING: PanelSpacing = { ...TIGHT_SLOTS, linkGap: 14, labelMeasure: 20 };

export interface SlideTextLine {
  text: string;
  x: number;
  /** Vertical centre. */
  y: number;
  box: Box;
}

export type SlideDiagram =
  { kind: 'tiers'; layout: PanelLayout } | { kind: 'outline'; layout: OutlineLayout };

export interface SlidePanel {
  graph: HierarchyGraph;
  /** The card's place in the chart. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The model's name (bold) and its coded step, in the card's coordinates. */
  name: SlideTextLine[];
  step: SlideTextLine[];
  /** Where the diagram's origin sits in the card. */
  diagramX: number;
  diagramY: number;
  diagram: SlideDiagram;
}

export interface HierarchySlideLayout {
  mode: 'tiers' | 'outline';
  width: number;
  height: number;
  columns: number;
  /** The type size the cards were laid out with: 24 px unless nothing fitted at it. */
  fontSize: number;
  lineHeight: number;
  /** Whether the stage was too small for every card at the type asked for. */
  shrunk: boolean;
  /** The models left out for lack of room (named under the cards), in the order given. */
  hidden: readonly HierarchyGraph[];
  /** Whether the cards fit the box (false only when even the smallest type did not). */
  fits: boolean;
  panels: SlidePanel[];
  style: Omit<HierarchyLayout, 'columns' | 'panelWidth' | 'panels'>;
}

/** The words of each card's header, in the reader's language. */
export interface HierarchySlideWords {
  /** "5 — strict hierarchy headed by a lead large company", with the confidence where low. */
  step: (graph: HierarchyGraph) => string;
}

/** How far the type may shrink where nothing fits at the size asked for. */
const SHRINK = [0.92, 0.85, 0.78, 0.7, 0.62, 0.55, 0.5];
/** Above this many ways of setting the cards in columns, the shortest column takes the next. */
const SEARCHED = 5000;

interface Card {
  height: number;
  name: SlideTextLine[];
  step: SlideTextLine[];
  diagramY: number;
  diagram: SlideDiagram;
}

export function layoutHierarchySlide(
  graphs: readonly HierarchyGraph[],
  box: { width: number; height: number },
  type: TypeScale,
  words: HierarchySlideWords,
): HierarchySlideLayout {
  const attempt = (
    shown: readonly HierarchyGraph[],
    mode: 'tiers' | 'outline',
    t: TypeScale,
    spacing = SLIDE_SPACING,
    force = false,
  ) => {
    const arranged = arrange(shown, box, t, words, mode, spacing, force);
    return (
      arranged && { ...arranged, shrunk: t.small < type.small, hidden: graphs.slice(shown.length) }
    );
  };
  // The page's roomier tiers where they fit, then a slide's tighter ones, then outlines.
  const at24 = (shown: readonly HierarchyGraph[]) =>
    attempt(shown, 'tiers', type, PAGE_SPACING) ??
    attempt(shown, 'tiers', type) ??
    attempt(shown, 'outline', type);
  // Every model at the projector's type if they fit; else as many as fit, the rest named under
  // the cards (a room cannot read smaller type, and a slide must not scroll).
  for (let n = graphs.length; n >= 1; n--) {
    const found = at24(graphs.slice(0, n));
    if (found) return found;
  }
  // Not even one model fits at 24 px (a very small screen): its outline at smaller type.
  const first = graphs.slice(0, 1);
  const chosen = SHRINK.map((s) => scaled(type, s)).reduce<Arranged | null>(
    (found, t) => found ?? attempt(first, 'outline', t),
    null,
  );
  if (chosen) return chosen;
  // Nothing fits even at the smallest type: the most compact arrangement at it, overflowing.
  return attempt(first, 'outline', scaled(type, SHRINK.at(-1)!), SLIDE_SPACING, true)!;
}

type Arranged = HierarchySlideLayout;

function scaled(type: TypeScale, s: number): TypeScale {
  return {
    label: type.label * s,
    small: type.small * s,
    factor: type.factor * s,
    stroke: type.stroke * s,
  };
}

/**
 * The cards set in 1 … n equal columns, each model in one column (corpus order within it):
 * among the arrangements that fit the box, the one with the shortest tallest column (fewer
 * columns on a tie). Null where none fits (`force`: the shortest anyway).
 */
function arrange(
  graphs: readonly HierarchyGraph[],
  box: { width: number; height: number },
  type: TypeScale,
  words: HierarchySlideWords,
  mode: 'tiers' | 'outline',
  spacing: PanelSpacing,
  force = false,
): Arranged | null {
  const f = type.factor;
  const gap = 6 * f;
  const n = graphs.length;
  let best: {
    height: number;
    columns: number;
    width: number;
    cards: Card[];
    column: number[];
  } | null = null;
  for (let columns = 1; columns <= Math.max(1, n); columns++) {
    const width = Math.floor((box.width - gap * (columns - 1)) / columns);
    const cards = graphs.map((g) => card(g, width, type, words, mode, spacing));
    if (cards.some((c) => c === null)) continue;
    const heights = (cards as Card[]).map((c) => c.height);
    const split = bestSplit(heights, columns, gap);
    if (!split) continue;
    const better =
      !best ||
      split.height < best.height - 0.5 ||
      (Math.abs(split.height - best.height) <= 0.5 && columns < best.columns);
    if ((split.height <= box.height || force) && better)
      best = { height: split.height, columns, width, cards: cards as Card[], column: split.column };
  }
  if (!best) return null;
  const { columns, width, cards, column } = best;
  const tops = Array<number>(columns).fill(0);
  const panels = graphs.map((graph, i): SlidePanel => {
    const c = column[i]!;
    const cardOf = cards[i]!;
    const y = tops[c]!;
    tops[c] = y + cardOf.height + gap;
    return {
      graph,
      x: c * (width + gap),
      y,
      width,
      height: cardOf.height,
      name: cardOf.name,
      step: cardOf.step,
      diagramX: padOf(type),
      diagramY: cardOf.diagramY,
      diagram: cardOf.diagram,
    };
  });
  return {
    mode,
    width: box.width,
    height: Math.ceil(best.height),
    columns,
    fontSize: type.small,
    lineHeight: lineHeightOf(type),
    shrunk: false,
    hidden: [],
    fits: best.height <= box.height,
    panels,
    style: panelStyle(type),
  };
}

const padOf = (type: TypeScale) => 5 * type.factor;
const lineHeightOf = (type: TypeScale) => Math.round(type.small * 1.2 * 10) / 10;

const cardCache = new WeakMap<HierarchyGraph, Map<string, Card | null>>();

/** One model's card at a width: header lines, then its diagram; null where it does not fit. */
function card(
  graph: HierarchyGraph,
  width: number,
  type: TypeScale,
  words: HierarchySlideWords,
  mode: 'tiers' | 'outline',
  spacing: PanelSpacing,
): Card | null {
  const stepText = words.step(graph);
  const key = [mode, width, type.small, type.factor, stepText, ...Object.values(spacing)].join(' ');
  const cache = cardCache.get(graph) ?? new Map<string, Card | null>();
  cardCache.set(graph, cache);
  if (cache.has(key)) return cache.get(key)!;
  const font = type.small;
  const pad = padOf(type);
  const inner = width - 2 * pad;
  const lineHeight = lineHeightOf(type);
  const tooWide = (text: string) => text.split(/\s+/).some((w) => textWidth(w, font) > inner);
  let result: Card | null = null;
  if (!tooWide(graph.name) && !tooWide(stepText)) {
    const diagram: SlideDiagram | null =
      mode === 'tiers'
        ? wrapTiers(layoutPanelAt(graph, inner, type, spacing))
        : wrapOutline(layoutOutline(graph, inner, type));
    if (diagram) {
      let y = pad;
      const lines = (text: string) =>
        wrapLabel(text, inner, font).map((line): SlideTextLine => {
          const cy = y + lineHeight / 2;
          y += lineHeight;
          return {
            text: line,
            x: pad,
            y: cy,
            box: { x: pad, y: cy - font / 2, width: textWidth(line, font), height: font },
          };
        });
      const name = lines(graph.name);
      const step = lines(stepText);
      const diagramY = y + 2 * type.factor;
      result = {
        height: Math.ceil(diagramY + diagram.layout.height + pad),
        name,
        step,
        diagramY,
        diagram,
      };
    }
  }
  cache.set(key, result);
  return result;
}

const wrapTiers = (layout: PanelLayout | null): SlideDiagram | null =>
  layout ? { kind: 'tiers', layout } : null;
const wrapOutline = (layout: OutlineLayout | null): SlideDiagram | null =>
  layout ? { kind: 'outline', layout } : null;

/**
 * The cards (heights in corpus order) shared among `columns` columns, none empty, order kept
 * within each: the split whose tallest column is shortest. Tried every way for a few cards, else
 * each card goes to the column that is shortest so far.
 */
function bestSplit(
  heights: readonly number[],
  columns: number,
  gap: number,
): { height: number; column: number[] } | null {
  const n = heights.length;
  if (columns > Math.max(1, n)) return null;
  const tallest = (column: readonly number[]) => {
    const sums = Array<number>(columns).fill(-gap);
    const used = Array<boolean>(columns).fill(false);
    column.forEach((c, i) => {
      sums[c]! += heights[i]! + gap;
      used[c] = true;
    });
    return used.every(Boolean) || n === 0 ? Math.max(0, ...sums) : Infinity;
  };
  if (columns ** n <= SEARCHED) {
    let best: { height: number; column: number[] } | null = null;
    const column = Array<number>(n).fill(0);
    const walk = (i: number) => {
      if (i === n) {
        const h = tallest(column);
        if (h < (best?.height ?? Infinity)) best = { height: h, column: [...column] };
        return;
      }
      for (let c = 0; c < columns; c++) {
        column[i] = c;
        walk(i + 1);
      }
    };
    walk(0);
    return best;
  }
  const sums = Array<number>(columns).fill(0);
  const column = heights.map((h, i) => {
    // The first cards open the columns in turn; then each goes where there is most room.
    const c = i < columns ? i : sums.indexOf(Math.min(...sums));
    sums[c]! += h + gap;
    return c;
  });
  return { height: Math.max(...sums) - gap, column };
}
