/**
 * Links made from the store's state, for components: they ask here instead of reading or
 * editing the page's address themselves.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, useAppStoreApi } from './selectors';
import type { AppState } from './store';
import type { Bundle } from '../corpus/schema';
import { absoluteUrl, hrefFor, NO_CORPUS } from './url';
import type { AddressState, UrlContext } from './url';
import { urlContextOfBundle, urlStateOf } from './useUrlSync';

const selectBundle = (s: AppState) => (s.corpus.status === 'ready' ? s.corpus.bundle : null);

function useUrlContext(): UrlContext {
  const bundle = useAppStore(selectBundle);
  return useMemo(() => (bundle ? urlContextOfBundle(bundle) : NO_CORPUS), [bundle]);
}

/**
 * Relative links to the current state with a change, e.g. `linkTo({ view: 'sources' })`: each
 * carries the rest of what is shown (models, language), so "open in new tab" shows the same.
 */
export function useLinkTo(): (change: Partial<AddressState>) => string {
  const state = useAppStore(useShallow(urlStateOf));
  const context = useUrlContext();
  return (change) => hrefFor({ ...state, ...change }, context);
}

/** The full address of what is shown now, with a change if given (`{ embed: true }`). */
export function usePermalink(change: Partial<AddressState> = {}): string {
  return absoluteUrl(useLinkTo()(change));
}

/** Where a model's id goes in the address of its page (ids are slugs: no character to escape). */
const MODEL_SLOT = '__model__';
const modelHrefs = new WeakMap<AppState, string>();
const urlContexts = new WeakMap<Bundle, UrlContext>();

/**
 * The address of "a model's page" for the state now, with a slot for the model: written once per
 * state, however many links ask. Each link writing its own full address cost the overview's
 * 200 cards a quarter of a second on every change of selection at 4× throttle.
 */
function selectModelHrefTemplate(s: AppState): string {
  let href = modelHrefs.get(s);
  if (href === undefined) {
    const bundle = selectBundle(s);
    let context = NO_CORPUS;
    if (bundle) {
      context = urlContexts.get(bundle) ?? urlContextOfBundle(bundle);
      urlContexts.set(bundle, context);
    }
    const change = { view: 'model', model: MODEL_SLOT, evidence: null, part: null } as const;
    href = hrefFor({ ...urlStateOf(s), ...change }, context);
    modelHrefs.set(s, href);
  }
  return href;
}

/**
 * The address of a model's page as of now, for links to it (cards, charts, tables): read from the
 * store when asked, not followed. The address carries the selection, so every link that followed
 * it was drawn again on each change of selection: with 200 models, 200 chart names each given a
 * new address of 200 ids, some 10–25 ms of the change at 4× throttle (measured). A link asks again
 * whenever its reader may use its address (ModelPageLink).
 */
export function useModelPageHref(): (model: string) => string {
  const store = useAppStoreApi();
  return (model) =>
    selectModelHrefTemplate(store.getState()).replace(MODEL_SLOT, encodeURIComponent(model));
}
