/**
 * Fetches the corpus bundle the build emitted and validates it before anything uses it.
 *
 * The text is read with JSON.parse rather than the guarded parser (json-text.ts): this file is
 * the build's own output, which the build wrote only after the one validation route had parsed
 * the same data with every guard (nesting depth, repeated keys). The schema and the cross-checks
 * still run here, so the app trusts nothing it has not validated; the guarded parser stays for
 * text from outside (a user's files, stored data) and keeps ~1 KB off the first page.
 */
import { CORPUS_URL } from './bundle-url';
import type { CorpusIssue } from './issues';
import type { Bundle } from './schema';

/** Where the corpus stands: still loading, ready, or failed (with what to tell the reader). */
export type CorpusStatus =
  | { status: 'loading' }
  | { status: 'ready'; bundle: Bundle }
  | { status: 'error'; kind: 'network' | 'invalid'; detail: string; problems: string[] };

export async function loadCorpus(
  url: string = CORPUS_URL,
  fetcher: typeof fetch = fetch,
): Promise<CorpusStatus> {
  // The schema and the cross-checks (validate.ts runs the same two stages) are chunks of their
  // own, fetched beside the corpus rather than carried by the first page's script: the page's
  // script runs, and the corpus request starts, that much sooner.
  const schema = import('./schema');
  const checks = import('./checks');
  schema.catch(() => undefined);
  checks.catch(() => undefined);
  let text: string;
  try {
    const response = await fetcher(url);
    if (!response.ok) {
      return { status: 'error', kind: 'network', detail: `HTTP ${response.status}`, problems: [] };
    }
    text = await response.text();
  } catch (e) {
    return {
      status: 'error',
      kind: 'network',
      detail: e instanceof Error ? e.message : String(e),
      problems: [],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // The engine's message says where (Chromium: "… at position 120 (line 4 column 7)").
    const problem = `${url}: not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
    return { status: 'error', kind: 'invalid', detail: url, problems: [problem] };
  }
  let bundleSchema: Awaited<typeof schema>['bundleSchema'];
  try {
    ({ bundleSchema } = await schema);
  } catch (e) {
    return {
      status: 'error',
      kind: 'network',
      detail: `its schema could not load (${e instanceof Error ? e.message : String(e)})`,
      problems: [],
    };
  }
  const parsed = bundleSchema.safeParse(value, { reportInput: true });
  const issues: CorpusIssue[] = parsed.success
    ? await checks.then(
        ({ checkBundle }) => checkBundle(parsed.data),
        (e: unknown) => [
          {
            path: [],
            problem: `its checks could not load (${e instanceof Error ? e.message : String(e)})`,
            expected: 'a network that serves the app; reload to try again',
          },
        ],
      )
    : [];
  if (parsed.success && issues.length === 0) return { status: 'ready', bundle: parsed.data };
  // How problems are worded is needed only when there are some: that code loads then.
  const problems = await import('./issues').then(
    ({ formatIssue, fromZodIssues }) =>
      (parsed.success ? issues : fromZodIssues(parsed.error.issues)).map(formatIssue),
    (e: unknown) => [`${url}: invalid (${e instanceof Error ? e.message : String(e)})`],
  );
  return { status: 'error', kind: 'invalid', detail: url, problems };
}
