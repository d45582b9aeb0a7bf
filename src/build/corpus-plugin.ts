/**
 * Vite plugin: the corpus in data/ becomes one validated `corpus.json` asset (fetched by the app,
 * cached apart from the code), and the JSON Schema of the format is written to
 * public/corpus.schema.json on every build so it never drifts from the zod schema.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { bundleFromDir } from '../corpus/data-dir.ts';
import { corpusJsonSchema } from '../corpus/schema.ts';
import { checkTranslationDir } from '../corpus/translation-files.ts';
import { translationAsset } from '../corpus/content-translations.ts';
import { CORPUS_URL } from '../corpus/bundle-url.ts';

export const CORPUS_ASSET = CORPUS_URL;
export const SCHEMA_ASSET = 'corpus.schema.json';

export const schemaFileText = (): string => `${JSON.stringify(corpusJsonSchema(), null, 2)}\n`;

/**
 * Reads, checks and serialises the corpus through the one route the CLI and the app use (quotes
 * verbatim in the article included); throws with every located problem when invalid.
 */
export function buildCorpusJson(dataDir: string): string {
  return JSON.stringify(bundleFromDir(dataDir).bundle);
}

/**
 * Each language's translations of the corpus as one asset (`i18n/<lang>.json`: the list of its
 * files), fetched only when that language is chosen. A stale, orphaned or malformed entry fails
 * the build, as it fails corpus:check; missing entries are allowed (the app shows the English,
 * marked as such).
 */
export function buildTranslationAssets(dataDir: string): Map<string, string> {
  const { bundle } = bundleFromDir(dataDir);
  const { reports, lines, failed } = checkTranslationDir(join(dataDir, 'i18n'), bundle);
  // While the English is being revised, translators work behind it: ATLAS_STALE_TRANSLATIONS=allow
  // lets a local build go on with stale or orphaned entries (the app shows those fields in
  // English). Malformed files still fail; CI and `npm test` never set it.
  const lenient =
    process.env.ATLAS_STALE_TRANSLATIONS === 'allow' &&
    reports.every((r) => r.invalid.length === 0);
  if (failed && !lenient)
    throw new Error(`the corpus translations are invalid:\n${lines.join('\n')}`);
  if (failed)
    console.warn(`stale translations allowed for this build:\n${lines.slice(0, 3).join('\n')}`);
  return new Map(reports.map((r) => [translationAsset(r.lang), JSON.stringify(r.files)]));
}

export function corpusPlugin(root: string): Plugin {
  const dataDir = join(root, 'data');
  const schemaFile = join(root, 'public', SCHEMA_ASSET);
  return {
    name: 'cluster-atlas-corpus',
    buildStart() {
      const text = schemaFileText();
      if (!existsSync(schemaFile) || readFileSync(schemaFile, 'utf8') !== text)
        writeFileSync(schemaFile, text);
      this.addWatchFile(dataDir);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const lang = /\/i18n\/([a-z-]+)\.json$/.exec(req.url ?? '')?.[1];
        if (lang) {
          const text = buildTranslationAssets(dataDir).get(translationAsset(lang));
          res.statusCode = text ? 200 : 404;
          res.setHeader('Content-Type', 'application/json');
          return res.end(text ?? '[]');
        }
        if (!req.url?.endsWith(`/${CORPUS_ASSET}`)) return next();
        try {
          res.setHeader('Content-Type', 'application/json');
          res.end(buildCorpusJson(dataDir));
        } catch (e) {
          res.statusCode = 500;
          res.end(JSON.stringify({ error: e instanceof Error ? e.message : String(e) }));
        }
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: CORPUS_ASSET, source: buildCorpusJson(dataDir) });
      for (const [fileName, source] of buildTranslationAssets(dataDir))
        this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
