import { createElement, lazy, useState } from 'react';
import type { ComponentType } from 'react';
import type { ViewId } from '../corpus/vocabulary';
import { ensureFullCatalogue } from '../i18n';
import { Overview } from './overview/Overview';

// The overview is the first page; every other view loads on demand to keep the first load small.
const loaders = {
  compare: () => import('./compare/Compare').then((m) => m.Compare),
  'state-role': () => import('./state-role/StateRole').then((m) => m.StateRole),
  governance: () => import('./governance/Governance').then((m) => m.Governance),
  sectors: () => import('./sectors/Sectors').then((m) => m.Sectors),
  hierarchy: () => import('./hierarchy/Hierarchy').then((m) => m.Hierarchy),
  fit: () => import('./fit/Fit').then((m) => m.Fit),
  tours: () => import('./tours/Tours').then((m) => m.Tours),
  concepts: () => import('./concepts/Concepts').then((m) => m.Concepts),
  sources: () => import('./sources/Sources').then((m) => m.Sources),
  handout: () => import('./handout/Handout').then((m) => m.Handout),
  editor: () => import('./editor/Editor').then((m) => m.Editor),
  model: () => import('./model/ModelPage').then((m) => m.ModelPage),
  article: () => import('./article/ArticleView').then((m) => m.ArticleView),
} satisfies Record<Exclude<ViewId, 'overview'>, () => Promise<ComponentType>>;

type OnDemandId = keyof typeof loaders;
const loaded = new Map<OnDemandId, ComponentType>();

function load(id: OnDemandId): Promise<ComponentType> {
  // A view's strings are in the whole catalogue, which the first page does not carry.
  return Promise.all([loaders[id](), ensureFullCatalogue()]).then(([component]) => {
    loaded.set(id, component);
    return component;
  });
}

/**
 * The lazy wrapper of each view whose code is still to load. React keeps a lazy's failure for
 * good, so once a failure has been shown (see forgetFailedLoads) the next mount gets a new one,
 * which loads the code again: Retry after a network blip works without reloading the page.
 */
const attempts = new Map<OnDemandId, ComponentType>();

function attempt(id: OnDemandId): ComponentType {
  let component = attempts.get(id);
  if (!component) {
    component = lazy(() => load(id).then((loadedView) => ({ default: loadedView })));
    attempts.set(id, component);
  }
  return component;
}

/** Called once a view's failure is on screen: its next mount loads its code afresh. */
export function forgetFailedLoads(): void {
  for (const id of attempts.keys()) if (!loaded.has(id)) attempts.delete(id);
}

/**
 * A view whose code loads on demand. Once its module is in, it renders directly; only the first
 * visit to a view not yet loaded goes through Suspense (whose reveal React holds back ~300 ms).
 * Which of the two a mounted view renders is decided once: switching from the lazy wrapper to the
 * component on a later render would remount the view, losing its focus and its own state.
 */
function onDemand(id: OnDemandId): ComponentType {
  function OnDemandView() {
    const [Component] = useState(() => loaded.get(id) ?? attempt(id));
    return createElement(Component);
  }
  return OnDemandView;
}

export interface ViewEntry {
  component: ComponentType;
  /** Whether the view shows models, and so needs the model picker. */
  showsModels: boolean;
}

export const VIEWS: Record<ViewId, ViewEntry> = {
  overview: { component: Overview, showsModels: true },
  compare: { component: onDemand('compare'), showsModels: true },
  'state-role': { component: onDemand('state-role'), showsModels: true },
  governance: { component: onDemand('governance'), showsModels: true },
  sectors: { component: onDemand('sectors'), showsModels: true },
  hierarchy: { component: onDemand('hierarchy'), showsModels: true },
  fit: { component: onDemand('fit'), showsModels: true },
  tours: { component: onDemand('tours'), showsModels: false },
  concepts: { component: onDemand('concepts'), showsModels: false },
  sources: { component: onDemand('sources'), showsModels: false },
  handout: { component: onDemand('handout'), showsModels: true },
  editor: { component: onDemand('editor'), showsModels: false },
  model: { component: onDemand('model'), showsModels: false },
  article: { component: onDemand('article'), showsModels: false },
};

/**
 * Starts loading a view's code: beside the corpus for the view a link opens (so a deep link
 * renders its view at once), and when the reader shows intent (pointer over, or focus on, its
 * link), so the view is usually in by the time of the click; loading every view up front cost the
 * first page measurable blocking time on phones. Never rejects.
 */
export function preloadView(id: ViewId): Promise<unknown> {
  if (id === 'overview') return Promise.resolve();
  return load(id).catch(() => undefined);
}
