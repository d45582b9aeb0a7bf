/**
 * Robustness measurement, not a test: runs `npm test` N times in a row while CPU-burning processes
 * (`yes > /dev/null`, two by default) run beside it, and prints pass or fail and the wall time of
 * each run. It answers "does the suite stay green on a busy machine, and how slow does it get?".
 *
 *   npx tsx tests/support/stress.ts                       # npm test, 10 runs, 2 burners
 *   npx tsx tests/support/stress.ts --runs 3 --burners 0  # idle timing
 *   npx tsx tests/support/stress.ts --runs 1 --command "npx vitest run tests/unit/url.test.ts"
 *
 * Each run's output goes to tests/.artifacts/stress/run-<n>.log; the screen gets one line per run.
 * Exits 0 only if every run passed.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from './paths';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    burners: { type: 'string', default: '2' },
    command: { type: 'string', default: 'npm test' },
  },
});
const runs = Number(values.runs);
const burnerCount = Number(values.burners);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(burnerCount) || burnerCount < 0) {
  console.error('--runs must be a whole number from 1, --burners a whole number from 0');
  process.exit(2);
}

const logs = join(repoRoot, 'tests', '.artifacts', 'stress');
mkdirSync(logs, { recursive: true });

/** One process that keeps a core busy: `yes` writing to /dev/null (stdio 'ignore' is /dev/null). */
function startBurner(): ChildProcess {
  const burner =
    process.platform === 'win32'
      ? spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' })
      : spawn('yes', [], { stdio: 'ignore' });
  burner.on('error', (e) => console.error(`could not start a CPU burner: ${e.message}`));
  return burner;
}

const burners = Array.from({ length: burnerCount }, startBurner);
let current: ChildProcess | null = null;
/** Stops only what this script started, each by its own process, and waits until they are gone. */
async function stopAll(): Promise<void> {
  const running = [...burners, current].filter(
    (p): p is ChildProcess => p !== null && p.exitCode === null && p.signalCode === null,
  );
  const gone = running.map((p) => new Promise((resolve) => p.once('exit', resolve)));
  for (const p of running) p.kill();
  await Promise.all(gone);
}
process.on('SIGINT', () => {
  void stopAll().then(() => process.exit(130));
});

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
/** The closing count: `npm test`'s "N passed, N failed", or Vitest's "Tests  N passed (N)". */
const SUMMARY = /^(\d+ passed, \d+ failed|Tests\s+.*\(\d+\))/;

interface RunResult {
  ok: boolean;
  seconds: number;
  summary: string;
  log: string;
}

function runOnce(n: number): Promise<RunResult> {
  const log = join(logs, `run-${n}.log`);
  const out = createWriteStream(log);
  const started = Date.now();
  let summary = '';
  let tail = '';
  return new Promise((resolve) => {
    const child = spawn(values.command, { cwd: repoRoot, shell: true, stdio: 'pipe' });
    current = child;
    const take = (chunk: Buffer) => {
      out.write(chunk);
      // Keep the last closing count the command printed.
      const lines = (tail + chunk.toString()).split('\n');
      tail = lines.pop() ?? '';
      for (const line of lines) {
        const plain = line.replace(ANSI, '').trim();
        if (SUMMARY.test(plain)) summary = plain.replace(/\s+/g, ' ');
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code) => {
      current = null;
      const last = tail.replace(ANSI, '').trim();
      if (SUMMARY.test(last)) summary = last.replace(/\s+/g, ' ');
      out.end();
      resolve({
        ok: code === 0,
        seconds: (Date.now() - started) / 1000,
        summary,
        log: relative(repoRoot, log),
      });
    });
  });
}

const clock = (s: number) =>
  `${Math.floor(s / 60)}m ${String(Math.round(s % 60)).padStart(2, '0')}s`;

console.log(
  `${runs} run(s) of "${values.command}" with ${burners.length} CPU burner(s) beside it` +
    (burners.length ? ` (yes > /dev/null, pids ${burners.map((b) => b.pid).join(', ')})` : ''),
);
const results: RunResult[] = [];
for (let n = 1; n <= runs; n++) {
  const r = await runOnce(n);
  results.push(r);
  console.log(
    `run ${n}/${runs}  ${r.ok ? 'PASS' : 'FAIL'}  ${clock(r.seconds)}` +
      `${r.summary ? `  (${r.summary})` : ''}  load ${loadavg()[0]!.toFixed(1)}  log: ${r.log}`,
  );
}
await stopAll();

const times = results.map((r) => r.seconds).sort((a, b) => a - b);
const passed = results.filter((r) => r.ok).length;
console.log(
  `${passed} of ${runs} passed; wall time min ${clock(times[0]!)}, ` +
    `median ${clock(times[Math.floor((times.length - 1) / 2)]!)}, max ${clock(times.at(-1)!)}`,
);
process.exit(passed === runs ? 0 : 1);
