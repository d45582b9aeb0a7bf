/**
 * A component whose code loads on demand together with the whole string catalogue it needs (the
 * first page carries only its own strings; see i18n/index.ts).
 */
import { lazy } from 'react';
import type { ComponentType } from 'react';
import { ensureFullCatalogue } from '../i18n';

export function lazyWithStrings<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(() =>
    Promise.all([load(), ensureFullCatalogue()]).then(([component]) => ({ default: component })),
  );
}
