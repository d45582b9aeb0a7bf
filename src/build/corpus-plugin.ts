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

export const CORPUS_ASSET = 'corpus.json';
export const SCHEMA_ASSET = 'corpus.schema.json';

export const schemaFileText = (): string => `${JSON.stringify(corpusJsonSchema(), null, 2)}\n`;

/**
 * Reads, checks and serialises the corpus through the one route the CLI and the app use (quotes
 * verbatim in the article included); throws with every located problem when invalid.
 */
export function buildCorpusJson(dataDir: string): string {
  return JSON.stringify(bundleFromDir(dataDir).bundle);
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
