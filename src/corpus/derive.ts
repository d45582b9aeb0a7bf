/**
 * Indexes and look-ups derived from a validated corpus, shared by every view.
 */
import type {
  Codebook,
  Dimension,
  DimensionId,
  GovernanceLevel,
  Model,
  SectorFamily,
} from './schema';
import { GOVERNANCE_LEVEL_IDS, SECTOR_FAMILY_IDS } from './ids';

export function dimensionById(codebook: Codebook, id: DimensionId): Dimension | undefined {
  return codebook.dimensions.find((d) => d.id === id);
}

/** The codebook's name for an ordinal value ("director"), or the number itself when unnamed. */
export function stepLabel(codebook: Codebook, id: DimensionId, value: number): string {
  return dimensionById(codebook, id)?.steps?.find((s) => s.value === value)?.label ?? String(value);
}

/** The entry with the largest share; ties go to the entry listed first. */
export function largestShare<K extends string>(
  shares: Record<K, number>,
): { key: K; share: number } {
  const entries = Object.entries(shares) as [K, number][];
  const [first, ...rest] = entries;
  if (!first) throw new Error('largestShare needs at least one entry');
  const best = rest.reduce((top, e) => (e[1] > top[1] ? e : top), first);
  return { key: best[0], share: best[1] };
}

/** Stable position of each model in the corpus; colours and markers follow it. */
export function modelIndex(models: readonly Model[]): Map<string, number> {
  return new Map(models.map((m, i) => [m.id, i]));
}

/** Governance levels and sector families in codebook order: the order every view lays them out in. */
export const GOVERNANCE_LEVELS: readonly GovernanceLevel[] = GOVERNANCE_LEVEL_IDS;
export const SECTOR_FAMILIES: readonly SectorFamily[] = SECTOR_FAMILY_IDS;

/** A share as a whole percentage. */
export const percent = (share: number): number => Math.round(share * 100);
