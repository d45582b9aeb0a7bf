/** Test helpers: the bundled corpus (validated) and builders for synthetic models. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rawBundleFromDir } from '../../src/corpus/data-dir';
import {
  actorTypeSchema,
  confidenceSchema,
  dimensionIdSchema,
  governanceLevelSchema,
  instrumentTypeSchema,
  linkKindSchema,
  sectorFamilySchema,
} from '../../src/corpus/schema';
import type { Bundle, Codebook, Dimension, Model, Tour } from '../../src/corpus/schema';
import { validateBundle } from '../../src/corpus/validate';
import { repoRoot } from './paths';

export function bundledCorpus(): Bundle {
  const result = validateBundle(rawBundleFromDir(join(repoRoot, 'data')));
  if (!result.ok) throw new Error(`bundled corpus invalid: ${JSON.stringify(result.issues)}`);
  return result.value;
}

export function codebook(): Codebook {
  return bundledCorpus().codebook;
}

/** A raw (unvalidated) copy of a bundled model file, to break on purpose. */
export function rawModel(id: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(repoRoot, 'data', 'models', `${id}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
}

/** A minimal valid model; override any part. */
export function buildModel(overrides: Partial<Model> & { id: string }): Model {
  const evidence = [{ id: 'e1', quote: 'a short quote', locator: 'p1', cites: [] }];
  const code = {
    confidence: 'medium' as const,
    rationale: 'a rationale long enough to pass',
    evidence: ['e1'],
  };
  return {
    name: overrides.id,
    iso3: 'XXX',
    modelName: 'synthetic model',
    summary: 'a synthetic model used by the unit tests only',
    codes: {
      stateRole: { value: 3, ...code },
      governanceLevel: {
        value: { national: 0.5, regional: 0.3, local: 0.2 },
        lead: 'national',
        ...code,
      },
      sectorFocus: {
        value: { traditional: 0.25, industrial: 0.25, 'high-tech': 0.25, mixed: 0.25 },
        sectors: [],
        ...code,
      },
      firmHierarchy: {
        value: 3,
        structure: {
          nodes: [{ id: 'a', type: 'sme', label: 'firms', tier: 0, count: 3 }],
          links: [],
        },
        ...code,
      },
      universityIndustry: { value: 3, ...code },
    },
    actors: [],
    instruments: [],
    examples: [],
    lessons: [],
    facts: [],
    evidence,
    ...overrides,
  };
}

/** What a chart test varies between built models; everything else stays buildModel's. */
export interface ChartCodes {
  name?: string;
  stateRole?: number;
  governance?: { national: number; regional: number; local: number };
  lead?: 'national' | 'regional' | 'local';
  sectors?: { traditional: number; industrial: number; 'high-tech': number; mixed: number };
  hierarchy?: Model['codes']['firmHierarchy']['structure'];
  confidence?: 'high' | 'medium' | 'low';
}

/** A built model with the chart-facing codes set, for layout and drawing tests. */
export function buildChartModel(id: string, codes: ChartCodes = {}): Model {
  const base = buildModel({ id, name: codes.name ?? id });
  const c = base.codes;
  const confidence = codes.confidence ?? 'medium';
  return {
    ...base,
    codes: {
      ...c,
      stateRole: { ...c.stateRole, value: codes.stateRole ?? c.stateRole.value, confidence },
      governanceLevel: {
        ...c.governanceLevel,
        value: codes.governance ?? c.governanceLevel.value,
        lead: codes.lead ?? c.governanceLevel.lead,
        confidence,
      },
      sectorFocus: { ...c.sectorFocus, value: codes.sectors ?? c.sectorFocus.value, confidence },
      firmHierarchy: {
        ...c.firmHierarchy,
        structure: codes.hierarchy ?? c.firmHierarchy.structure,
        confidence,
      },
    },
  };
}

/** Dimensions whose values are shares of categories rather than a step on a scale. */
const SHARE_CATEGORIES: Partial<Record<Dimension['id'], readonly string[]>> = {
  governanceLevel: governanceLevelSchema.options,
  sectorFocus: sectorFamilySchema.options,
};

const definitionOf = (what: string) => `the definition of ${what}, written for tests`;
const vocabulary = (ids: readonly string[]) =>
  ids.map((id) => ({ id, label: `${id} label`, definition: definitionOf(id) }));

/**
 * A small codebook built from the schema's own vocabularies, not read from data/: every dimension,
 * labelled "<id> label"; ordinal ones with five steps labelled "<id> step <n>", share ones with the
 * schema's categories. Tests can tell each label's origin at a glance.
 */
export function buildCodebook(): Codebook {
  const dimensions = dimensionIdSchema.options.map((id): Dimension => {
    const base = { id, label: `${id} label`, question: `the question that ${id} asks, for tests` };
    const categories = SHARE_CATEGORIES[id];
    return categories
      ? { ...base, kind: 'shares', categories: vocabulary(categories) }
      : {
          ...base,
          kind: 'ordinal',
          steps: [1, 2, 3, 4, 5].map((value) => ({
            value,
            label: `${id} step ${value}`,
            definition: definitionOf(`${id} step ${value}`),
          })),
        };
  });
  return {
    version: '1.0.0',
    dimensions,
    actorTypes: vocabulary(actorTypeSchema.options),
    instrumentTypes: vocabulary(instrumentTypeSchema.options),
    sectorFamilies: vocabulary(sectorFamilySchema.options).map((f) => ({ ...f, examples: [] })),
    linkKinds: vocabulary(linkKindSchema.options),
    confidence: vocabulary(confidenceSchema.options),
  };
}

/** A minimal valid tour of two steps (overview, then state role); override any part. */
export function buildTour(overrides: Partial<Tour> & { id: string }): Tour {
  return {
    title: `tour ${overrides.id}`,
    summary: 'a synthetic tour used by the unit tests only',
    steps: [
      { title: 'first step', view: 'overview', talkingPoints: ['a talking point for step one'] },
      { title: 'second step', view: 'state-role', talkingPoints: ['a talking point for step two'] },
    ],
    ...overrides,
  };
}

/** A bundle of the given models (and tours) over the built codebook, with no sources or concepts. */
export function buildBundle(parts: Pick<Bundle, 'models'> & Partial<Bundle>): Bundle {
  return {
    codebook: buildCodebook(),
    sources: [],
    concepts: { items: [] },
    tours: [],
    reviews: [],
    ...parts,
  };
}

/** An instrument of a built model: its type and label set, the rest filler that passes the schema. */
export function buildInstrument(
  id: string,
  type: Model['instruments'][number]['type'],
  label: string,
): Model['instruments'][number] {
  return {
    id,
    type,
    label,
    description: 'an instrument used by the unit tests only',
    dimensions: ['stateRole'],
    evidence: ['e1'],
  };
}

/**
 * Two models for the instrument matrix: Pland names two fiscal instruments and one legal one,
 * Qland names none.
 */
export function modelsWithInstruments(): Model[] {
  return [
    {
      ...buildChartModel('p', { name: 'Pland' }),
      instruments: [
        buildInstrument('p1', 'fiscal', 'Tax credit'),
        buildInstrument('p2', 'fiscal', 'Depreciation'),
        buildInstrument('p3', 'legal', 'Cluster law'),
      ],
    },
    { ...buildChartModel('q', { name: 'Qland' }), instruments: [] },
  ];
}
