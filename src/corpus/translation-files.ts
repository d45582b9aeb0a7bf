/**
 * Node-only: reads a data folder's translations (i18n/<lang>/codebook.json, models/<id>.json,
 * tours/<id>.json, concepts.json, sources.json; each within the size limit of a file) and checks
 * each language against the corpus with translations.ts. Missing entries are counted, not
 * failed; orphaned, stale and malformed entries fail.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readDiskFile } from './data-dir.ts';
import { formatPath } from './issues.ts';
import type { Bundle } from './schema.ts';
import { checkTranslations, parseTranslationText, translationsFail } from './translations.ts';
import type { TranslationInput, TranslationIssue, TranslationReport } from './translations.ts';

/** A language folder's terminology file (see data/i18n/README.md). */
export const GLOSSARY_FILE = 'glossary.json';

export interface LanguageFiles {
  lang: string;
  inputs: TranslationInput[];
  /** Files that could not be read or parsed. */
  unreadable: TranslationIssue[];
}

const jsonFilesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) =>
      e.isDirectory()
        ? jsonFilesUnder(join(dir, e.name))
        : e.name.endsWith('.json')
          ? [join(dir, e.name)]
          : [],
    );

/** Each language folder of `i18nDir` (none when the folder is absent), with its files read. */
export function readTranslationDir(i18nDir: string): LanguageFiles[] {
  if (!existsSync(i18nDir)) return [];
  return readdirSync(i18nDir)
    .filter((lang) => statSync(join(i18nDir, lang)).isDirectory())
    .sort()
    .map((lang) => {
      const inputs: TranslationInput[] = [];
      const unreadable: TranslationIssue[] = [];
      // glossary.json is the language's terminology, not a translation of a corpus file.
      const files = jsonFilesUnder(join(i18nDir, lang)).filter(
        (path) => path !== join(i18nDir, lang, GLOSSARY_FILE),
      );
      for (const path of files) {
        const file = relative(join(i18nDir, lang), path)
          .split(sep)
          .join('/')
          .replace(/\.json$/, '');
        const name = `${lang}/${file}.json`;
        const read = readDiskFile(path);
        if (!read.ok) {
          const { problem, expected } = read.problem;
          unreadable.push({ kind: 'invalid', name, path: [], problem, expected });
          continue;
        }
        const parsed = parseTranslationText(name, file, read.file.text);
        if ('kind' in parsed) unreadable.push(parsed);
        else inputs.push(parsed);
      }
      return { lang, inputs, unreadable };
    });
}

export interface TranslationDirReport {
  reports: TranslationReport[];
  /** One count line per language, then one line per failing entry. */
  lines: string[];
  failed: boolean;
}

const issueLine = (i: TranslationIssue): string =>
  `i18n/${i.name}: ${formatPath(i.path)}: ${i.problem} (expected ${i.expected})`;

/** Checks every language under `i18nDir` against `bundle`. */
export function checkTranslationDir(i18nDir: string, bundle: Bundle): TranslationDirReport {
  const reports: TranslationReport[] = [];
  const lines: string[] = [];
  let failed = false;
  for (const { lang, inputs, unreadable } of readTranslationDir(i18nDir)) {
    const r = checkTranslations(bundle, lang, inputs);
    r.invalid.unshift(...unreadable);
    reports.push(r);
    lines.push(
      `translations ${lang}: ${r.translated} of ${r.fields} translated, ${r.missing.length} missing, ${r.orphaned.length} orphaned, ${r.stale.length} stale, ${r.invalid.length} invalid`,
    );
    lines.push(...[...r.invalid, ...r.orphaned, ...r.stale].map(issueLine));
    if (translationsFail(r)) failed = true;
  }
  return { reports, lines, failed };
}
