/**
 * Vite plugin: the corpus in data/ becomes one validated `corpus.json` asset (fetched by the app,
 * cached apart from the code), and the JSON Schema of the format is written to
 * public/corpus.schema.json on every build so it never drifts from the zod schema.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { rawBundleFromDir } from '../corpus/data-dir.ts';
import { formatIssue } from '../corpus/issues.ts';
import { corpusJsonSchema } from '../corpus/schema.ts';
import { validateBundle } from '../corpus/validate.ts';

export const CORPUS_ASSET = 'corpus.json';
export const SCHEMA_ASSET = 'corpus.schema.json';

export const schemaFileText = (): string => `${JSON.stringify(corpusJsonSchema(), null, 2)}\n`;

/** Reads, validates and serialises the corpus; throws with every located problem when invalid. */
export function buildCorpusJson(dataDir: string): string {
  const result = validateBundle(rawBundleFromDir(dataDir));
  if (!result.ok) {
    throw new Error(
      `the corpus in ${dataDir} is invalid:\n${result.issues.map(formatIssue).join('\n')}`,
    );
  }
  return JSON.stringify(result.value);
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
    },
  };
}
