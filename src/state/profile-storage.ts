/**
 * Saved region profiles in localStorage, through zustand's persist middleware: versioned, with a
 * tested migration from version 0, and a storage wrapper that turns corrupt data or a full or
 * forbidden storage into a notice instead of an exception.
 */
import * as z from 'zod/mini';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { profileSchema } from '../corpus/profile';
import type { Profile } from '../corpus/profile';

export const PROFILE_STORAGE_KEY = 'cluster-atlas:profiles';
export const PROFILE_STORAGE_VERSION = 1;

export interface SavedProfile {
  id: string;
  profile: Profile;
  savedAt: string;
}

export interface PersistedProfiles {
  savedProfiles: SavedProfile[];
}

export type StorageProblem = 'corrupt' | 'unwritable' | 'unreadable';

const savedSchema = z.array(
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    profile: profileSchema,
    savedAt: z.string(),
  }),
);

/** Version 0 stored flat profiles: { profiles: [{ name, stateRole, governance, sectors, hierarchy, universityIndustry }] }. */
const v0Schema = z.object({
  profiles: z.array(
    z.object({
      name: z.string(),
      stateRole: z.number(),
      governance: z.record(z.string(), z.number()),
      sectors: z.record(z.string(), z.number()),
      hierarchy: z.number(),
      universityIndustry: z.number(),
    }),
  ),
});

/** Brings any stored version up to the current shape; drops what cannot be read, never throws. */
export function migrateProfiles(persisted: unknown, version: number): PersistedProfiles {
  if (version === 0) {
    const old = v0Schema.safeParse(persisted);
    if (!old.success) return { savedProfiles: [] };
    const converted = old.data.profiles.map((p, i) => ({
      id: `migrated-${i + 1}`,
      savedAt: new Date(0).toISOString(),
      profile: {
        name: p.name,
        values: {
          stateRole: p.stateRole,
          governanceLevel: {
            national: p.governance.national,
            regional: p.governance.regional,
            local: p.governance.local,
          },
          sectorFocus: {
            traditional: p.sectors.traditional,
            industrial: p.sectors.industrial,
            'high-tech': p.sectors['high-tech'] ?? p.sectors.highTech,
            mixed: p.sectors.mixed,
          },
          firmHierarchy: p.hierarchy,
          universityIndustry: p.universityIndustry,
        },
      },
    }));
    return {
      savedProfiles: converted.filter(
        (c) => profileSchema.safeParse(c.profile).success,
      ) as SavedProfile[],
    };
  }
  const current = savedSchema.safeParse(
    (persisted as { savedProfiles?: unknown } | null)?.savedProfiles,
  );
  return { savedProfiles: current.success ? current.data : [] };
}

/** A PersistStorage over localStorage that reports problems through `onProblem` and never throws. */
export function safeProfileStorage(
  storage: Storage | undefined,
  onProblem: (problem: StorageProblem) => void,
): PersistStorage<PersistedProfiles> {
  return {
    getItem: (name) => {
      let raw: string | null;
      try {
        raw = storage?.getItem(name) ?? null;
      } catch {
        onProblem('unreadable');
        return null;
      }
      if (raw === null) return null;
      try {
        const parsed = JSON.parse(raw) as StorageValue<PersistedProfiles>;
        if (typeof parsed !== 'object' || parsed === null || typeof parsed.version !== 'number')
          throw new Error('shape');
        return parsed;
      } catch {
        onProblem('corrupt');
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        storage?.setItem(name, JSON.stringify(value));
      } catch {
        onProblem('unwritable');
      }
    },
    removeItem: (name) => {
      try {
        storage?.removeItem(name);
      } catch {
        onProblem('unwritable');
      }
    },
  };
}
