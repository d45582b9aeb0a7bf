/**
 * The views that present as slides, and how: each loads its slide component on demand (it is
 * never in the first page's code) and names the title of each of its parts. A view not listed here
 * is a text page; presented, it shows as a page in large type.
 */
import { lazy } from 'react';
import type { ComponentType } from 'react';
import type { SlidePart, ViewId } from '../corpus/vocabulary';
import { ensureFullCatalogue } from '../i18n';
import type { SlideProps } from './shared/slide-box';

type SlideLoader = () => Promise<ComponentType<SlideProps>>;

interface SlideEntry {
  load: SlideLoader;
  /** The i18n key of each part's slide title. */
  titles: Partial<Record<SlidePart, string>>;
}

export const SLIDES: Partial<Record<ViewId, SlideEntry>> = {
  'state-role': {
    load: () => import('./state-role/StateRoleSlide').then((m) => m.StateRoleSlide),
    titles: { chart: 'stateRole.title' },
  },
  overview: {
    load: () => import('./overview/OverviewSlide').then((m) => m.OverviewSlide),
    titles: { cards: 'slides.overview' },
  },
  compare: {
    load: () => import('./compare/CompareSlide').then((m) => m.CompareSlide),
    titles: {
      codes: 'slides.compareCodes',
      actors: 'slides.compareActors',
      instruments: 'slides.compareInstruments',
      lessons: 'slides.compareLessons',
    },
  },
  fit: {
    load: () => import('./fit/FitSlide').then((m) => m.FitSlide),
    titles: { ranking: 'slides.fitRanking' },
  },
  governance: {
    load: () => import('./governance/GovernanceSlide').then((m) => m.GovernanceSlide),
    titles: { chart: 'governance.title' },
  },
  sectors: {
    load: () => import('./sectors/SectorsSlide').then((m) => m.SectorsSlide),
    titles: { chart: 'sectors.title' },
  },
  hierarchy: {
    load: () => import('./hierarchy/HierarchySlide').then((m) => m.HierarchySlide),
    titles: { chart: 'hierarchy.title' },
  },
};

const components = new Map<ViewId, ComponentType<SlideProps>>();

/** The slide component of a view (lazy: Suspense shows its loading state the first time). */
export function slideComponent(view: ViewId): ComponentType<SlideProps> | null {
  const entry = SLIDES[view];
  if (!entry) return null;
  let component = components.get(view);
  if (!component) {
    component = lazy(() =>
      Promise.all([entry.load(), ensureFullCatalogue()]).then(
        ([c]) => ({ default: c }),
        (error: unknown) => {
          // React keeps a lazy's failure for good: forget this one so a retry loads afresh.
          components.delete(view);
          throw error;
        },
      ),
    );
    components.set(view, component);
  }
  return component;
}

/** Starts loading a view's slide (the next tour step's, while the current one is shown). */
export function preloadSlide(view: ViewId): Promise<unknown> {
  const entry = SLIDES[view];
  return entry
    ? Promise.all([entry.load(), ensureFullCatalogue()]).catch(() => undefined)
    : Promise.resolve();
}
