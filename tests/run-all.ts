/**
 * `npm test`: every check in one command — types, lint, formatting, the corpus, the production
 * build, the size budget, then all Vitest suites (unit, component, end-to-end in Chromium).
 * Ends with one plain line "N passed, N failed" counting every test and every check.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './support/paths';

const artifacts = join(repoRoot, 'tests', '.artifacts');
mkdirSync(artifacts, { recursive: true });
const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);

const checks: { name: string; command: string; args: string[] }[] = [
  {
    name: 'typecheck',
    command: process.execPath,
    args: [
      join(repoRoot, 'node_modules/typescript-native/bin/tsc'),
      '--noEmit',
      '-p',
      'tsconfig.json',
    ],
  },
  { name: 'lint', command: bin('eslint'), args: ['--max-warnings', '0', '.'] },
  { name: 'format', command: bin('prettier'), args: ['--check', '.'] },
  { name: 'corpus:check', command: bin('tsx'), args: ['src/cli/corpus-check.ts'] },
  { name: 'build', command: bin('vite'), args: ['build', '--logLevel', 'warn'] },
  { name: 'budget', command: bin('tsx'), args: ['tests/budget/initial-js.ts'] },
];

let passed = 0;
let failed = 0;
let skipped = 0;
const failures: string[] = [];

for (const check of checks) {
  console.log(`\n▶ ${check.name}`);
  const result = spawnSync(check.command, check.args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status === 0) passed += 1;
  else {
    failed += 1;
    failures.push(check.name);
  }
}

console.log('\n▶ vitest (unit, component, e2e)');
const report = join(artifacts, 'vitest.json');
rmSync(report, { force: true });
const vitest = spawnSync(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  {
    cwd: repoRoot,
    stdio: 'inherit',
  },
);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numTotalTestSuites: number;
    numFailedTestSuites: number;
  };
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
  if (r.numFailedTests > 0) failures.push('vitest tests');
  // A suite that fails to load has no tests to count; count it as one failure.
  if (vitest.status !== 0 && r.numFailedTests === 0) {
    failed += 1;
    failures.push('vitest (a suite failed to run)');
  }
} else {
  failed += 1;
  failures.push('vitest (no report written)');
}

console.log(failures.length ? `\nfailed: ${failures.join(', ')}` : '\nall checks and tests passed');
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
