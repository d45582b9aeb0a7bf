/**
 * Saved profiles as kept in the browser and written to a file. Apart from the profile format
 * (profile.ts) because only the policy-fit view needs them, not the first page.
 */
import * as z from 'zod/mini';
import { PROFILE_NAME_MAX, PROFILE_STEP_MAX, PROFILE_STEP_MIN, sumsToOne } from './profile';
import type { Profile } from './profile';

const step = z.int().check(z.gte(PROFILE_STEP_MIN), z.lte(PROFILE_STEP_MAX));
const share = z.number().check(z.gte(0), z.lte(1));

export const profileValuesSchema = z.strictObject({
  stateRole: step,
  governanceLevel: z
    .strictObject({ national: share, regional: share, local: share })
    .check(z.refine(sumsToOne, { message: 'shares that sum to 1' })),
  sectorFocus: z
    .strictObject({ traditional: share, industrial: share, 'high-tech': share, mixed: share })
    .check(z.refine(sumsToOne, { message: 'shares that sum to 1' })),
  firmHierarchy: step,
  universityIndustry: step,
});

/** A profile from untrusted JSON (storage, files); the URL form is decoded in profile.ts. */
export const profileSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(PROFILE_NAME_MAX)),
  values: profileValuesSchema,
});
// The schema and the Profile type must describe the same thing.
const _sameShape: z.infer<typeof profileSchema> extends Profile
  ? Profile extends z.infer<typeof profileSchema>
    ? true
    : never
  : never = true;
void _sameShape;

/** One saved profile as stored under its own key (the key carries its id). */
export const storedProfileSchema = z.strictObject({
  profile: profileSchema,
  savedAt: z.string().check(z.maxLength(40)),
});
export type StoredProfile = z.infer<typeof storedProfileSchema>;

/** The list that an earlier version kept under one key (zustand persist, version 1). */
export const legacyProfileListV1Schema = z.object({
  version: z.literal(1),
  state: z.object({ savedProfiles: z.array(z.unknown()) }),
});
export const legacyProfileEntryV1Schema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  profile: profileSchema,
  savedAt: z.string(),
});

/** Version 0 kept flat profiles: { profiles: [{ name, stateRole, governance, sectors, … }] }. */
export const legacyProfileListV0Schema = z.object({
  version: z.literal(0),
  state: z.object({ profiles: z.array(z.unknown()) }),
});
export const legacyProfileEntryV0Schema = z.object({
  name: z.string(),
  stateRole: z.number(),
  governance: z.record(z.string(), z.number()),
  sectors: z.record(z.string(), z.number()),
  hierarchy: z.number(),
  universityIndustry: z.number(),
});

/** A file of profiles, as "Export" writes it and "Import" reads it. */
export const PROFILE_FILE_FORMAT = 'cluster-atlas-profiles';
export const profileFileSchema = z.strictObject({
  format: z.literal(PROFILE_FILE_FORMAT),
  version: z.literal(1),
  profiles: z.array(profileSchema),
});
