/**
 * Builds a synthetic corpus bundle of N valid models for scale tests and the benchmark: random but
 * reproducible (seeded) codes on the bundled codebook, structures of 1–5 tiers, a few actors,
 * instruments and lessons each. The content is placeholder text, never shown as real findings.
 */
import type { Bundle, Codebook, Model } from '../corpus/schema';
import {
  actorTypeSchema,
  instrumentTypeSchema,
  linkKindSchema,
  sectorFamilySchema,
} from '../corpus/schema';

/** mulberry32: a tiny seeded PRNG, so the same seed always gives the same corpus. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shares<K extends string>(keys: readonly K[], rand: () => number): Record<K, number> {
  const raw = keys.map(() => rand());
  const sum = raw.reduce((a, b) => a + b, 0);
  const rounded = raw.map((r) => Math.round((r / sum) * 100) / 100);
  const drift = Math.round((1 - rounded.reduce((a, b) => a + b, 0)) * 100) / 100;
  rounded[0] = Math.round(((rounded[0] ?? 0) + drift) * 100) / 100;
  return Object.fromEntries(keys.map((k, i) => [k, rounded[i] ?? 0])) as Record<K, number>;
}

export function syntheticModel(i: number, rand: () => number): Model {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const step = () => 1 + Math.floor(rand() * 5);
  const num = String(i + 1).padStart(2, '0');
  const evidence = [
    {
      id: 'e1',
      quote: 'Studying clusters is especially relevant in the economic crisis',
      locator: 'p1',
      cites: [],
    },
  ];
  const code = {
    confidence: pick(['high', 'medium', 'low'] as const),
    rationale: 'Synthetic value generated for scale testing only.',
    evidence: ['e1'],
  };
  const tiers = 1 + Math.floor(rand() * 5);
  const nodes = Array.from({ length: 2 + Math.floor(rand() * 5) }, (_, n) => ({
    id: `n${n}`,
    type: pick(actorTypeSchema.options),
    label: `Synthetic group ${n + 1}`,
    tier: Math.min(tiers - 1, n),
    count: 1 + Math.floor(rand() * 12),
  }));
  const links = nodes.slice(1).map((n, k) => ({
    source: nodes[k]?.id ?? 'n0',
    target: n.id,
    kind: pick(linkKindSchema.options),
  }));
  return {
    id: `synthetic-${num}`,
    name: `Synthetic region ${num}`,
    iso3: 'XXX',
    modelName: `Synthetic model ${num}`,
    summary: 'A generated model used to test how the views behave with many models.',
    codes: {
      stateRole: { value: step(), ...code },
      governanceLevel: {
        value: shares(['national', 'regional', 'local'] as const, rand),
        lead: pick(['national', 'regional', 'local'] as const),
        ...code,
      },
      sectorFocus: {
        value: shares(sectorFamilySchema.options, rand),
        sectors: [{ name: 'synthetic sector', family: pick(sectorFamilySchema.options) }],
        ...code,
      },
      firmHierarchy: { value: step(), structure: { nodes, links }, ...code },
      universityIndustry: { value: step(), ...code },
    },
    actors: [
      {
        id: 'a1',
        type: pick(actorTypeSchema.options),
        label: 'Synthetic actor',
        role: 'A generated actor for scale testing.',
        dimensions: ['firmHierarchy'],
        evidence: ['e1'],
      },
    ],
    instruments: Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, k) => ({
      id: `i${k}`,
      type: pick(instrumentTypeSchema.options),
      label: `Synthetic instrument ${k + 1}`,
      description: 'A generated instrument for scale testing.',
      dimensions: ['stateRole'],
      evidence: ['e1'],
    })),
    examples: [],
    lessons: [
      {
        kind: pick(['strength', 'challenge'] as const),
        text: 'A generated lesson for scale testing.',
        evidence: ['e1'],
      },
    ],
    facts: [],
    evidence,
  };
}

export function syntheticBundle(count: number, codebook: Codebook, seed = 1): Bundle {
  const rand = prng(seed);
  return {
    codebook,
    sources: [],
    concepts: { items: [] },
    tours: [],
    reviews: [],
    models: Array.from({ length: count }, (_, i) => syntheticModel(i, rand)),
  };
}
