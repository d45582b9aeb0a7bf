import { lazy } from 'react';
import type { ComponentType } from 'react';
import type { ViewId } from '../state/views';
import { Overview } from './overview/Overview';

// The overview is the first page; every other view loads on demand to keep the first load small.
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

export interface ViewEntry {
  component: ComponentType;
  /** Whether the view shows models, and so needs the model picker. */
  showsModels: boolean;
}

export const VIEWS: Record<ViewId, ViewEntry> = {
  overview: { component: Overview, showsModels: true },
  compare: { component: named(() => import('./compare/Compare'), 'Compare'), showsModels: true },
  'state-role': {
    component: named(() => import('./state-role/StateRole'), 'StateRole'),
    showsModels: true,
  },
  governance: {
    component: named(() => import('./governance/Governance'), 'Governance'),
    showsModels: true,
  },
  sectors: { component: named(() => import('./sectors/Sectors'), 'Sectors'), showsModels: true },
  hierarchy: {
    component: named(() => import('./hierarchy/Hierarchy'), 'Hierarchy'),
    showsModels: true,
  },
  concepts: {
    component: named(() => import('./concepts/Concepts'), 'Concepts'),
    showsModels: false,
  },
  sources: { component: named(() => import('./sources/Sources'), 'Sources'), showsModels: false },
};
