/**
 * A firm-hierarchy structure in three numbers a sentence can carry: how many groups (nodes) it
 * draws, on how many tiers, with how many links. Where two codings differ only in their structure,
 * these say in words what differs ("5 groups in 4 tiers and 5 links; the reconciled one, 4 groups
 * in 3 tiers and 5 links"). Pure.
 */
import { revisionsOf } from '../corpus/revisions';
import type { AnyCode } from '../corpus/codings';
import type { Bundle, HierarchyCode } from '../corpus/schema';

export interface StructureShape {
  /** Nodes: groups of actors. */
  groups: number;
  tiers: number;
  links: number;
}

/** Whether two shapes say the same in words (the structures then differ only in how they join). */
export const sameShape = (a: StructureShape, b: StructureShape) =>
  a.groups === b.groups && a.tiers === b.tiers && a.links === b.links;

export function shapeOf(structure: HierarchyCode['structure']): StructureShape {
  return {
    groups: structure.nodes.length,
    tiers: new Set(structure.nodes.map((n) => n.tier)).size,
    links: structure.links.length,
  };
}

/** The shape of a coding's structure, or null for a code of another dimension. */
export function shapeOfCode(code: AnyCode): StructureShape | null {
  return 'structure' in code && code.structure ? shapeOf(code.structure) : null;
}

/** A model's hierarchy structure before and after the review, or null where the review left it. */
export function revisedShapes(
  bundle: Bundle,
  model: string,
): { before: StructureShape; after: StructureShape } | null {
  const revision = revisionsOf(bundle).find(
    (r) => r.model === model && r.dimension === 'firmHierarchy' && r.parts.includes('structure'),
  );
  const before = revision && shapeOfCode(revision.before);
  const after = revision && shapeOfCode(revision.after);
  return before && after ? { before, after } : null;
}
