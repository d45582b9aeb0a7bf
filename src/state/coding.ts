/**
 * Puts the corpus as the chosen coder (`coding=`) coded it beside the corpus in the store. The
 * codings code (corpus/codings.ts) loads on first use, so a reader who never picks a coder never
 * fetches it; until it is in, the views show the reconciled coding. One coded corpus per corpus
 * and coder, so selectors get the same object back each time.
 */
import type { Bundle } from '../corpus/schema';
import { textBundle } from './store';
import type { AppStore } from './store';

const made = new WeakMap<Bundle, Map<string, Promise<Bundle>>>();

function codedBy(bundle: Bundle, coder: string): Promise<Bundle> {
  const byCoder = made.get(bundle) ?? new Map<string, Promise<Bundle>>();
  made.set(bundle, byCoder);
  let pending = byCoder.get(coder);
  if (!pending) {
    pending = import('../corpus/codings').then(({ bundleUnder }) => bundleUnder(bundle, coder));
    byCoder.set(coder, pending);
  }
  return pending;
}

/** Makes the store show its corpus under the coder it names; resolves when done. */
export async function showCoding(store: AppStore): Promise<void> {
  const s = store.getState();
  const source = textBundle(s);
  const coder = s.coding;
  if (!source || !coder) return;
  if (s.coded?.source === source && s.coded.coder === coder) return;
  const bundle = await codedBy(source, coder).catch(() => null);
  const now = store.getState();
  // Only if the reader still wants this coder for this corpus.
  if (bundle && now.coding === coder && textBundle(now) === source)
    now.setCoded({ source, coder, bundle });
}
