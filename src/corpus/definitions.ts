/**
 * What a codebook term means, looked up by the kind of term and its id: the label and definition
 * the codebook gives it (in the reader's language when handed the translated bundle's codebook).
 * One lookup for every place a term is shown, so a view never digs through the codebook itself.
 */
import type { Codebook, DimensionId } from './schema';

/** The kinds of codebook term a reader can ask the meaning of. */
export const TERM_KINDS = [
  'state-role-step',
  'level',
  'sector-family',
  'hierarchy-step',
  'university-step',
  'actor-type',
  'instrument-type',
  'link-kind',
  'confidence',
] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export interface TermDefinition {
  kind: TermKind;
  /** The step's number as text ('3') or the vocabulary id ('national'). */
  id: string;
  label: string;
  definition: string;
}

/** The ordinal dimension whose steps a step kind names. */
const STEP_DIMENSION: Partial<Record<TermKind, DimensionId>> = {
  'state-role-step': 'stateRole',
  'hierarchy-step': 'firmHierarchy',
  'university-step': 'universityIndustry',
};

interface Entry {
  id: string;
  label: string;
  definition: string;
}

/** Every term of one kind, in codebook order. */
export function termsOf(codebook: Codebook, kind: TermKind): TermDefinition[] {
  const dimension = (id: DimensionId) => codebook.dimensions.find((d) => d.id === id);
  const entries = (): readonly Entry[] => {
    const stepDimension = STEP_DIMENSION[kind];
    if (stepDimension)
      return (dimension(stepDimension)?.steps ?? []).map((s) => ({ ...s, id: String(s.value) }));
    switch (kind) {
      case 'level':
        return dimension('governanceLevel')?.categories ?? [];
      case 'sector-family':
        // The sector-focus categories define each family with its examples in one sentence; the
        // vocabulary's own entries stand in for a codebook whose dimension lacks them.
        return dimension('sectorFocus')?.categories ?? codebook.sectorFamilies;
      case 'actor-type':
        return codebook.actorTypes;
      case 'instrument-type':
        return codebook.instrumentTypes;
      case 'link-kind':
        return codebook.linkKinds;
      case 'confidence':
        return codebook.confidence;
      default:
        return [];
    }
  };
  return entries().map((e) => ({ kind, id: e.id, label: e.label, definition: e.definition }));
}

/** One term's label and definition, or null where the codebook has no such term. */
export function definitionOf(
  codebook: Codebook,
  kind: TermKind,
  id: string | number,
): TermDefinition | null {
  return termsOf(codebook, kind).find((t) => t.id === String(id)) ?? null;
}

/** The step kind of an ordinal dimension's value words, or null for a dimension of shares. */
export function stepKindOf(dimension: DimensionId): TermKind | null {
  const found = Object.entries(STEP_DIMENSION).find(([, d]) => d === dimension);
  return found ? (found[0] as TermKind) : null;
}
