/**
 * Translations of the corpus's own text, kept as data beside the corpus (data/i18n/<lang>/…): per
 * language, one file per corpus file, each entry naming a translatable field by a stable path, its
 * translated text, and a short hash of the English text it translates. A changed English text
 * makes its translation stale; a field that went away makes it orphaned; a field without an entry
 * is missing (a report, not a fault: a translation may be incomplete).
 *
 * What is translatable: names, labels, titles, definitions, questions, summaries, rationales,
 * roles, descriptions, lessons, talking points, method text, coders and our answers to a review. Evidence quotes are never replaced (they stay
 * verbatim in the article's language), ids, locators, reference markers, links or numbers.
 *
 * Paths are written as issues.ts writes them (`actors.state.role`, `lessons[2].text`) and are
 * relative to the corpus file as it sits in a data folder. Items that have an id are keyed by it
 * (dimensions, categories, vocabularies, actors, instruments, structure nodes, sources, concepts);
 * scale steps by their value (`steps.3.label`). Items without an id use their index, so inserting
 * one before them orphans the entries after it: sectors (`codes.sectorFocus.sectors[0].name`),
 * examples, lessons, facts, a sector family's examples, a concept's points, a source's references
 * and method sections, and a tour's steps and their talking points.
 *
 * Evidence quotes are listed too (`evidence.<id>.quote` in a model, `items.<id>.evidence.<id>.quote`
 * in concepts; kind `quote`): their translation is shown
 * beneath the verbatim quote as ours and never replaces it.
 *
 * Pure and synchronous, like the rest of the corpus module.
 */
import * as z from 'zod/mini';
import { formatPath, fromZodIssues } from './issues.ts';
import type { CorpusIssue, JsonPath } from './issues.ts';
import { parseJsonText } from './json-text.ts';
import { withoutInvisibleControls } from './schema.ts';
import type { Bundle, Codebook, Concept, Model, Review, Source, Tour } from './schema.ts';

/** The corpus file a translatable text lives in: `codebook`, `models/<id>`, `tours/<id>`… */
export type CorpusFileKey =
  | 'codebook'
  | 'concepts'
  | 'sources'
  | `models/${string}`
  | `tours/${string}`
  | `reviews/${string}`;

/**
 * `text` replaces the English where a translation exists; `quote` never does: a quote's
 * translation is shown beneath the verbatim quote, labelled as ours, and is never evidence.
 */
export type FieldKind = 'text' | 'quote';

export interface TranslatableField {
  file: CorpusFileKey;
  kind: FieldKind;
  /** Keyed by ids where items have them; see the module comment. */
  path: JsonPath;
  text: string;
}

/** FNV-1a, 32 bits, over the text's UTF-8 bytes: 8 lower-case hex digits. Not for security. */
export function sourceHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The path as a translation file writes it: `codes.stateRole.rationale`, `steps[2].title`. */
export const pathKey = (path: JsonPath): string => formatPath(path);

type Visit = (
  file: CorpusFileKey,
  path: JsonPath,
  text: string,
  set: (t: string) => void,
  kind: FieldKind,
) => void;

type Texts = Record<string, unknown>;

/** Calls `visit` on every translatable text of `bundle`, with a setter that writes into it. */
function walk(bundle: Bundle, visit: Visit): void {
  const field = (file: CorpusFileKey, at: JsonPath, item: object, key: string) => {
    const value = (item as Texts)[key];
    if (typeof value === 'string')
      visit(file, [...at, key], value, (t) => ((item as Texts)[key] = t), 'text');
  };
  const list = (file: CorpusFileKey, at: JsonPath, items: string[]) =>
    items.forEach((value, i) => visit(file, [...at, i], value, (t) => (items[i] = t), 'text'));

  walkCodebook(bundle.codebook, field, list);
  bundle.models.forEach((m) => {
    walkModel(m, field);
    // Quotes: visited for their translation beneath, never replaced (the setter does nothing).
    for (const e of m.evidence)
      visit(`models/${m.id}`, ['evidence', e.id, 'quote'], e.quote, () => undefined, 'quote');
  });
  bundle.concepts.items.forEach((c) => {
    walkConcept(c, field, list);
    for (const e of c.evidence)
      visit(
        'concepts',
        ['items', c.id, 'evidence', e.id, 'quote'],
        e.quote,
        () => undefined,
        'quote',
      );
  });
  bundle.sources.forEach((s) => walkSource(s, field));
  bundle.tours.forEach((t) => walkTour(t, field, list));
  bundle.reviews.forEach((r) => walkReview(r, field));
}

type Field = (file: CorpusFileKey, at: JsonPath, item: object, key: string) => void;
type List = (file: CorpusFileKey, at: JsonPath, items: string[]) => void;

function walkCodebook(codebook: Codebook, field: Field, list: List): void {
  const f = 'codebook' as const;
  for (const d of codebook.dimensions) {
    const at = ['dimensions', d.id];
    field(f, at, d, 'label');
    field(f, at, d, 'question');
    for (const s of d.steps ?? []) {
      field(f, [...at, 'steps', String(s.value)], s, 'label');
      field(f, [...at, 'steps', String(s.value)], s, 'definition');
    }
    for (const c of d.categories ?? []) {
      field(f, [...at, 'categories', c.id], c, 'label');
      field(f, [...at, 'categories', c.id], c, 'definition');
    }
  }
  for (const key of ['actorTypes', 'instrumentTypes', 'linkKinds', 'confidence'] as const)
    for (const entry of codebook[key]) {
      field(f, [key, entry.id], entry, 'label');
      field(f, [key, entry.id], entry, 'definition');
    }
  for (const family of codebook.sectorFamilies) {
    const at = ['sectorFamilies', family.id];
    field(f, at, family, 'label');
    field(f, at, family, 'definition');
    list(f, [...at, 'examples'], family.examples);
  }
}

function walkModel(m: Model, field: Field): void {
  const f = `models/${m.id}` as const;
  field(f, [], m, 'name');
  field(f, [], m, 'modelName');
  field(f, [], m, 'summary');
  for (const key of [
    'stateRole',
    'governanceLevel',
    'sectorFocus',
    'firmHierarchy',
    'universityIndustry',
  ] as const) {
    field(f, ['codes', key], m.codes[key], 'rationale');
    // Other coders' codings, keyed by coder (one coding per coder and value).
    for (const coding of m.codes[key].codings ?? [])
      field(f, ['codes', key, 'codings', coding.coder], coding, 'rationale');
  }
  m.codes.sectorFocus.sectors.forEach((s, i) =>
    field(f, ['codes', 'sectorFocus', 'sectors', i], s, 'name'),
  );
  for (const node of m.codes.firmHierarchy.structure.nodes)
    field(f, ['codes', 'firmHierarchy', 'structure', 'nodes', node.id], node, 'label');
  for (const coding of m.codes.firmHierarchy.codings ?? [])
    for (const node of coding.structure?.nodes ?? [])
      field(
        f,
        ['codes', 'firmHierarchy', 'codings', coding.coder, 'structure', 'nodes', node.id],
        node,
        'label',
      );
  for (const a of m.actors) {
    field(f, ['actors', a.id], a, 'label');
    field(f, ['actors', a.id], a, 'role');
  }
  for (const ins of m.instruments) {
    field(f, ['instruments', ins.id], ins, 'label');
    field(f, ['instruments', ins.id], ins, 'description');
  }
  m.examples.forEach((e, i) => field(f, ['examples', i], e, 'name'));
  m.lessons.forEach((l, i) => field(f, ['lessons', i], l, 'text'));
  m.facts.forEach((fact, i) => field(f, ['facts', i], fact, 'label'));
}

function walkConcept(c: Concept, field: Field, list: List): void {
  const at = ['items', c.id];
  field('concepts', at, c, 'title');
  field('concepts', at, c, 'summary');
  list('concepts', [...at, 'points'], c.points);
}

function walkSource(s: Source, field: Field): void {
  for (const key of ['title', 'kind', 'description', 'language', 'note'])
    field('sources', [s.id], s, key);
  s.references.forEach((r, i) => field('sources', [s.id, 'references', i], r, 'supports'));
  s.method.forEach((m, i) => {
    field('sources', [s.id, 'method', i], m, 'heading');
    field('sources', [s.id, 'method', i], m, 'text');
  });
  for (const c of s.coders ?? []) {
    field('sources', [s.id, 'coders', c.id], c, 'name');
    field('sources', [s.id, 'coders', c.id], c, 'description');
  }
}

/** A review: its title and summary, and our reason for each response, keyed by finding id. */
function walkReview(r: Review, field: Field): void {
  const f = `reviews/${r.id}` as const;
  field(f, [], r, 'title');
  field(f, [], r, 'summary');
  for (const response of r.responses) field(f, ['responses', response.finding], response, 'reason');
}

function walkTour(t: Tour, field: Field, list: List): void {
  const f = `tours/${t.id}` as const;
  field(f, [], t, 'title');
  field(f, [], t, 'summary');
  t.steps.forEach((step, i) => {
    field(f, ['steps', i], step, 'title');
    list(f, ['steps', i, 'talkingPoints'], step.talkingPoints);
  });
}

/** Every translatable text of a bundle, in the order its files are read. */
export function translatableFields(bundle: Bundle): TranslatableField[] {
  const fields: TranslatableField[] = [];
  walk(bundle, (file, path, text, _set, kind) => fields.push({ file, kind, path, text }));
  return fields;
}

// --- The translation file format ---------------------------------------------------------------

/** A language tag as the app names languages: `ru`, `uz`, `pt-br`. */
const langSchema = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, 'a lower-case language tag such as ru or uz'));

const fileKeySchema = z
  .string()
  .check(
    z.regex(
      /^(codebook|concepts|sources|(models|tours|reviews)\/[a-z0-9][a-z0-9-]*)$/,
      'codebook, concepts, sources, models/<id>, tours/<id> or reviews/<id>',
    ),
  );

const translatedText = z
  .string()
  .check(z.overwrite(withoutInvisibleControls), z.trim(), z.minLength(1));

export const translationEntrySchema = z.strictObject({
  /** The field, as translatableFields names it (`actors.state.role`). */
  path: z.string().check(z.minLength(1)),
  text: translatedText,
  /** sourceHash of the English text this translates. */
  source: z.string().check(z.regex(/^[0-9a-f]{8}$/, 'eight lower-case hex digits')),
});

export const translationFileSchema = z.strictObject({
  language: langSchema,
  /** The corpus file this file translates. */
  file: fileKeySchema,
  entries: z.array(translationEntrySchema),
});

export type TranslationEntry = z.infer<typeof translationEntrySchema>;
export type TranslationFile = z.infer<typeof translationFileSchema>;

/** A translation file as read: its name (for messages), its corpus file, and its parsed JSON. */
export interface TranslationInput {
  /** `ru/models/japan.json`, or however its reader names it. */
  name: string;
  /** The corpus file it translates, by its place: `models/japan`. */
  file: CorpusFileKey | string;
  value: unknown;
}

export type TranslationIssueKind = 'missing' | 'orphaned' | 'stale' | 'invalid';

export interface TranslationIssue extends CorpusIssue {
  kind: TranslationIssueKind;
  /** The translation file (for missing: the one that should hold it). */
  name: string;
}

export interface TranslationReport {
  lang: string;
  /** Translatable fields in the bundle. */
  fields: number;
  /** Fields with a current (not stale) translation. */
  translated: number;
  missing: TranslationIssue[];
  orphaned: TranslationIssue[];
  stale: TranslationIssue[];
  invalid: TranslationIssue[];
  /** The files that passed the format check, for applyTranslations. */
  files: TranslationFile[];
}

/** The parse of a translation file's text, located by line and column when it is not JSON. */
export function parseTranslationText(
  name: string,
  file: string,
  text: string,
): TranslationInput | TranslationIssue {
  const parsed = parseJsonText(text);
  if (parsed.ok) return { name, file, value: parsed.value };
  return {
    kind: 'invalid',
    name,
    path: [],
    problem: `line ${parsed.line}, column ${parsed.column}: ${parsed.problem}`,
    expected: parsed.expected,
  };
}

const fieldKey = (file: string, path: string) => `${file}\u0000${path}`;

/**
 * Checks one language's translation files against the bundle: format problems, entries whose
 * field no longer exists (orphaned) or whose English text changed (stale), and fields that no
 * entry translates (missing).
 */
export function checkTranslations(
  bundle: Bundle,
  lang: string,
  inputs: readonly TranslationInput[],
): TranslationReport {
  const current = new Map<string, TranslatableField>();
  for (const f of translatableFields(bundle)) current.set(fieldKey(f.file, pathKey(f.path)), f);
  const report: TranslationReport = {
    lang,
    fields: current.size,
    translated: 0,
    missing: [],
    orphaned: [],
    stale: [],
    invalid: [],
    files: [],
  };
  const covered = new Set<string>();
  const seenFiles = new Map<string, string>();
  const invalid = (name: string, path: JsonPath, problem: string, expected: string) =>
    report.invalid.push({ kind: 'invalid', name, path, problem, expected });

  for (const input of inputs) {
    const parsed = translationFileSchema.safeParse(input.value, { reportInput: true });
    if (!parsed.success) {
      for (const issue of fromZodIssues(parsed.error.issues))
        report.invalid.push({ kind: 'invalid', name: input.name, ...issue });
      continue;
    }
    const t = parsed.data;
    if (t.language !== lang)
      invalid(input.name, ['language'], `names "${t.language}"`, `"${lang}", its folder`);
    if (t.file !== input.file)
      invalid(input.name, ['file'], `names "${t.file}"`, `"${input.file}", its place`);
    const earlier = seenFiles.get(t.file);
    if (earlier)
      invalid(input.name, ['file'], `translates ${t.file} again`, `one file for it (${earlier})`);
    seenFiles.set(t.file, input.name);
    if (t.language !== lang || t.file !== input.file || earlier) continue;
    report.files.push(t);
    const paths = new Set<string>();
    t.entries.forEach((entry, i) => {
      const at: JsonPath = ['entries', i];
      if (paths.has(entry.path))
        return invalid(
          input.name,
          [...at, 'path'],
          `repeats "${entry.path}"`,
          'one entry per field',
        );
      paths.add(entry.path);
      const key = fieldKey(t.file, entry.path);
      const field = current.get(key);
      if (!field)
        return report.orphaned.push({
          kind: 'orphaned',
          name: input.name,
          path: [...at, 'path'],
          problem: `translates "${entry.path}", which ${t.file} no longer has`,
          expected: 'a translatable field of that file; remove the entry or fix its path',
        });
      covered.add(key);
      if (entry.source !== sourceHash(field.text))
        return report.stale.push({
          kind: 'stale',
          name: input.name,
          path: [...at, 'source'],
          problem: `the English of "${entry.path}" changed after it was translated`,
          expected: `the translation revised to the English now there, then source "${sourceHash(field.text)}"`,
        });
      report.translated += 1;
    });
  }
  for (const [key, field] of current)
    if (!covered.has(key))
      report.missing.push({
        kind: 'missing',
        name: `${lang}/${field.file}.json`,
        path: field.path,
        problem: 'has no translation',
        expected: `an entry with path "${pathKey(field.path)}"`,
      });
  return report;
}

/** Whether the report fails a check: missing entries do not, everything else does. */
export const translationsFail = (r: TranslationReport): boolean =>
  r.orphaned.length + r.stale.length + r.invalid.length > 0;

export interface TranslatedBundle {
  lang: string;
  bundle: Bundle;
  /** Our translation of each quote, by the verbatim quote (current entries only). */
  quotes: Map<string, string>;
  /** The fields still in the corpus's own language (no entry, or a stale one). */
  untranslated: TranslatableField[];
}

/**
 * The bundle with every translatable text replaced where `files` hold a current translation for
 * `lang`; stale entries and other languages' files are ignored. Evidence quotes are never touched
 * (they are not translatable fields). Pure: the given bundle is not changed.
 */
export function applyTranslations(
  bundle: Bundle,
  lang: string,
  files: readonly TranslationFile[],
): TranslatedBundle {
  const entries = new Map<string, TranslationEntry>();
  for (const file of files)
    if (file.language === lang)
      for (const entry of file.entries) entries.set(fieldKey(file.file, entry.path), entry);
  const copy = structuredClone(bundle);
  const untranslated: TranslatableField[] = [];
  const quotes = new Map<string, string>();
  walk(copy, (file, path, text, set, kind) => {
    const entry = entries.get(fieldKey(file, pathKey(path)));
    const current = entry && entry.source === sourceHash(text);
    if (kind === 'quote') {
      if (current) quotes.set(text, entry.text);
      return;
    }
    if (current) set(entry.text);
    else untranslated.push({ file, kind, path, text });
  });
  return { lang, bundle: copy, quotes, untranslated };
}
