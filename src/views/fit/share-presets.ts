/**
 * The named answers to the two questions of shares (where cluster policy is run, which industries
 * the region's firms are in): a reader picks "mostly national" rather than three percentages, and
 * each preset stands for one split of the shares. Pure data and lookups; the words for each preset
 * live in the catalogues under `fitGuide.preset.<dimension>.<id>`.
 */
import { GOVERNANCE_LEVELS, percent, SECTOR_FAMILIES } from '../../corpus/derive';
import type { GovernanceLevel, SectorFamily } from '../../corpus/schema';

export type ShareDimension = 'governanceLevel' | 'sectorFocus';

export interface SharePreset<K extends string> {
  id: string;
  /** Whole percentages over every category of the dimension, summing to 100. */
  percent: Record<K, number>;
}

/**
 * Where cluster policy is initiated, financed and managed. "Balanced" is the blank profile's
 * split, so a profile started blank reads back as an answer rather than as the reader's own shares.
 */
export const GOVERNANCE_PRESETS: readonly SharePreset<GovernanceLevel>[] = [
  { id: 'national', percent: { national: 70, regional: 20, local: 10 } },
  { id: 'national-regional', percent: { national: 45, regional: 45, local: 10 } },
  { id: 'regional', percent: { national: 20, regional: 65, local: 15 } },
  { id: 'local', percent: { national: 15, regional: 25, local: 60 } },
  { id: 'balanced', percent: { national: 34, regional: 33, local: 33 } },
];

/** Which families of industry the region's firms are in; "mix" is the blank profile's split. */
export const SECTOR_PRESETS: readonly SharePreset<SectorFamily>[] = [
  { id: 'traditional', percent: { traditional: 70, industrial: 20, 'high-tech': 5, mixed: 5 } },
  {
    id: 'traditional-industrial',
    percent: { traditional: 45, industrial: 45, 'high-tech': 5, mixed: 5 },
  },
  { id: 'industrial', percent: { traditional: 15, industrial: 65, 'high-tech': 15, mixed: 5 } },
  { id: 'high-tech', percent: { traditional: 0, industrial: 20, 'high-tech': 65, mixed: 15 } },
  { id: 'mix', percent: { traditional: 25, industrial: 25, 'high-tech': 25, mixed: 25 } },
];

export const PRESETS = {
  governanceLevel: GOVERNANCE_PRESETS,
  sectorFocus: SECTOR_PRESETS,
} as const;

const KEYS = { governanceLevel: GOVERNANCE_LEVELS, sectorFocus: SECTOR_FAMILIES } as const;

/** The categories of a dimension of shares, in codebook order. */
export const categoriesOf = (dimension: ShareDimension): readonly string[] => KEYS[dimension];

/** The shares (fractions summing to 1) a preset stands for. */
export function presetShares(dimension: ShareDimension, id: string): Record<string, number> | null {
  const preset = (PRESETS[dimension] as readonly SharePreset<string>[]).find((p) => p.id === id);
  if (!preset) return null;
  return Object.fromEntries(KEYS[dimension].map((k) => [k, (preset.percent[k] ?? 0) / 100]));
}

/**
 * The preset whose split these shares are, compared in whole percent (the precision the URL and
 * the sliders keep), or null: the reader set shares of their own in the full editor.
 */
export function matchPreset(
  dimension: ShareDimension,
  shares: Readonly<Record<string, number>>,
): string | null {
  const presets = PRESETS[dimension] as readonly SharePreset<string>[];
  const found = presets.find((p) =>
    KEYS[dimension].every((k) => percent(shares[k] ?? 0) === p.percent[k]),
  );
  return found?.id ?? null;
}
