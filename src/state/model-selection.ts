/**
 * The one rule for which models are shown: no selection (null, or an empty list) means every model
 * of the corpus, in corpus order. The store, the URL and the views all go through these two.
 */

/** The ids shown, in display order: the selection's known ids, or all of them when it has none. */
export function resolveModelIds(
  allIds: readonly string[],
  selected: readonly string[] | null,
): string[] {
  if (!selected) return [...allIds];
  const known = new Set(allIds);
  const kept = selected.filter((id) => known.has(id));
  return kept.length ? kept : [...allIds];
}

/**
 * The selection to keep: null when it says nothing narrower than "all, in corpus order" (empty, or
 * every model in that order), so such a selection is stored and written the same way as none.
 */
export function normalizeModelSelection(
  allIds: readonly string[],
  selected: readonly string[] | null,
): string[] | null {
  if (!selected || selected.length === 0) return null;
  const all = selected.length === allIds.length && selected.every((id, i) => id === allIds[i]);
  return all ? null : [...selected];
}
