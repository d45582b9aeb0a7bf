/**
 * The logic of `npm run corpus:check -- [PATH]`, kept apart from process handling so that tests
 * can call it directly. PATH is a data folder, one model file, or a corpus bundle file.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allFiles, readDataDir, readJsonFile } from '../corpus/data-dir';
import type { ReadResult } from '../corpus/data-dir';
import { checkBundle, checkTour } from '../corpus/checks';
import { formatIssue } from '../corpus/issues';
import type { CorpusIssue } from '../corpus/issues';
import type { Codebook, Model } from '../corpus/schema';
import { validateBundle, validateCodebook, validateModel } from '../corpus/validate';
import { conceptsSchema, sourceSchema, tourSchema } from '../corpus/schema';
import { fromZodIssues } from '../corpus/issues';
import * as z from 'zod/mini';

export const EXIT_VALID = 0;
export const EXIT_INVALID = 1;
export const EXIT_UNREADABLE = 2;

export interface CheckReport {
  lines: string[];
  exitCode: number;
}

interface Finding {
  file: string;
  issue: CorpusIssue;
}

const show = (cwd: string, file: string) => relative(cwd, file) || file;

function summary(problems: number, files: number, models: number): string {
  if (problems === 0) return `ok: ${files} file(s) checked, ${models} model(s) valid`;
  return `${problems} problem(s) in ${files} file(s) checked; fix them and run the check again`;
}

function unreadable(cwd: string, broken: ReadResult[]): CheckReport {
  const lines = broken.flatMap((r) => (r.ok ? [] : [`${show(cwd, r.file)}: ${r.problem}`]));
  lines.push(`${lines.length} file(s) could not be read; nothing was checked`);
  return { lines, exitCode: EXIT_UNREADABLE };
}

function report(cwd: string, findings: Finding[], files: number, models: number): CheckReport {
  const lines = findings.map((f) => `${show(cwd, f.file)}: ${formatIssue(f.issue)}`);
  lines.push(summary(findings.length, files, models));
  return { lines, exitCode: findings.length ? EXIT_INVALID : EXIT_VALID };
}

function checkDataDir(dir: string, cwd: string): CheckReport {
  const files = readDataDir(dir);
  const all = allFiles(files);
  const broken = all.filter((f) => !f.ok);
  if (broken.length) return unreadable(cwd, broken);
  const value = (r: ReadResult | undefined) => (r?.ok ? r.value : undefined);

  const findings: Finding[] = [];
  const codebook = validateCodebook(value(files.codebook));
  if (!codebook.ok) {
    codebook.issues.forEach((issue) => findings.push({ file: files.codebook.file, issue }));
    return report(cwd, findings, all.length, 0);
  }
  const sideFiles: [ReadResult | undefined, z.ZodMiniType][] = [
    [files.sources, z.array(sourceSchema)],
    [files.concepts, conceptsSchema],
  ];
  for (const [file, schema] of sideFiles) {
    if (!file) continue;
    const parsed = schema.safeParse(value(file), { reportInput: true });
    if (!parsed.success)
      fromZodIssues(parsed.error.issues).forEach((issue) =>
        findings.push({ file: file.file, issue }),
      );
  }
  const valid: { file: string; model: Model }[] = [];
  for (const file of files.models) {
    const result = validateModel(value(file), codebook.value);
    if (result.ok) valid.push({ file: file.file, model: result.value });
    else result.issues.forEach((issue) => findings.push({ file: file.file, issue }));
  }
  if (files.models.length === 0) {
    findings.push({
      file: join(dir, 'models'),
      issue: {
        path: [],
        problem: 'holds no model files',
        expected: 'at least one models/<id>.json',
      },
    });
  }
  const modelIds = new Set(valid.map((v) => v.model.id));
  for (const file of files.tours) {
    const parsed = tourSchema.safeParse(value(file), { reportInput: true });
    if (!parsed.success)
      fromZodIssues(parsed.error.issues).forEach((issue) =>
        findings.push({ file: file.file, issue }),
      );
    else
      checkTour(parsed.data, modelIds).forEach((issue) =>
        findings.push({ file: file.file, issue }),
      );
  }
  // Corpus-wide rules (model ids unique) once every model is valid on its own.
  if (findings.length === 0) {
    const bundleIssues = checkBundle({
      codebook: codebook.value,
      sources: [],
      concepts: { items: [] },
      tours: [],
      models: valid.map((v) => v.model),
    });
    for (const issue of bundleIssues) {
      const index = issue.path[1];
      const file = typeof index === 'number' ? (valid[index]?.file ?? dir) : dir;
      findings.push({ file, issue: { ...issue, path: issue.path.slice(2) } });
    }
  }
  return report(cwd, findings, all.length, valid.length);
}

function checkFile(file: string, bundledCodebook: string, cwd: string): CheckReport {
  const read = readJsonFile(file);
  if (!read.ok) return unreadable(cwd, [read]);
  const value = read.value;
  const isBundle =
    typeof value === 'object' && value !== null && !Array.isArray(value) && 'models' in value;
  if (isBundle) {
    const result = validateBundle(value);
    const findings = result.ok ? [] : result.issues.map((issue) => ({ file, issue }));
    return report(cwd, findings, 1, result.ok ? result.value.models.length : 0);
  }
  const codebookFile = readJsonFile(bundledCodebook);
  if (!codebookFile.ok) return unreadable(cwd, [codebookFile]);
  const codebook = validateCodebook(codebookFile.value);
  if (!codebook.ok) {
    return report(
      cwd,
      codebook.issues.map((issue) => ({ file: bundledCodebook, issue })),
      2,
      0,
    );
  }
  const result = validateModel(value, codebook.value as Codebook);
  return report(
    cwd,
    result.ok ? [] : result.issues.map((issue) => ({ file, issue })),
    1,
    result.ok ? 1 : 0,
  );
}

/** Checks PATH (folder, model file or bundle file); `dataDir` holds the bundled codebook. */
export function checkCorpusPath(path: string, dataDir: string, cwd: string): CheckReport {
  if (!existsSync(path)) {
    return {
      lines: [`${show(cwd, path)}: cannot be read: not found`, 'nothing was checked'],
      exitCode: EXIT_UNREADABLE,
    };
  }
  return statSync(path).isDirectory()
    ? checkDataDir(path, cwd)
    : checkFile(path, join(dataDir, 'codebook.json'), cwd);
}
