/**
 * Results as the list shows them: grouped by kind, the group with the best match first, a few
 * per group so one kind (a long run of quotes) never hides the others.
 */
import type { SearchKind } from './documents';
import type { SearchHit } from './search-index';

export interface ResultGroup {
  kind: SearchKind;
  hits: SearchHit[];
}

export interface GroupedResults {
  groups: ResultGroup[];
  /** Every hit found, shown or not. */
  total: number;
  /** The hits in the groups. */
  shown: number;
}

/** How many results of one kind the list shows. */
export const PER_GROUP = 6;

/** `hits` best first (as the index returns them). */
export function groupResults(hits: readonly SearchHit[], perGroup = PER_GROUP): GroupedResults {
  const byKind = new Map<SearchKind, SearchHit[]>();
  for (const hit of hits) {
    const group = byKind.get(hit.doc.kind) ?? [];
    byKind.set(hit.doc.kind, group);
    if (group.length < perGroup) group.push(hit);
  }
  // A Map keeps the order kinds were first met in: the kind of the best hit comes first.
  const groups = [...byKind].map(([kind, groupHits]) => ({ kind, hits: groupHits }));
  return {
    groups,
    total: hits.length,
    shown: groups.reduce((n, g) => n + g.hits.length, 0),
  };
}
