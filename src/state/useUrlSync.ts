/**
 * Keeps the URL and the store in step once the corpus is known: the URL is read on load and on
 * Back/Forward; every later change of URL-borne state pushes a history entry.
 */
import { useEffect } from 'react';
import type { Bundle } from '../corpus/schema';
import type { AppState, AppStore } from './store';
import { parseUrlState, serializeUrlState } from './url';
import type { UrlContext, UrlState } from './url';

export const urlStateOf = (s: AppState): UrlState => ({
  view: s.view,
  models: s.selectedModels,
  focus: s.focus,
  evidence: s.evidence,
  lang: s.lang,
  profile: s.profile,
  embed: s.embed,
  present: s.present,
  tour: s.tour,
  step: s.step,
});

export function urlContextOf(s: AppState): UrlContext {
  return s.corpus.status === 'ready' ? urlContextOfBundle(s.corpus.bundle) : { modelIds: [] };
}

/** What the URL parser and serializer need to know of a corpus: its model ids and tour lengths. */
export function urlContextOfBundle({ models, tours }: Bundle): UrlContext {
  return {
    modelIds: models.map((m) => m.id),
    tourSteps: Object.fromEntries(tours.map((t) => [t.id, t.steps.length])),
  };
}

export function useUrlSync(store: AppStore, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const readLocation = (withNotices: boolean) => {
      const s = store.getState();
      const { state, notices } = parseUrlState(window.location.search, urlContextOf(s));
      s.applyUrlState(state);
      if (withNotices && notices.length) store.getState().addNotices(notices);
    };
    readLocation(true);
    // Write back the canonical form (invalid parameters dropped) without adding a history entry.
    const canonical = serializeUrlState(
      urlStateOf(store.getState()),
      urlContextOf(store.getState()),
    );
    if (canonical !== window.location.search) {
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}${canonical}${window.location.hash}`,
      );
    }
    const onPop = () => readLocation(true);
    window.addEventListener('popstate', onPop);
    const unsubscribe = store.subscribe((s, prev) => {
      const next = serializeUrlState(urlStateOf(s), urlContextOf(s));
      if (next === serializeUrlState(urlStateOf(prev), urlContextOf(prev))) return;
      if (next !== window.location.search)
        window.history.pushState(null, '', `${window.location.pathname}${next}`);
    });
    return () => {
      window.removeEventListener('popstate', onPop);
      unsubscribe();
    };
  }, [store, ready]);
}
