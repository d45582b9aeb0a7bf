/**
 * Saved profiles as kept in the browser and written to a file. Apart from the profile format
 * (profile.ts) because only the policy-fit view needs them, not the first page.
 */
import * as z from 'zod/mini';
import { profileSchema } from './profile';

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
