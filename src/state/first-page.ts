/**
 * Which state a page was drawn in, as one string: the build bakes the first page in one state
 * (bake.tsx writes its key into index.html) and the browser hydrates that HTML only when its own
 * opening state has the same key; any other link, language or corpus renders afresh. The key
 * holds everything the first screen's markup depends on: the canonical address (view, models,
 * tour, coding…), the language, whose corpus, and whether notices are shown.
 */
import type { AppState } from './store';
import { serializeUrlState } from './url';
import { urlContextOf, urlStateOf } from './useUrlSync';

export function firstPageKey(s: AppState): string {
  const address = serializeUrlState(urlStateOf(s), urlContextOf(s));
  return [
    address || '?',
    s.lang,
    s.content ? `content-${s.content.lang}` : 'content-en',
    s.coded ? `coded-${s.coded.coder}` : 'reconciled',
    s.corpusOrigin.kind,
    `notices-${s.notices.length}`,
  ].join(' ');
}
