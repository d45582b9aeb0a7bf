/**
 * What one dimension of "what would move your region toward <model>" shows before "Show all".
 * The budget counts items (what the model did), not quotes: whole quote groups are taken in order
 * while the budget lasts (the first quote always, with as many of its items as the budget pays
 * for), then the "also" lines pointing to quotes shown earlier, while room remains. Counting
 * groups instead let one dimension fill a screen with nine items under three quotes.
 */
import type { DimensionMove, MoveItem, QuoteGroup } from './directions';

/** Items shown per dimension before "Show all". */
export const TOP_ITEMS = 3;

export interface FoldedMove {
  groups: QuoteGroup[];
  /** How many of the "also" pointers (repeats, then quotes shown under an earlier dimension). */
  pointers: number;
  /** Everything the dimension lists, for "Show all (n)": items under quotes, plus pointers. */
  total: number;
  /** Whether anything is left for "Show all" to show. */
  folded: boolean;
}

/**
 * What an item costs of the budget: one with a description takes a line or two; a bare name (a
 * model's sector) runs on with others, three to a line, so it costs a third.
 */
const itemCost = (item: MoveItem) => (item.text ? 1 : 1 / 3);

/** A quote with no item (a coded value's own quote) still takes a line of the budget. */
const groupCost = (group: QuoteGroup) =>
  group.items.length === 0 ? 1 : group.items.reduce((sum, item) => sum + itemCost(item), 0);

export function pointerCount(move: DimensionMove): number {
  return move.repeats.length + (move.quotesShownUnder?.length ?? 0);
}

/** The first items of a group that the budget pays for (one at least). */
function headOf(group: QuoteGroup, budget: number): QuoteGroup {
  let used = 0;
  const items = group.items.filter((item) => (used += itemCost(item)) <= budget + 1e-9);
  return { ...group, items: items.length > 0 ? items : group.items.slice(0, 1) };
}

export function foldMove(move: DimensionMove, budget: number = TOP_ITEMS): FoldedMove {
  const pointerTotal = pointerCount(move);
  const total = move.groups.reduce((sum, g) => sum + Math.max(1, g.items.length), 0) + pointerTotal;
  const groups: QuoteGroup[] = [];
  let used = 0;
  for (const group of move.groups) {
    if (used + groupCost(group) > budget + 1e-9) {
      // The first quote always shows, with as many of its items as the budget pays for.
      if (groups.length === 0) groups.push(headOf(group, budget));
      break;
    }
    groups.push(group);
    used += groupCost(group);
  }
  const whole =
    groups.length === move.groups.length &&
    groups.every((g, i) => g.items.length === move.groups[i]?.items.length);
  // Pointers only follow once every group is in whole: a pointer shown before a folded item
  // would list a repeat ahead of what the model did that is new here.
  const pointers = whole
    ? Math.min(pointerTotal, Math.max(0, Math.floor(budget - used + 1e-9)))
    : 0;
  return { groups, pointers, total, folded: !whole || pointers < pointerTotal };
}

/** Whether a quote group sits behind "Show all" for this dimension. */
export function isFolded(
  move: DimensionMove,
  evidenceId: string,
  budget: number = TOP_ITEMS,
): boolean {
  const shown = foldMove(move, budget).groups;
  return (
    move.groups.some((g) => g.evidence.id === evidenceId) &&
    !shown.some((g) => g.evidence.id === evidenceId)
  );
}
