// @vitest-environment jsdom
/**
 * One validation route: for every fixture and for data/ itself, `corpus:check` and the browser's
 * check of dropped files (checkUserFiles, as the worker runs it, with the test DOM's File and
 * FileReader) give the same verdict — the same ok or not ok, and the same problem locations.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpusJson } from '../../src/build/corpus-plugin';
import { checkCorpusPath } from '../../src/cli/check-corpus';
import { checkUserFiles } from '../../src/corpus/check-user-files';
import type { Bundle } from '../../src/corpus/schema';
import type { UserCorpusResult } from '../../src/corpus/user-corpus';
import { fixturesDir, repoRoot } from '../support/paths';

const dataDir = join(repoRoot, 'data');
// What the app runs on: the corpus the build emits.
const bundled = JSON.parse(buildCorpusJson(dataDir)) as Bundle;

interface Verdict {
  ok: boolean;
  where: string[];
}

function cliVerdict(path: string): Verdict {
  const report = checkCorpusPath(path, dataDir, repoRoot);
  return { ok: report.exitCode === 0, where: report.problems.map((p) => p.where) };
}

// The bytes as they are on disk (a byte-order mark included), as a browser's File holds them.
const fileOf = (name: string, bytes: Buffer | string) =>
  new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name, {
    type: 'application/json',
  });

async function browserVerdict(files: File[]): Promise<Verdict> {
  const result: UserCorpusResult = await checkUserFiles(files, bundled, () => undefined);
  return { ok: result.ok, where: result.ok ? [] : result.problems.map((p) => p.where) };
}

const fixtures = ['broken', 'bundles', 'hostile'].flatMap((family) =>
  readdirSync(join(fixturesDir, family))
    .filter((name) => name.endsWith('.json'))
    .map((name) => [`${family}/${name}`, join(fixturesDir, family, name)] as const),
);

// Shapes the CLI once refused and the browser accepted, written out as files for both to read.
const temp = mkdtempSync(join(tmpdir(), 'one-route-'));
const twoModels = readFileSync(join(fixturesDir, 'bundles', 'two-models.json'), 'utf8');
const variants = [
  ['two-models.json with a byte-order mark', `\uFEFF${twoModels}`],
  [
    'two-models.json without its codebook',
    JSON.stringify({ models: (JSON.parse(twoModels) as { models: unknown[] }).models }),
  ],
  ['a model with a repeated field name', `{"id": "x", "id": "y", "codes": {}}`],
].map(([name, text], i) => {
  const path = join(temp, `variant-${i}.json`);
  writeFileSync(path, text!);
  return [name!, path] as const;
});

describe('corpus:check and the browser give one verdict', () => {
  it('covers every fixture family', () => {
    const families = new Set(fixtures.map(([name]) => name.split('/')[0]));
    expect(families).toEqual(new Set(['broken', 'bundles', 'hostile']));
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  it.each([...fixtures, ...variants])('%s', async (_name, path) => {
    const cli = cliVerdict(path);
    const browser = await browserVerdict([fileOf(basename(path), readFileSync(path))]);
    expect(browser).toEqual(cli);
  });

  it('data/: the folder, the bundle the build emits, and its model files dropped together', async () => {
    const cli = cliVerdict(dataDir);
    expect(cli).toEqual({ ok: true, where: [] });
    expect(await browserVerdict([fileOf('corpus.json', buildCorpusJson(dataDir))])).toEqual(cli);
    const models = readdirSync(join(dataDir, 'models')).map((name) =>
      fileOf(name, readFileSync(join(dataDir, 'models', name))),
    );
    expect(await browserVerdict(models)).toEqual(cli);
  });
});
