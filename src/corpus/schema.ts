/**
 * The corpus format: the single source of the corpus types.
 * Everything that enters the app (bundled data, a user's file, the URL later) is parsed here once;
 * downstream code trusts the inferred types.
 */
// zod/mini: the same parser core as classic zod with a tree-shakable API, which keeps the
// first page's JavaScript within budget.
import * as z from 'zod/mini';

// zod 4 compiles fast-path parsers with `new Function` unless told not to; a strict
// Content-Security-Policy (no 'unsafe-eval') forbids that, so parsing stays interpreted.
z.config({ jitless: true });

export const MAX_QUOTE_WORDS = 50;

const id = z
  .string()
  .check(
    z.regex(
      /^[a-z0-9][a-z0-9-]*$/,
      'lower-case letters, digits and hyphens, starting with a letter or digit',
    ),
  );
/**
 * Characters that change how text is shown without being visible: bidirectional overrides,
 * embeddings and isolates (they can make a name read backwards, "Trojan Source"), zero-width
 * spaces and the byte-order mark (they make two names look alike). Joiners stay: some scripts need them.
 */
const INVISIBLE_CONTROLS = /[\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
export const withoutInvisibleControls = (s: string): string => s.replace(INVISIBLE_CONTROLS, '');

/** Names, labels and titles: short enough to fit a chart label or a heading. */
export const MAX_TEXT_LENGTH = 300;
const text = z
  .string()
  .check(
    z.overwrite(withoutInvisibleControls),
    z.trim(),
    z.minLength(1),
    z.maxLength(MAX_TEXT_LENGTH),
  );
const prose = z.string().check(z.overwrite(withoutInvisibleControls), z.trim(), z.minLength(20));
/** A link from a corpus: only http and https, never javascript:, data: or anything else. */
// A plain pattern rather than z.url(): it says the same here and keeps the first page lighter.
const webLink = z
  .string()
  .check(
    z.regex(
      /^https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?([/?#][^\s]*)?$/i,
      'an http:// or https:// address',
    ),
  );

export const dimensionIdSchema = z.enum([
  'stateRole',
  'governanceLevel',
  'sectorFocus',
  'firmHierarchy',
  'universityIndustry',
]);

/** The app's views, as tours and links name them. */
export const viewIdSchema = z.enum([
  'overview',
  'compare',
  'state-role',
  'governance',
  'sectors',
  'hierarchy',
  'fit',
  'tours',
  'concepts',
  'sources',
  'handout',
  'editor',
]);

/**
 * The parts of a view a slide can show: a presentation shows one part per step (the view's first
 * part unless the step names another), so a tall view becomes several slides, never a scrolling one.
 */
export const slidePartSchema = z.enum([
  'cards',
  'chart',
  'instruments',
  'codes',
  'actors',
  'lessons',
  'ranking',
]);

/** Which parts each view has as slides, its default first; views not listed are text pages. */
export const VIEW_PARTS: Partial<
  Record<z.infer<typeof viewIdSchema>, readonly z.infer<typeof slidePartSchema>[]>
> = {
  overview: ['cards'],
  'state-role': ['chart'],
  governance: ['chart'],
  sectors: ['chart'],
  hierarchy: ['chart'],
  compare: ['codes', 'actors', 'instruments', 'lessons'],
  fit: ['ranking'],
};

/** What an evidence link may open for a model: a coded dimension, or one of its entry lists. */
export const evidenceKeySchema = z.enum([
  'stateRole',
  'governanceLevel',
  'sectorFocus',
  'firmHierarchy',
  'universityIndustry',
  'actors',
  'instruments',
  'lessons',
]);

export const confidenceSchema = z.enum(['high', 'medium', 'low']);
export const governanceLevelSchema = z.enum(['national', 'regional', 'local']);
export const sectorFamilySchema = z.enum(['traditional', 'industrial', 'high-tech', 'mixed']);
export const actorTypeSchema = z.enum([
  'large-firm',
  'sme',
  'university',
  'research-centre',
  'venture-capital',
  'national-government',
  'regional-authority',
  'local-authority',
  'agency',
  'collective-institution',
]);
export const instrumentTypeSchema = z.enum([
  'fiscal',
  'financial',
  'infrastructure',
  'legal',
  'institutional',
  'advisory',
  'procurement',
]);
export const linkKindSchema = z.enum([
  'subcontracting',
  'cooperation',
  'research',
  'advice',
  'finance',
  'contract',
  'shared-services',
  'coordination',
]);

const locator = z.string().check(z.regex(/^p[1-9][0-9]*$/, 'a paragraph locator such as p31'));
const nonEmpty = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1));

const ordinal = z.int().check(z.gte(1), z.lte(5));
const share = z.number().check(z.gte(0), z.lte(1));
const evidenceRefs = z.array(id).check(z.minLength(1));

const codeBase = {
  confidence: confidenceSchema,
  rationale: prose,
  evidence: evidenceRefs,
};

export const ordinalCodeSchema = z.strictObject({ value: ordinal, ...codeBase });

export const governanceCodeSchema = z.strictObject({
  value: z.strictObject({ national: share, regional: share, local: share }),
  lead: governanceLevelSchema,
  ...codeBase,
});

export const sectorSchema = z.strictObject({ name: text, family: sectorFamilySchema });

export const sectorCodeSchema = z.strictObject({
  value: z.strictObject({
    traditional: share,
    industrial: share,
    'high-tech': share,
    mixed: share,
  }),
  sectors: z.array(sectorSchema),
  ...codeBase,
});

export const structureNodeSchema = z.strictObject({
  id,
  type: actorTypeSchema,
  label: text,
  tier: z.int().check(z.gte(0), z.lte(9)),
  count: z.int().check(z.gte(1), z.lte(100)),
});

export const structureLinkSchema = z.strictObject({
  source: id,
  target: id,
  kind: linkKindSchema,
});

export const hierarchyCodeSchema = z.strictObject({
  value: ordinal,
  structure: z.strictObject({
    nodes: z.array(structureNodeSchema).check(z.minLength(1)),
    links: z.array(structureLinkSchema),
  }),
  ...codeBase,
});

export const codesSchema = z.strictObject({
  stateRole: ordinalCodeSchema,
  governanceLevel: governanceCodeSchema,
  sectorFocus: sectorCodeSchema,
  firmHierarchy: hierarchyCodeSchema,
  universityIndustry: ordinalCodeSchema,
});

/** The codebook dimensions an actor or instrument bears on (the policy-fit view lists it there). */
const bearsOn = () => z._default(z.array(dimensionIdSchema), []);

export const actorSchema = z.strictObject({
  id,
  type: actorTypeSchema,
  /** For public actors: the level of government at which they act (drawn in the governance view). */
  level: z.optional(governanceLevelSchema),
  label: text,
  role: prose,
  dimensions: bearsOn(),
  evidence: evidenceRefs,
});

export const instrumentSchema = z.strictObject({
  id,
  type: instrumentTypeSchema,
  label: text,
  description: prose,
  dimensions: bearsOn(),
  evidence: evidenceRefs,
});

export const exampleSchema = z.strictObject({
  name: text,
  kind: z.enum(['cluster', 'region']),
  evidence: evidenceRefs,
});

export const lessonSchema = z.strictObject({
  kind: z.enum(['strength', 'challenge']),
  text: prose,
  evidence: evidenceRefs,
});

export const factSchema = z.strictObject({
  label: text,
  value: z.number(),
  unit: z.enum(['share', 'count', 'years', 'decade']),
  /** How the article qualifies the number ("about 100", "over 10 years"). */
  qualifier: z._default(z.enum(['exact', 'about', 'over']), 'exact'),
  evidence: id,
});

export const wordCount = (s: string): number => s.trim().split(/\s+/).filter(Boolean).length;

export const evidenceSchema = z.strictObject({
  id,
  quote: z.string().check(
    z.overwrite(withoutInvisibleControls),
    z.trim(),
    z.minLength(1),
    z.refine((q) => wordCount(q) <= MAX_QUOTE_WORDS, {
      message: `a quote of at most ${MAX_QUOTE_WORDS} words`,
      params: { problem: 'is too long' },
    }),
  ),
  locator,
  /** The source the quote is from, by its id in `sources`; omitted means the corpus's first source. */
  source: z.optional(id),
  cites: z._default(
    z.array(z.string().check(z.regex(/^\[[1-9][0-9]*\]$/, 'a reference marker such as [6]'))),
    [],
  ),
});

export const modelSchema = z.strictObject({
  id,
  name: text,
  iso3: z.string().check(z.regex(/^[A-Z]{3}$/, 'three capital letters (ISO 3166-1 alpha-3)')),
  modelName: text,
  summary: prose,
  codes: codesSchema,
  actors: z.array(actorSchema),
  instruments: z.array(instrumentSchema),
  examples: z.array(exampleSchema),
  lessons: z.array(lessonSchema),
  facts: z.array(factSchema),
  evidence: nonEmpty(evidenceSchema),
});

const vocabularyEntry = z.strictObject({ id, label: text, definition: prose });

export const dimensionSchema = z.strictObject({
  id: dimensionIdSchema,
  label: text,
  kind: z.enum(['ordinal', 'shares']),
  question: prose,
  /** Ordinal dimensions: one entry per step, value 1..n. */
  steps: z.optional(z.array(z.strictObject({ value: ordinal, label: text, definition: prose }))),
  /** Share dimensions: the categories whose shares sum to 1. */
  categories: z.optional(z.array(vocabularyEntry)),
});

export const codebookSchema = z.strictObject({
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'a version such as 1.0.0')),
  dimensions: nonEmpty(dimensionSchema),
  actorTypes: nonEmpty(vocabularyEntry),
  instrumentTypes: nonEmpty(vocabularyEntry),
  sectorFamilies: nonEmpty(z.extend(vocabularyEntry, { examples: z.array(text) })),
  linkKinds: nonEmpty(vocabularyEntry),
  confidence: nonEmpty(vocabularyEntry),
});

export const sourceSchema = z.strictObject({
  id,
  title: text,
  /** Where the source can be read; http or https only. */
  url: z.optional(webLink),
  kind: text,
  description: prose,
  language: text,
  paragraphs: z.int().check(z.gte(1)),
  note: prose,
  references: z.array(
    z.strictObject({
      marker: z.string().check(z.regex(/^\[[1-9][0-9]*\]$/, 'a reference marker such as [6]')),
      supports: prose,
      locators: nonEmpty(locator),
    }),
  ),
  method: nonEmpty(z.strictObject({ heading: text, text: prose })),
});

export const conceptSchema = z.strictObject({
  id,
  title: text,
  summary: prose,
  points: z._default(z.array(prose), []),
  evidence: nonEmpty(evidenceSchema),
});

export const conceptsSchema = z.strictObject({ items: z.array(conceptSchema) });

export const tourStepSchema = z
  .strictObject({
    title: text,
    view: viewIdSchema,
    /** The part of the view this step's slide shows (see VIEW_PARTS); omitted = its first part. */
    part: z.optional(slidePartSchema),
    /** Model ids shown at this step, in order; omitted = all models. */
    models: z.optional(z.array(id).check(z.minLength(1))),
    focus: z.optional(id),
    evidence: z.optional(
      z.strictObject({
        model: id,
        key: evidenceKeySchema,
        /** Which of the evidence's quotes the slide shows large (0-based); omitted = the first. */
        quote: z.optional(z.int().check(z.gte(0), z.lte(50))),
      }),
    ),
    /** What to say at this step, in our own words. */
    talkingPoints: nonEmpty(prose),
  })
  .check(
    z.refine(
      (step) => step.part === undefined || (VIEW_PARTS[step.view] ?? []).includes(step.part),
      {
        message: 'This view has no such part: see the parts each view can show as a slide.',
        path: ['part'],
      },
    ),
  );

export const tourSchema = z.strictObject({
  id,
  title: text,
  summary: prose,
  /** The planned length of the talk in minutes: the presenter view shows whether it is on pace. */
  minutes: z.optional(z.int().check(z.gte(1), z.lte(600))),
  steps: z.array(tourStepSchema).check(z.minLength(2), z.maxLength(40)),
});

/** Everything the app loads at once: the bundled corpus, or a user's own. */
export const bundleSchema = z.strictObject({
  codebook: codebookSchema,
  sources: z._default(z.array(sourceSchema), []),
  concepts: z._default(conceptsSchema, { items: [] }),
  models: nonEmpty(modelSchema),
  tours: z._default(z.array(tourSchema), []),
});

export type Confidence = z.infer<typeof confidenceSchema>;
export type GovernanceLevel = z.infer<typeof governanceLevelSchema>;
export type SectorFamily = z.infer<typeof sectorFamilySchema>;
export type ActorType = z.infer<typeof actorTypeSchema>;
export type InstrumentType = z.infer<typeof instrumentTypeSchema>;
export type DimensionId = z.infer<typeof dimensionIdSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Model = z.infer<typeof modelSchema>;
export type Codes = z.infer<typeof codesSchema>;
export type Codebook = z.infer<typeof codebookSchema>;
export type Dimension = z.infer<typeof dimensionSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Concept = z.infer<typeof conceptSchema>;
export type Bundle = z.infer<typeof bundleSchema>;
export type Tour = z.infer<typeof tourSchema>;
export type TourStep = z.infer<typeof tourStepSchema>;

/** The whole corpus as the bundle JSON Schema, for people who write their own corpus. */
export function corpusJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(bundleSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'corpus.schema.json',
    title: 'Cluster Atlas corpus bundle',
    description:
      'A corpus bundle: { codebook, sources, concepts, models }. Models follow data/models/<id>.json; see README.md.',
  };
}
