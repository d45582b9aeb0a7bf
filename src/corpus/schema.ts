/**
 * The corpus format: the single source of the corpus types.
 * Everything that enters the app (bundled data, a user's file, the URL later) is parsed here once;
 * downstream code trusts the inferred types.
 */
// zod/mini: the same parser core as classic zod with a tree-shakable API, which keeps the
// first page's JavaScript within budget.
import * as z from 'zod/mini';
import {
  DIMENSION_IDS,
  EVIDENCE_KEYS,
  GOVERNANCE_LEVEL_IDS,
  SECTOR_FAMILY_IDS,
  SLIDE_PARTS,
  VIEW_IDS,
  VIEW_PARTS,
} from './ids';

// zod 4 compiles fast-path parsers with `new Function` unless told not to; a strict
// Content-Security-Policy (no 'unsafe-eval') forbids that, so parsing stays interpreted.
z.config({ jitless: true });

export const MAX_QUOTE_WORDS = 50;
/** How far shares may sum from 1 (they are written to two decimals). */
export const SHARE_TOLERANCE = 0.01;

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

export const dimensionIdSchema = z.enum(DIMENSION_IDS);
/** The app's views, as tours and links name them (ids.ts lists them). */
export const viewIdSchema = z.enum(VIEW_IDS);
export const slidePartSchema = z.enum(SLIDE_PARTS);
export { VIEW_PARTS };
export const evidenceKeySchema = z.enum(EVIDENCE_KEYS);

export const confidenceSchema = z.enum(['high', 'medium', 'low']);
export const governanceLevelSchema = z.enum(GOVERNANCE_LEVEL_IDS);
export const sectorFamilySchema = z.enum(SECTOR_FAMILY_IDS);
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

/**
 * Coding is judgement, so a value may carry several codings: the code's own fields are the
 * reconciled coding the views show by default, and `codings` holds each other coder's coding where
 * it differs (a coder who is not listed agrees with the reconciled coding). Coders are described in
 * the source's `coders`. A corpus with one coding per value simply leaves `codings` out.
 */
const codingBase = { coder: id, ...codeBase };
const codingsOf = <T extends z.ZodMiniType>(coding: T) => ({
  codings: z.optional(z.array(coding).check(z.maxLength(20))),
});

const governanceShares = z.strictObject({ national: share, regional: share, local: share });
const sectorShares = z.strictObject({
  traditional: share,
  industrial: share,
  'high-tech': share,
  mixed: share,
});

export const ordinalCodingSchema = z.strictObject({ value: ordinal, ...codingBase });

export const ordinalCodeSchema = z.strictObject({
  value: ordinal,
  ...codeBase,
  ...codingsOf(ordinalCodingSchema),
});

export const governanceCodingSchema = z.strictObject({
  value: governanceShares,
  lead: governanceLevelSchema,
  ...codingBase,
});

export const governanceCodeSchema = z.strictObject({
  value: governanceShares,
  lead: governanceLevelSchema,
  ...codeBase,
  ...codingsOf(governanceCodingSchema),
});

export const sectorSchema = z.strictObject({ name: text, family: sectorFamilySchema });

/** A coder's sector coding; `sectors` only where the coder names other sectors. */
export const sectorCodingSchema = z.strictObject({
  value: sectorShares,
  sectors: z.optional(z.array(sectorSchema)),
  ...codingBase,
});

export const sectorCodeSchema = z.strictObject({
  value: sectorShares,
  sectors: z.array(sectorSchema),
  ...codeBase,
  ...codingsOf(sectorCodingSchema),
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

const structureSchema = z.strictObject({
  nodes: z.array(structureNodeSchema).check(z.minLength(1)),
  links: z.array(structureLinkSchema),
});

/** A coder's hierarchy coding; `structure` only where the coder draws the cluster otherwise. */
export const hierarchyCodingSchema = z.strictObject({
  value: ordinal,
  structure: z.optional(structureSchema),
  ...codingBase,
});

export const hierarchyCodeSchema = z.strictObject({
  value: ordinal,
  structure: structureSchema,
  ...codeBase,
  ...codingsOf(hierarchyCodingSchema),
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

export const coderRoleSchema = z.enum(['original', 'reviewer', 'reconciled']);

const isoDate = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date such as 2026-11 or 2026-11-27'));

export const coderSchema = z.strictObject({
  id,
  name: text,
  role: coderRoleSchema,
  date: isoDate,
  description: prose,
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
  /**
   * Who coded the models from this source. One coder has the role `reconciled`: its coding is the
   * code's own fields; the others' codings are listed under each code's `codings` where they differ.
   */
  coders: z.optional(z.array(coderSchema).check(z.maxLength(20))),
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

export const verdictSchema = z.enum(['accepted', 'partly', 'declined']);

/**
 * Where a change was made: a corpus file relative to the data folder and an RFC 6901 pointer into
 * it, as `models/italy.json#/codes/governanceLevel/lead`.
 */
const changedPath = z
  .string()
  .check(
    z.regex(
      /^(codebook|sources|concepts|models\/[a-z0-9][a-z0-9-]*|tours\/[a-z0-9][a-z0-9-]*)\.json#(\/[^/]*)*$/,
      'a file and a JSON pointer such as models/italy.json#/codes/stateRole/value',
    ),
  );

/** Our answer to one finding of an external review. */
export const reviewResponseSchema = z.strictObject({
  /** The finding's id as the review gives it: "I1", "O3", or "<model>.<dimension>" for a disputed code. */
  finding: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, 'a finding id such as I1')),
  verdict: verdictSchema,
  /** Why, in our words, with the paragraphs it rests on. */
  reason: prose,
  locators: nonEmpty(locator),
  changed: z.array(changedPath),
});

/** An external review of the coding and our response to every finding it lists. */
export const reviewSchema = z.strictObject({
  id,
  title: text,
  /** The coder in `sources[].coders` whose alternative values the review gave. */
  coder: id,
  /** The commit of the corpus the reviewer read. */
  basis: z.string().check(z.regex(/^[0-9a-f]{7,40}$/, 'a commit id such as 0c1a04a')),
  received: isoDate,
  summary: prose,
  /** Every finding id the review lists, in its order; each is answered once in `responses`. */
  findings: nonEmpty(
    z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, 'a finding id such as I1')),
  ),
  responses: nonEmpty(reviewResponseSchema),
});

/** Everything the app loads at once: the bundled corpus, or a user's own. */
export const bundleSchema = z.strictObject({
  codebook: codebookSchema,
  sources: z._default(z.array(sourceSchema), []),
  concepts: z._default(conceptsSchema, { items: [] }),
  models: nonEmpty(modelSchema),
  tours: z._default(z.array(tourSchema), []),
  reviews: z._default(z.array(reviewSchema), []),
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
export type Coder = z.infer<typeof coderSchema>;
export type CoderRole = z.infer<typeof coderRoleSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type ReviewResponse = z.infer<typeof reviewResponseSchema>;
export type Verdict = z.infer<typeof verdictSchema>;
export type OrdinalCode = z.infer<typeof ordinalCodeSchema>;
export type GovernanceCode = z.infer<typeof governanceCodeSchema>;
export type SectorCode = z.infer<typeof sectorCodeSchema>;
export type HierarchyCode = z.infer<typeof hierarchyCodeSchema>;
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
