/**
 * A component whose code loads on demand together with the whole string catalogue it needs (the
 * first page carries only its own strings; see i18n/index.ts).
 *
 * Once loaded it renders directly. React keeps a lazy's failure for good, so after a failure
 * the next mount gets a new lazy wrapper: a part whose code failed to load (a network blip) tries
 * again the next time it is shown. A failure leaves the part out (QuietBoundary) rather than
 * taking the whole page with it.
 */
import { createElement, lazy, useState } from 'react';
import type { ComponentType } from 'react';
import { ensureFullCatalogue } from '../i18n';
import { QuietBoundary } from './ErrorBoundary';

export function lazyWithStrings<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  // One download shared by a preload and a mount; dropped on failure so that a later try loads again.
  let pending: Promise<ComponentType<P>> | null = null;
  const fetchCode = () =>
    (pending ??= Promise.all([load(), ensureFullCatalogue()]).then(
      ([component]) => (loaded = component),
      (reason: unknown) => {
        pending = null;
        throw reason;
      },
    ));
  // Kept while loading (a suspended mount renders again and must find the same one); dropped
  // once its failure was caught, so that the next mount loads again.
  let current: ComponentType<P> | null = null;
  const attempt = () =>
    (current ??= lazy(() => fetchCode().then((component) => ({ default: component }))));
  const forget = () => {
    if (!loaded) current = null;
  };
  function OnDemand(props: P) {
    const [Component] = useState<ComponentType<P>>(() => loaded ?? attempt());
    return createElement(QuietBoundary, {
      onError: forget,
      children: createElement(Component, props),
    });
  }
  // Starts the download early (a pointer over or focus on the button that shows the part), so that
  // the part, once asked for, renders at once; a failed preload stays quiet (the mount retries).
  const preload = () => {
    if (!loaded) fetchCode().catch(() => undefined);
  };
  return Object.assign(OnDemand, { preload });
}
