import { useEffect } from 'react';
import { useAppStore } from '../../state/selectors';
import type { AppState } from '../../state/store';
import { preloadView } from '../../views/registry';

const selectNextStepView = (s: AppState) => {
  if (!s.tour || s.corpus.status !== 'ready') return null;
  const steps = s.corpus.bundle.tours.find((t) => t.id === s.tour)?.steps ?? [];
  return steps[s.step]?.view ?? null; // steps are 1-based, so index `step` is the next one
};

/**
 * During a tour, starts loading the next step's view while the lecturer talks over this one, so
 * the clicker's Next shows the slide at once instead of a "Loading this view…" line.
 */
export function usePreloadNextTourStep(): void {
  const next = useAppStore(selectNextStepView);
  useEffect(() => {
    if (next) void preloadView(next);
  }, [next]);
}
