/**
 * Fetches the corpus bundle the build emitted and validates it before anything uses it.
 */
import { formatIssue } from './issues';
import { parseJsonText } from './json-text';
import { validateBundle } from './validate';
import type { Bundle } from './schema';

/** Where the corpus stands: still loading, ready, or failed (with what to tell the reader). */
export type CorpusStatus =
  | { status: 'loading' }
  | { status: 'ready'; bundle: Bundle }
  | { status: 'error'; kind: 'network' | 'invalid'; detail: string; problems: string[] };

export const CORPUS_URL = 'corpus.json';

export async function loadCorpus(
  url: string = CORPUS_URL,
  fetcher: typeof fetch = fetch,
): Promise<CorpusStatus> {
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
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const problem = `${url}: not valid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.problem}`;
    return { status: 'error', kind: 'invalid', detail: url, problems: [problem] };
  }
  const result = validateBundle(parsed.value);
  if (!result.ok) {
    return {
      status: 'error',
      kind: 'invalid',
      detail: url,
      problems: result.issues.map(formatIssue),
    };
  }
  return { status: 'ready', bundle: result.value };
}
