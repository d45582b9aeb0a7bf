/**
 * Links made from the store's state, for components: they ask here instead of reading or
 * editing the page's address themselves.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from './selectors';
import type { AppState } from './store';
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
