import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleFromDir } from '../../src/corpus/data-dir';
import { TERM_KINDS, definitionOf, stepKindOf, termsOf } from '../../src/corpus/definitions';
import type { Codebook } from '../../src/corpus/schema';
import { applyTranslations } from '../../src/corpus/translations';
import type { TranslationFile } from '../../src/corpus/translations';
import { repoRoot } from '../support/paths';

const dataDir = join(repoRoot, 'data');
const bundle = bundleFromDir(dataDir).bundle;
const codebookIn = (lang: 'ru' | 'uz'): Codebook => {
  const file = JSON.parse(
    readFileSync(join(dataDir, 'i18n', lang, 'codebook.json'), 'utf8'),
  ) as TranslationFile;
  return applyTranslations(bundle, lang, [file]).bundle.codebook;
};

/** How many terms the bundled codebook has of each kind. */
const COUNTS = {
  'state-role-step': 5,
  level: 3,
  'sector-family': 4,
  'hierarchy-step': 5,
  'university-step': 5,
  'actor-type': 10,
  'instrument-type': 7,
  'link-kind': 8,
  confidence: 3,
};

describe('definitionOf', () => {
  it('finds a term of each kind by its id or step number', () => {
    const cb = bundle.codebook;
    expect(definitionOf(cb, 'state-role-step', 4)?.label).toBe('coordinator');
    expect(definitionOf(cb, 'state-role-step', '4')?.definition).toMatch(/^National programmes/);
    expect(definitionOf(cb, 'hierarchy-step', 5)?.label).toBe(
      'strict hierarchy headed by a lead large company',
    );
    expect(definitionOf(cb, 'university-step', 1)?.label).toBe('absent');
    expect(definitionOf(cb, 'level', 'regional')?.definition).toMatch(/^Regions/);
    // A family's definition names its examples, as the sector-focus dimension gives it.
    expect(definitionOf(cb, 'sector-family', 'traditional')?.definition).toMatch(/textiles/);
    expect(definitionOf(cb, 'actor-type', 'sme')?.label).toBe('small or medium firm');
    expect(definitionOf(cb, 'instrument-type', 'fiscal')?.definition).toMatch(/^Tax relief/);
    expect(definitionOf(cb, 'link-kind', 'subcontracting')?.label).toBe('subcontracting');
    expect(definitionOf(cb, 'confidence', 'low')?.definition).toMatch(/says little/);
  });

  it('answers null for a term the codebook does not have', () => {
    expect(definitionOf(bundle.codebook, 'state-role-step', 6)).toBeNull();
    expect(definitionOf(bundle.codebook, 'level', 'planetary')).toBeNull();
  });

  it('falls back to the sector-family vocabulary where the dimension has no categories', () => {
    const cb = structuredClone(bundle.codebook);
    const dim = cb.dimensions.find((d) => d.id === 'sectorFocus')!;
    delete dim.categories;
    expect(definitionOf(cb, 'sector-family', 'mixed')?.definition).toBe(
      'Industries that combine several fields of science and production.',
    );
  });

  it('names the step kind of each ordinal dimension, and none for shares', () => {
    expect(stepKindOf('stateRole')).toBe('state-role-step');
    expect(stepKindOf('firmHierarchy')).toBe('hierarchy-step');
    expect(stepKindOf('universityIndustry')).toBe('university-step');
    expect(stepKindOf('governanceLevel')).toBeNull();
  });
});

describe('every term of the bundled codebook has a definition', () => {
  const english = bundle.codebook;
  const cases: [string, Codebook][] = [
    ['en', english],
    ['ru', codebookIn('ru')],
    ['uz', codebookIn('uz')],
  ];
  it.each(cases)('in %s', (lang, cb) => {
    for (const kind of TERM_KINDS) {
      const terms = termsOf(cb, kind);
      expect(terms.length, `${lang} ${kind}`).toBe(COUNTS[kind]);
      for (const term of terms) {
        expect(term.label.trim(), `${lang} ${kind} ${term.id}`).not.toBe('');
        expect(term.definition.trim(), `${lang} ${kind} ${term.id}`).not.toBe('');
        if (lang === 'en') continue;
        // Translated, not the English left in place.
        const en = definitionOf(english, kind, term.id)!;
        expect(term.definition, `${lang} ${kind} ${term.id}`).not.toBe(en.definition);
        expect(term.label, `${lang} ${kind} ${term.id}`).not.toBe(en.label);
      }
    }
  });
});
