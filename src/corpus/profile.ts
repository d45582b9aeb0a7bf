/**
 * A region's profile on the codebook: the same five dimensions the models are coded on, so the
 * two can be compared. Profiles are validated like the corpus, and they travel in the URL in a
 * compact, versioned text form.
 */
import { GOVERNANCE_LEVELS, percent, SECTOR_FAMILIES } from './derive';
import type { DimensionId, GovernanceLevel, Model, SectorFamily } from './schema';

/**
 * The limits of a profile, stated once: the URL decoder below checks them by hand (the first page
 * reads `profile=` and must not carry a schema library), and the schema for untrusted JSON (stored
 * profiles, files: profile-files.ts) is built from the same constants.
 */
export const PROFILE_STEP_MIN = 1;
export const PROFILE_STEP_MAX = 5;
export const PROFILE_NAME_MAX = 80;
export const sumsToOne = (shares: Record<string, number>) =>
  Math.abs(Object.values(shares).reduce((a, b) => a + b, 0) - 1) <= 0.011;

export interface ProfileValues {
  stateRole: number;
  governanceLevel: Record<GovernanceLevel, number>;
  sectorFocus: Record<SectorFamily, number>;
  firmHierarchy: number;
  universityIndustry: number;
}

export interface Profile {
  name: string;
  values: ProfileValues;
}

/** How much each dimension counts in the distance between a profile and a model. */
export type Weights = Record<DimensionId, number>;
export const EQUAL_WEIGHTS: Weights = {
  stateRole: 1,
  governanceLevel: 1,
  sectorFocus: 1,
  firmHierarchy: 1,
  universityIndustry: 1,
};

/** The neutral starting point: the middle of every scale, equal shares. */
export function blankProfile(name = 'My region'): Profile {
  return {
    name,
    values: {
      stateRole: 3,
      governanceLevel: { national: 0.34, regional: 0.33, local: 0.33 },
      sectorFocus: { traditional: 0.25, industrial: 0.25, 'high-tech': 0.25, mixed: 0.25 },
      firmHierarchy: 3,
      universityIndustry: 3,
    },
  };
}

export function profileFromModel(model: Model, name: string): Profile {
  const c = model.codes;
  return {
    name,
    values: {
      stateRole: c.stateRole.value,
      governanceLevel: { ...c.governanceLevel.value },
      sectorFocus: { ...c.sectorFocus.value },
      firmHierarchy: c.firmHierarchy.value,
      universityIndustry: c.universityIndustry.value,
    },
  };
}

/**
 * Sets one share and rescales the others in proportion so the whole still sums to 1 (in whole
 * percent). When the others are all zero they share the remainder equally.
 */
export function rebalance<S extends Record<string, number>>(
  shares: S,
  key: keyof S & string,
  value: number,
): S {
  const keys = Object.keys(shares);
  const target = Math.round(Math.min(1, Math.max(0, value)) * 100);
  const others = keys.filter((k) => k !== key);
  const rest = 100 - target;
  const pctOf = (k: string) => Math.round((shares[k] ?? 0) * 100);
  const otherTotal = others.reduce((sum, k) => sum + pctOf(k), 0);
  const raw = others.map((k) =>
    otherTotal > 0 ? (pctOf(k) / otherTotal) * rest : rest / others.length,
  );
  const floored = raw.map(Math.floor);
  let left = rest - floored.reduce((a, b) => a + b, 0);
  // Hand out the remaining percent points to the largest fractional parts, so the sum is exact.
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac);
  for (const { i } of order) {
    if (left <= 0) break;
    floored[i] = (floored[i] ?? 0) + 1;
    left -= 1;
  }
  const next: Record<string, number> = { ...shares };
  next[key] = target / 100;
  others.forEach((k, i) => (next[k] = (floored[i] ?? 0) / 100));
  return next as S;
}

// --- URL form: "1~<name>~<state>~<n.r.l>~<t.i.h.m>~<hierarchy>~<uni>" (shares in whole percent) ---

const SEP = '~';
export const MAX_PROFILE_PARAM = 300;

const pct = (v: number) => String(percent(v));

export function encodeProfile(profile: Profile): string {
  const v = profile.values;
  // An empty name (mid-edit) still makes a valid link.
  const name = encodeURIComponent(profile.name.trim().slice(0, 80) || 'My region').replace(
    /~/g,
    '%7E',
  );
  const text = [
    '1',
    name,
    v.stateRole,
    GOVERNANCE_LEVELS.map((k) => pct(v.governanceLevel[k])).join('.'),
    SECTOR_FAMILIES.map((k) => pct(v.sectorFocus[k])).join('.'),
    v.firmHierarchy,
    v.universityIndustry,
  ].join(SEP);
  return text.length <= MAX_PROFILE_PARAM
    ? text
    : encodeProfile({ ...profile, name: profile.name.slice(0, 20) });
}

/** Never throws: any string gives a valid profile or null. */
export function decodeProfile(text: string): Profile | null {
  if (text.length > MAX_PROFILE_PARAM) return null;
  const parts = text.split(SEP);
  if (parts.length !== 7 || parts[0] !== '1') return null;
  const [, rawName, state, gov, sec, hier, uni] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  let name: string;
  try {
    name = decodeURIComponent(rawName);
  } catch {
    return null;
  }
  // Whole percents, each within 0–100, summing to 100 (±1): else null.
  const shares = (raw: string, keys: readonly string[]): Record<string, number> | null => {
    const nums = raw.split('.').map((n) => (/^\d{1,3}$/.test(n) ? Number(n) / 100 : NaN));
    if (nums.length !== keys.length || !nums.every((v) => v >= 0 && v <= 1)) return null;
    const result = Object.fromEntries(keys.map((k, i) => [k, nums[i] ?? NaN]));
    return sumsToOne(result) ? result : null;
  };
  const step = (raw: string) => {
    const n = /^\d$/.test(raw) ? Number(raw) : NaN;
    return n >= PROFILE_STEP_MIN && n <= PROFILE_STEP_MAX ? n : null;
  };
  const governanceLevel = shares(gov, GOVERNANCE_LEVELS);
  const sectorFocus = shares(sec, SECTOR_FAMILIES);
  const values = {
    stateRole: step(state),
    governanceLevel,
    sectorFocus,
    firmHierarchy: step(hier),
    universityIndustry: step(uni),
  };
  const trimmed = name.trim();
  const valid =
    trimmed.length >= 1 &&
    trimmed.length <= PROFILE_NAME_MAX &&
    values.stateRole !== null &&
    values.firmHierarchy !== null &&
    values.universityIndustry !== null &&
    governanceLevel !== null &&
    sectorFocus !== null;
  return valid ? { name: trimmed, values: values as ProfileValues } : null;
}
