/**
 * Keeps the URL and the store in step once the corpus is known: the URL is read once on load
 * (by the entry point before the first render, or here on mount when it could not) and on
 * Back/Forward; every later change of URL-borne state pushes a history entry.
 */
import { useEffect } from 'react';
import type { Bundle } from '../corpus/schema';
import { toursOf } from './store';
import type { AppState, AppStore } from './store';
import { currentAddress, parseUrlState, serializeUrlState } from './url';
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
  part: s.part,
  coding: s.coding,
  model: s.pageModel,
  p: s.paragraph,
});

/** The corpus's model ids and every tour the app can run now: the corpus's and the lecturer's own. */
export function urlContextOf(s: AppState): UrlContext {
  return s.corpus.status === 'ready'
    ? urlContextOfBundle({
        models: s.corpus.bundle.models,
        tours: toursOf(s),
        sources: s.corpus.bundle.sources,
      })
    : { modelIds: [] };
}

/** What the URL parser and serializer need to know of a corpus: model ids, tour lengths, coders. */
export function urlContextOfBundle({
  models,
  tours,
  sources = [],
}: Pick<Bundle, 'models' | 'tours'> & Partial<Pick<Bundle, 'sources'>>): UrlContext {
  return {
    modelIds: models.map((m) => m.id),
    tourSteps: Object.fromEntries(tours.map((t) => [t.id, t.steps.length])),
    // Written out rather than taken from corpus/codings, which the first page does not carry.
    coderIds: sources
      .flatMap((s) => s.coders ?? [])
      .flatMap((c) => (c.role === 'reconciled' ? [] : [c.id])),
  };
}

/** Stores that have read the address they were opened with, so it is parsed once, not twice. */
const openedFromAddress = new WeakSet<AppStore>();

/** Reads the current address into the store, with notices for what was set aside. */
function readAddress(store: AppStore): void {
  const s = store.getState();
  const { state, notices } = parseUrlState(currentAddress().search, urlContextOf(s));
  s.applyUrlState(state);
  if (notices.length) store.getState().addNotices(notices);
}

/**
 * Applies the address the page was opened with, once the corpus is in: the entry point calls it
 * before the first render so a deep link never flashes the overview; useUrlSync then skips it.
 */
export function applyOpeningAddress(store: AppStore): void {
  if (openedFromAddress.has(store) || store.getState().corpus.status !== 'ready') return;
  openedFromAddress.add(store);
  readAddress(store);
}

/**
 * Whether anything the address is written from changed. Most changes of the store (a hover's
 * highlight, a notice, a draft answer) touch none of it; writing both addresses to compare them
 * cost about 6 ms at 4× throttle with 200 models, on every one of them.
 */
export function addressInputsChanged(s: AppState, prev: AppState): boolean {
  if (s.corpus !== prev.corpus || s.content !== prev.content || s.ownTours !== prev.ownTours)
    return true;
  const now = urlStateOf(s);
  const before = urlStateOf(prev);
  return (Object.keys(now) as (keyof UrlState)[]).some((k) => !Object.is(now[k], before[k]));
}

function pathWith(search: string): string {
  const { pathname, hash } = window.location;
  return `${pathname}${search}${hash}`;
}

export function useUrlSync(store: AppStore, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    applyOpeningAddress(store);
    // Write back the canonical form (invalid parameters dropped) without adding a history entry.
    const canonical = serializeUrlState(
      urlStateOf(store.getState()),
      urlContextOf(store.getState()),
    );
    if (canonical !== currentAddress().search) {
      window.history.replaceState(null, '', pathWith(canonical));
    }
    const onPop = () => readAddress(store);
    window.addEventListener('popstate', onPop);
    // The address of the state last seen, so the one before a change is not written again (with
    // 200 models each writing took some 8 ms at 4× throttle, on every change of selection).
    let seen: { state: AppState; address: string } | null = null;
    const addressOf = (s: AppState) =>
      seen?.state === s ? seen.address : serializeUrlState(urlStateOf(s), urlContextOf(s));
    const unsubscribe = store.subscribe((s, prev) => {
      if (!addressInputsChanged(s, prev)) {
        if (seen?.state === prev) seen = { state: s, address: seen.address };
        return;
      }
      const before = addressOf(prev);
      const next = addressOf(s);
      seen = { state: s, address: next };
      if (next === before) return;
      if (next !== currentAddress().search)
        window.history.pushState(null, '', `${window.location.pathname}${next}`);
    });
    return () => {
      window.removeEventListener('popstate', onPop);
      unsubscribe();
    };
  }, [store, ready]);
}
