import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkCorpusPath } from '../../src/cli/check-corpus';
import { fixturesDir, repoRoot } from '../support/paths';

const dataDir = join(repoRoot, 'data');
const check = (path: string) => checkCorpusPath(path, dataDir, repoRoot);
const broken = (name: string) => join(fixturesDir, 'broken', `${name}.json`);
const SUMMARY_1 = '1 problem(s) in 1 file(s) checked; fix them and run the check again';

describe('corpus:check', () => {
  it('passes the bundled data folder', () => {
    expect(check(dataDir)).toEqual({
      lines: ['ok: 10 file(s) checked, 5 model(s) valid'],
      exitCode: 0,
    });
  });

  it('passes one valid model file, checked against the bundled codebook', () => {
    expect(check(join(dataDir, 'models', 'japan.json'))).toEqual({
      lines: ['ok: 1 file(s) checked, 1 model(s) valid'],
      exitCode: 0,
    });
  });

  it('passes a valid bundle file', () => {
    expect(check(join(fixturesDir, 'bundles', 'two-models.json')).exitCode).toBe(0);
  });

  const cases: [string, string][] = [
    ['missing-dimension', 'codes.universityIndustry: is missing (expected an object)'],
    ['off-scale', 'codes.stateRole.value: value 7 is off the scale (expected at most 5)'],
    ['wrong-type', 'codes.stateRole.value: has the wrong type: the text "2" (expected a number)'],
    [
      'shares-not-one',
      'codes.governanceLevel.value: shares sum to 1.2 (expected shares that sum to 1 (± 0.01))',
    ],
    [
      'dangling-evidence',
      'codes.stateRole.evidence[1]: names evidence "it-nowhere", which does not exist (expected the id of an entry in this model\'s "evidence" list)',
    ],
    [
      'dangling-link',
      'codes.firmHierarchy.structure.links[1].target: names node "ghost", which does not exist (expected the id of a node in structure.nodes)',
    ],
    [
      'duplicate-id',
      'actors[1].id: repeats the id "craft-firms" (expected an id used only once in actors)',
    ],
    [
      'bad-confidence',
      'codes.sectorFocus.confidence: the text "sure" is not an allowed value (expected one of "high", "medium", "low")',
    ],
    ['array-not-object', '(root): has the wrong type: an array (expected an object)'],
  ];
  it.each(cases)('rejects %s with a message naming the field', (name, message) => {
    expect(check(broken(name))).toEqual({
      lines: [`tests/fixtures/broken/${name}.json: ${message}`, SUMMARY_1],
      exitCode: 1,
    });
  });

  it('reports truncated JSON as unreadable, with line and column', () => {
    expect(check(broken('truncated'))).toEqual({
      lines: [
        'tests/fixtures/broken/truncated.json: not valid JSON at line 25, column 134: end of text inside a string (is the file cut short?)',
        '1 file(s) could not be read; nothing was checked',
      ],
      exitCode: 2,
    });
  });

  it('reports a missing path as unreadable', () => {
    expect(check(join(repoRoot, 'no-such-file.json'))).toEqual({
      lines: ['no-such-file.json: cannot be read: not found', 'nothing was checked'],
      exitCode: 2,
    });
  });

  it('reports a repeated model id in a bundle', () => {
    expect(check(join(fixturesDir, 'bundles', 'duplicate-model.json')).lines[0]).toBe(
      'tests/fixtures/bundles/duplicate-model.json: models[1].id: repeats the model id "italy" (expected each model id once per corpus)',
    );
  });
});

describe('the corpus:check command itself', () => {
  const run = promisify(execFile);
  const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
  const cli = join(repoRoot, 'src', 'cli', 'corpus-check.ts');

  it('exits 1 on an invalid file and prints no stack trace', async () => {
    const error = await run(tsx, [cli, broken('off-scale')], { cwd: repoRoot }).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(error).toMatchObject({ code: 1 });
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    expect(stdout.trim().split('\n')).toHaveLength(2);
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on a file that is not JSON, and 0 on the bundled data', async () => {
    const error = await run(tsx, [cli, broken('truncated')], { cwd: repoRoot }).catch(
      (e: { code: number }) => e,
    );
    expect(error).toMatchObject({ code: 2 });
    const ok = await run(tsx, [cli], { cwd: repoRoot });
    expect(ok.stdout.trim()).toBe('ok: 10 file(s) checked, 5 model(s) valid');
  });
});
