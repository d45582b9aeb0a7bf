import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleFromDir } from '../../src/corpus/data-dir';
import type { Bundle } from '../../src/corpus/schema';
import {
  applyTranslations,
  checkTranslations,
  parseTranslationText,
  pathKey,
  sourceHash,
  translatableFields,
  translationsFail,
} from '../../src/corpus/translations';
import type { TranslationFile, TranslationInput } from '../../src/corpus/translations';
import { validateBundle } from '../../src/corpus/validate';
import { repoRoot } from '../support/paths';

const dataDir = join(repoRoot, 'data');
const bundle = bundleFromDir(dataDir).bundle;
const RU_FILES = ['codebook', 'models/japan', 'tours/five-ways'];
const ruInput = (file: string): TranslationInput => ({
  name: `ru/${file}.json`,
  file,
  value: JSON.parse(readFileSync(join(dataDir, 'i18n', 'ru', `${file}.json`), 'utf8')) as unknown,
});
const ruInputs = () => RU_FILES.map(ruInput);
const ruFiles = () => ruInputs().map((i) => i.value as TranslationFile);
const copy = (): Bundle => structuredClone(bundle);
const japanOf = (b: Bundle) => b.models.find((m) => m.id === 'japan')!;
const keys = (b: Bundle) => translatableFields(b).map((f) => `${f.file} ${pathKey(f.path)}`);

describe('sourceHash', () => {
  it('is FNV-1a 32-bit over UTF-8, as 8 hex digits', () => {
    expect(sourceHash('')).toBe('811c9dc5');
    expect(sourceHash('a')).toBe('e40c292c');
    expect(sourceHash('foobar')).toBe('bf9cf968');
    expect(sourceHash('Роль государства')).toMatch(/^[0-9a-f]{8}$/);
    expect(sourceHash('State role')).not.toBe(sourceHash('State role.'));
  });
});

describe('translatableFields', () => {
  const fields = translatableFields(bundle);

  it('names each field once, keyed by ids where items have them', () => {
    const all = keys(bundle);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(
      expect.arrayContaining([
        'codebook dimensions.stateRole.label',
        'codebook dimensions.stateRole.steps.5.label',
        'codebook dimensions.governanceLevel.categories.national.definition',
        'codebook actorTypes.sme.label',
        'codebook sectorFamilies.high-tech.examples[0]',
        'models/japan name',
        'models/japan modelName',
        'models/japan codes.stateRole.rationale',
        'models/japan codes.firmHierarchy.structure.nodes.lead-company.label',
        'models/japan actors.state.role',
        'models/japan instruments.financial-plan.description',
        'models/japan lessons[0].text',
        'models/japan codes.sectorFocus.sectors[0].name',
        'tours/five-ways title',
        'tours/five-ways steps[1].talkingPoints[0]',
      ]),
    );
    expect(fields.some((f) => f.file === 'concepts')).toBe(true);
    expect(fields.some((f) => f.file === 'sources')).toBe(true);
  });

  it('offers each quote only for a translation beneath it, never an id, a locator or a number', () => {
    const quotes = new Set([
      ...bundle.models.flatMap((m) => m.evidence.map((e) => e.quote)),
      ...bundle.concepts.items.flatMap((c) => c.evidence.map((e) => e.quote)),
    ]);
    const quoteFields = fields.filter((f) => f.kind === 'quote');
    expect(new Set(quoteFields.map((f) => f.text))).toEqual(quotes);
    expect(quoteFields.every((f) => f.path.at(-1) === 'quote')).toBe(true);
    for (const f of fields.filter((f) => f.kind === 'text')) {
      expect(f.path.some((p) => p === 'evidence' || p === 'quote' || p === 'id')).toBe(false);
      expect(quotes.has(f.text)).toBe(false);
      expect(typeof f.text).toBe('string');
    }
  });

  it('follows an item by its id when the list is reordered', () => {
    const b = copy();
    japanOf(b).actors.reverse();
    expect(new Set(keys(b))).toEqual(new Set(keys(bundle)));
  });
});

describe('checkTranslations', () => {
  it('finds the bundled Russian current: nothing orphaned, stale or invalid', () => {
    const r = checkTranslations(bundle, 'ru', ruInputs());
    expect(translationsFail(r)).toBe(false);
    expect(r.invalid).toEqual([]);
    const entries = ruFiles().reduce((n, f) => n + f.entries.length, 0);
    expect(r.translated).toBe(entries);
    expect(r.translated + r.missing.length).toBe(r.fields);
    // Every field of the translated files is there; the untranslated files are missing.
    expect(r.missing.some((m) => m.name === 'ru/models/japan.json')).toBe(false);
    expect(r.missing.some((m) => m.name === 'ru/codebook.json')).toBe(false);
    expect(r.missing).toContainEqual(
      expect.objectContaining({ kind: 'missing', name: 'ru/models/france.json', path: ['name'] }),
    );
  });

  it('reports an entry as stale when its English text changed', () => {
    const b = copy();
    japanOf(b).summary += ' Changed.';
    const r = checkTranslations(b, 'ru', ruInputs());
    const file = ruFiles()[1]!;
    const i = file.entries.findIndex((e) => e.path === 'summary');
    expect(r.stale).toEqual([
      expect.objectContaining({
        kind: 'stale',
        name: 'ru/models/japan.json',
        path: ['entries', i, 'source'],
      }),
    ]);
    expect(translationsFail(r)).toBe(true);
  });

  it('reports an entry as orphaned when its field went away', () => {
    const b = copy();
    japanOf(b).lessons.pop();
    const r = checkTranslations(b, 'ru', ruInputs());
    expect(r.orphaned).toEqual([
      expect.objectContaining({ kind: 'orphaned', name: 'ru/models/japan.json' }),
    ]);
    expect(r.orphaned[0]!.problem).toContain('lessons[3].text');
  });

  it('reports format problems with their place in the translation file', () => {
    const input = (value: unknown): TranslationInput => ({
      name: 'x.json',
      file: 'codebook',
      value,
    });
    const entry = { path: 'dimensions.stateRole.label', text: 'Роль', source: 'zzz' };
    const bad = checkTranslations(bundle, 'ru', [
      input({ language: 'ru', file: 'codebook', entries: [entry], extra: 1 }),
    ]);
    expect(bad.invalid.map((i) => pathKey(i.path))).toEqual(['entries[0].source', 'extra']);
    const wrong = checkTranslations(bundle, 'ru', [
      input({ language: 'uz', file: 'models/japan', entries: [] }),
    ]);
    expect(wrong.invalid.map((i) => pathKey(i.path))).toEqual(['language', 'file']);
    const good = { ...entry, source: sourceHash('State role') };
    const twice = checkTranslations(bundle, 'ru', [
      input({ language: 'ru', file: 'codebook', entries: [good, good] }),
    ]);
    expect(twice.invalid.map((i) => pathKey(i.path))).toEqual(['entries[1].path']);
    expect(twice.translated).toBe(1);
    const parsed = parseTranslationText('y.json', 'codebook', '{"language": "ru",');
    expect(parsed).toMatchObject({ kind: 'invalid', name: 'y.json' });
  });

  it('counts every field as missing for a language without files', () => {
    const r = checkTranslations(bundle, 'uz', []);
    expect(r.missing.length).toBe(r.fields);
    expect(translationsFail(r)).toBe(false);
  });
});

describe('applyTranslations', () => {
  it('puts the Russian in place and leaves the bundle it was given alone', () => {
    const before = JSON.stringify(bundle);
    const { bundle: ru, untranslated } = applyTranslations(bundle, 'ru', ruFiles());
    expect(JSON.stringify(bundle)).toBe(before);
    const japan = japanOf(ru);
    expect(japan.name).toBe('Япония');
    expect(japan.actors.find((a) => a.id === 'state')!.label).toBe('Японское государство');
    expect(ru.codebook.dimensions[0]!.steps![4]!.label).toBe('директивная');
    expect(ru.tours.find((t) => t.id === 'five-ways')!.title).toBe(
      'Пять способов построить кластер',
    );
    // Untranslated files stay in English and are listed, so the UI can mark them lang="en".
    expect(ru.models.find((m) => m.id === 'france')!.name).toBe('France');
    expect(untranslated).toContainEqual({
      file: 'models/france',
      kind: 'text',
      path: ['name'],
      text: 'France',
    });
    expect(untranslated.some((f) => f.file === 'models/japan')).toBe(false);
    // Translated, the corpus keeps its shape and its rules.
    expect(validateBundle(ru).ok).toBe(true);
  });

  it('never touches an evidence quote', () => {
    const { bundle: ru } = applyTranslations(bundle, 'ru', ruFiles());
    expect(japanOf(ru).evidence).toEqual(japanOf(bundle).evidence);
    expect(ru.concepts).toEqual(bundle.concepts);
  });

  it('keeps the English where a translation is stale, and ignores other languages', () => {
    const b = copy();
    japanOf(b).summary = 'A new English summary of the Japanese model, not yet translated.';
    const { bundle: ru, untranslated } = applyTranslations(b, 'ru', ruFiles());
    expect(japanOf(ru).summary).toBe(japanOf(b).summary);
    expect(untranslated).toContainEqual(
      expect.objectContaining({ file: 'models/japan', path: ['summary'] }),
    );
    expect(japanOf(ru).name).toBe('Япония');
    expect(japanOf(applyTranslations(bundle, 'uz', ruFiles()).bundle).name).toBe('Japan');
  });
});
