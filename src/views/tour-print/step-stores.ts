/**
 * One store per printed step: each sheet shows its own step's models, focus, part and evidence at
 * once, which the app's one store (one step at a time) cannot. Each is a fresh store with the
 * app's corpus, language and the lecturer's own tours, and the step applied as a tour applies it.
 */
import { createAppStore } from '../../state/store';
import type { AppState, AppStore } from '../../state/store';

type Base = Pick<AppState, 'corpus' | 'corpusOrigin' | 'bundledCorpus' | 'ownTours' | 'lang'>;

function storeLike(base: Base): AppStore {
  const store = createAppStore({ theme: 'light', corpus: base.corpus });
  store.setState({
    corpusOrigin: base.corpusOrigin,
    bundledCorpus: base.bundledCorpus,
    ownTours: base.ownTours,
    lang: base.lang,
  });
  return store;
}

/** A store showing step `step` (1-based) of `tour` as a presented slide shows it. */
export function stepStore(base: Base, tour: string, step: number): AppStore {
  const store = storeLike(base);
  // Presented: the slide components are written for presentation mode (its type scale).
  store.setState({ present: true });
  store.getState().setTour(tour, step);
  return store;
}

/** A store for the handout of the tour's models (null: every model). */
export function handoutStore(base: Base, models: string[] | null): AppStore {
  const store = storeLike(base);
  store.setState({ view: 'handout' });
  store.getState().setSelectedModels(models);
  return store;
}
