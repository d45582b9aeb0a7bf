import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCorpusPath } from '../../src/cli/check-corpus';
import { forTerminal } from '../../src/cli/terminal-text';
import { fixturesDir, repoRoot } from '../support/paths';

const dataDir = join(repoRoot, 'data');
const check = (path: string) => checkCorpusPath(path, dataDir, repoRoot);
const broken = (name: string) => join(fixturesDir, 'broken', `${name}.json`);
const SUMMARY_1 = '1 problem(s) in 1 file(s) checked; fix them and run the check again';

describe('corpus:check', () => {
  it('passes the bundled data folder, and counts its translations per language', () => {
    const { lines, exitCode, problems } = check(dataDir);
    expect({ exitCode, problems, first: lines[0] }).toEqual({
      exitCode: 0,
      problems: [],
      first: 'ok: 11 file(s) checked, 5 model(s) valid',
    });
    // Both languages complete: every translatable field of the bundled corpus, quotes included.
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(
        /^translations ru: (\d+) of \1 translated, 0 missing, 0 orphaned, 0 stale, 0 invalid$/,
      ),
      expect.stringMatching(
        /^translations uz: (\d+) of \1 translated, 0 missing, 0 orphaned, 0 stale, 0 invalid$/,
      ),
    ]);
  });

  it('passes one valid model file, checked against the bundled codebook', () => {
    expect(check(join(dataDir, 'models', 'japan.json'))).toEqual({
      lines: ['ok: 1 file(s) checked, 1 model(s) valid'],
      exitCode: 0,
      problems: [],
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
    [
      'array-not-object',
      '(root): is neither a corpus bundle nor a model (expected an object with a "models" list, or one model with "id", "name" and "codes")',
    ],
  ];
  it.each(cases)('rejects %s with a message naming the field', (name, message) => {
    expect(check(broken(name))).toMatchObject({
      lines: [`tests/fixtures/broken/${name}.json: ${message}`, SUMMARY_1],
      exitCode: 1,
    });
  });

  it('reports truncated JSON as unreadable, with line and column', () => {
    expect(check(broken('truncated'))).toMatchObject({
      lines: [
        'tests/fixtures/broken/truncated.json: line 25, column 134: is not valid JSON: end of text inside a string (is the file cut short?) (expected JSON text, as a text editor saves it)',
        '1 file(s) could not be read; nothing was checked',
      ],
      exitCode: 2,
    });
  });

  it('reports a missing path as unreadable', () => {
    expect(check(join(repoRoot, 'no-such-file.json'))).toMatchObject({
      lines: [
        'no-such-file.json: (whole file): cannot be read: not found (expected a file that exists and may be read)',
        '1 file(s) could not be read; nothing was checked',
      ],
      exitCode: 2,
    });
  });

  it('reports a repeated model id in a bundle', () => {
    expect(check(join(fixturesDir, 'bundles', 'duplicate-model.json')).lines[0]).toBe(
      'tests/fixtures/bundles/duplicate-model.json: models[1].id: repeats the model id "italy" (expected each model id once per corpus)',
    );
  });
});

describe('corpus:check agrees with the build and the app', () => {
  const temp = mkdtempSync(join(tmpdir(), 'corpus-check-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  /** A copy of data/ with one model changed. */
  const dataWith = (name: string, change: (italy: Record<string, unknown>) => void) => {
    const dir = join(temp, name);
    cpSync(dataDir, dir, { recursive: true });
    const file = join(dir, 'models', 'italy.json');
    const italy = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    change(italy);
    writeFileSync(file, JSON.stringify(italy));
    return dir;
  };
  const firstEvidence = (m: Record<string, unknown>) =>
    (m.evidence as Record<string, unknown>[])[0]!;
  const tempFile = (name: string, text: string) => {
    const file = join(temp, name);
    writeFileSync(file, text);
    return file;
  };

  it('passes a data folder whose evidence names its real source', () => {
    const dir = dataWith('named-source', (m) => {
      firstEvidence(m).source = 'foreign-experience-regional-clusters';
    });
    expect(check(dir)).toMatchObject({ exitCode: 0 });
  });

  it('refuses a data folder quoting words the article does not have there', () => {
    const dir = dataWith('misquote', (m) => {
      firstEvidence(m).locator = 'p30';
    });
    expect(check(dir)).toMatchObject({
      exitCode: 1,
      problems: [expect.objectContaining({ where: 'evidence[0].quote' })],
    });
  });

  it.each(['p46', 'p999'])('refuses a locator past the article (%s)', (locator) => {
    const dir = dataWith(`locator-${locator}`, (m) => {
      firstEvidence(m).locator = locator;
    });
    expect(check(dir).lines[0]).toMatch(
      new RegExp(
        `/models/italy\\.json: evidence\\[0\\]\\.locator: names paragraph ${locator}, but the source "foreign-experience-regional-clusters" has 45 paragraphs \\(expected a paragraph from p1 to p45\\)$`,
      ),
    );
  });

  it('never skips the quote check: a data folder without its article is unreadable', () => {
    const dir = join(temp, 'no-article');
    cpSync(dataDir, dir, { recursive: true });
    rmSync(join(dir, 'source'), { recursive: true });
    expect(check(dir)).toMatchObject({
      exitCode: 2,
      problems: [
        expect.objectContaining({
          file: join(dir, 'source', 'foreign-experience-regional-clusters.md'),
          problem: 'cannot be read: not found',
        }),
      ],
    });
  });

  /** A copy of data/ with one Russian translation file changed. */
  const ruWith = (name: string, file: string, change: (t: { entries: Entry[] }) => void) => {
    const dir = join(temp, name);
    cpSync(dataDir, dir, { recursive: true });
    const path = join(dir, 'i18n', 'ru', `${file}.json`);
    const t = JSON.parse(readFileSync(path, 'utf8')) as { entries: Entry[] };
    change(t);
    writeFileSync(path, JSON.stringify(t));
    return dir;
  };
  interface Entry {
    path: string;
    text: string;
    source: string;
  }

  it('counts missing translations without failing', () => {
    const dir = ruWith('ru-missing', 'models/japan', (t) => {
      t.entries.pop();
    });
    const { lines, exitCode } = check(dir);
    expect(exitCode).toBe(0);
    expect(lines[1]).toMatch(/^translations ru: \d+ of \d+ translated, \d+ missing, 0 orphaned/);
  });

  it('fails a stale translation and an orphaned one, naming each entry', () => {
    const dir = ruWith('ru-stale', 'models/japan', (t) => {
      t.entries[0]!.source = '00000000';
      t.entries.push({ path: 'actors.ghost.label', text: 'Призрак', source: '00000000' });
    });
    const { lines, exitCode } = check(dir);
    expect(exitCode).toBe(1);
    expect(lines[1]).toMatch(/, 1 orphaned, 1 stale, 0 invalid$/);
    expect(lines.slice(2, -1)).toEqual([
      expect.stringMatching(
        /^i18n\/ru\/models\/japan\.json: entries\[\d+\]\.path: translates "actors\.ghost\.label", which models\/japan no longer has/,
      ),
      expect.stringMatching(
        /^i18n\/ru\/models\/japan\.json: entries\[0\]\.source: the English of "name" changed after it was translated/,
      ),
    ]);
    // The other language, untouched, still passes.
    expect(lines.at(-1)).toMatch(/^translations uz: .* 0 orphaned, 0 stale, 0 invalid$/);
  });

  it('fails a translation file that is not JSON', () => {
    const dir = join(temp, 'ru-broken');
    cpSync(dataDir, dir, { recursive: true });
    writeFileSync(join(dir, 'i18n', 'ru', 'codebook.json'), '{"language": "ru",');
    const { lines, exitCode } = check(dir);
    expect(exitCode).toBe(1);
    expect(lines[2]).toMatch(/^i18n\/ru\/codebook\.json: \(root\): line 1, column \d+: /);
  });

  it('passes a bundle without a codebook, as the app does', () => {
    const japan = readFileSync(join(dataDir, 'models', 'japan.json'), 'utf8');
    expect(check(tempFile('no-codebook.json', `{"models": [${japan}]}`)).exitCode).toBe(0);
  });

  it('passes a file that starts with a byte-order mark, as the app does', () => {
    const japan = readFileSync(join(dataDir, 'models', 'japan.json'), 'utf8');
    expect(check(tempFile('bom.json', `\uFEFF${japan}`)).exitCode).toBe(0);
  });

  it('prints control characters from a file as visible escapes, never raw', () => {
    const japan = JSON.parse(readFileSync(join(dataDir, 'models', 'japan.json'), 'utf8')) as {
      id: string;
    };
    japan.id = '\u001b[31mred\u001b]0;title\u0007\u202e';
    const { lines } = check(tempFile('ansi.json', JSON.stringify(japan)));
    // No control character but the newlines that join the lines, and no bidi override.
    const shown = lines.join('\n');
    expect(
      [...shown].filter((c) => (c < ' ' && c !== '\n') || c === '\u007f' || c === '\u202e'),
    ).toEqual([]);
    expect(lines[0]).toContain('\\u001b[31mred');
    expect(forTerminal('a\u001bb\u009bc\u2066d')).toBe('a\\u001bb\\u009bc\\u2066d');
  });

  it('refuses a file over the size limit by its size, without reading it', () => {
    const big = tempFile('big.json', `"${'x'.repeat(5 * 1024 * 1024 + 10)}"`);
    expect(check(big)).toMatchObject({
      exitCode: 2,
      problems: [
        expect.objectContaining({
          problem: 'the file is 5.0 MB, 0.0 MB over the limit of 5.0 MB per file',
        }),
      ],
    });
  });

  it.runIf(existsSync('/dev/zero'))(
    'refuses an endless file at the limit instead of hanging',
    () => {
      expect(check('/dev/zero')).toMatchObject({
        exitCode: 2,
        lines: [
          '/dev/zero: (whole file): the file goes on past the limit of 5.0 MB per file, so it was not read to its end (expected a file of at most 5 MB)',
          '1 file(s) could not be read; nothing was checked',
        ],
      });
    },
  );
});

// Each test starts Node with tsx, which takes seconds on a busy two-core machine.
describe('the corpus:check command itself', { timeout: 60_000 }, () => {
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
    expect(ok.stdout.trim().split('\n')[0]).toBe('ok: 11 file(s) checked, 5 model(s) valid');
    expect(ok.stdout).toMatch(/^translations ru: \d+ of \d+ translated/m);
  });
});
