/**
 * Each language's glossary (data/i18n/<lang>/glossary.json) is what its translations use: a
 * codebook term is rendered the same way in the codebook's translation, in the interface
 * catalogue and in every translated field of the corpus that uses it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleFromDir } from '../../src/corpus/data-dir';
import { checkTranslationDir } from '../../src/corpus/translation-files';
import { pathKey, translatableFields } from '../../src/corpus/translations';
import { repoRoot } from '../support/paths';

interface Term {
  en: string;
  text: string;
  codebook?: string[];
  catalogue?: string[];
  stems?: string[];
}

const dataDir = join(repoRoot, 'data');
const i18nDir = join(dataDir, 'i18n');
const langs = readdirSync(i18nDir).filter((l) => existsSync(join(i18nDir, l, 'glossary.json')));
const glossary = (lang: string) =>
  (JSON.parse(readFileSync(join(i18nDir, lang, 'glossary.json'), 'utf8')) as { terms: Term[] })
    .terms;
const { bundle } = bundleFromDir(dataDir);
const reports = checkTranslationDir(i18nDir, bundle).reports;
const catalogue = (lang: string) =>
  JSON.parse(readFileSync(join(repoRoot, 'src/i18n/locales', `${lang}.json`), 'utf8')) as Record<
    string,
    Record<string, unknown>
  >;
const same = (a: string | undefined, b: string) => a?.toLocaleLowerCase() === b.toLocaleLowerCase();

describe('glossaries', () => {
  it('exist for Russian and Uzbek', () => {
    expect(langs).toEqual(expect.arrayContaining(['ru', 'uz']));
  });

  describe.each(langs)('%s', (lang) => {
    const terms = glossary(lang);
    const entries = new Map(
      (reports.find((r) => r.lang === lang)?.files ?? []).flatMap((f) =>
        f.entries.map((e) => [`${f.file} ${e.path}`, e.text] as const),
      ),
    );

    it('names each English term once', () => {
      const names = terms.map((t) => t.en);
      expect(names.length).toBe(new Set(names).size);
    });

    it('is what the codebook translation calls each codebook term', () => {
      const wrong = terms.flatMap((t) =>
        (t.codebook ?? [])
          .filter((path) => !same(entries.get(`codebook ${path}`), t.text))
          .map((path) => `${path}: "${entries.get(`codebook ${path}`)}", glossary "${t.text}"`),
      );
      expect(wrong).toEqual([]);
    });

    it('is what the interface catalogue calls each term it lists', () => {
      const ui = catalogue(lang);
      const wrong = terms.flatMap((t) =>
        (t.catalogue ?? []).flatMap((key) => {
          const [group, name] = key.split(/\.(.+)/) as [string, string];
          const value = ui[group]?.[name];
          return same(typeof value === 'string' ? value : undefined, t.text)
            ? []
            : [`${key}: "${String(value)}", glossary "${t.text}"`];
        }),
      );
      expect(wrong).toEqual([]);
    });

    it('is used in every translated field whose English uses the term', () => {
      const wrong: string[] = [];
      for (const field of translatableFields(bundle)) {
        const translated = entries.get(`${field.file} ${pathKey(field.path)}`);
        if (!translated) continue;
        for (const t of terms) {
          if (!t.stems?.length) continue;
          const english = new RegExp(`\\b${t.en.replace(/[-–]/g, '.')}`, 'i');
          if (!english.test(field.text)) continue;
          const lower = translated.toLocaleLowerCase(lang);
          if (!t.stems.some((s) => lower.includes(s.toLocaleLowerCase(lang))))
            wrong.push(
              `${field.file} ${pathKey(field.path)}: "${t.en}" without ${t.stems.join('/')}`,
            );
        }
      }
      expect(wrong).toEqual([]);
    });
  });
});
