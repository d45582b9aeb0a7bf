/**
 * The one entry point for untrusted corpus data: schema first, then the cross-checks.
 * Callers get either typed data they can trust or a list of located issues, never an exception.
 */
import { bundleSchema, codebookSchema, modelSchema } from './schema.ts';
import type { Bundle, Codebook, Model } from './schema.ts';
import { checkBundle, checkModel } from './checks.ts';
import { fromZodIssues } from './issues.ts';
import type { CorpusIssue } from './issues.ts';
import type { ArticleText } from './source-text.ts';

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: CorpusIssue[] };

function fail<T>(issues: CorpusIssue[]): Validated<T> {
  return { ok: false, issues };
}

/** With the article's text, quotes from it are checked word for word too. */
export function validateBundle(input: unknown, article?: ArticleText): Validated<Bundle> {
  const parsed = bundleSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues));
  const issues = checkBundle(parsed.data, article);
  return issues.length ? fail(issues) : { ok: true, value: parsed.data };
}

export function validateCodebook(input: unknown): Validated<Codebook> {
  const parsed = codebookSchema.safeParse(input, { reportInput: true });
  return parsed.success
    ? { ok: true, value: parsed.data }
    : fail(fromZodIssues(parsed.error.issues));
}

export function validateModel(input: unknown, codebook: Codebook): Validated<Model> {
  const parsed = modelSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues));
  const issues = checkModel(parsed.data, codebook);
  return issues.length ? fail(issues) : { ok: true, value: parsed.data };
}
