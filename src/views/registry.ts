import { lazy } from 'react';
import type { ComponentType } from 'react';
import type { ViewId } from '../state/views';
import { Overview } from './overview/Overview';

// The overview is the first page; other views load on demand to keep the first load small.
const Concepts = lazy(() => import('./concepts/Concepts').then((m) => ({ default: m.Concepts })));
const Sources = lazy(() => import('./sources/Sources').then((m) => ({ default: m.Sources })));

export interface ViewEntry {
  component: ComponentType;
  /** Whether the view shows models, and so needs the model picker. */
  showsModels: boolean;
}

export const VIEWS: Record<ViewId, ViewEntry> = {
  overview: { component: Overview, showsModels: true },
  concepts: { component: Concepts, showsModels: false },
  sources: { component: Sources, showsModels: false },
};
