import { useEffect } from 'react';
import { useAppStore } from '../../state/selectors';
import { toursOf } from '../../state/store';
import type { AppState } from '../../state/store';
import { preloadView } from '../../views/registry';

const selectNextStepView = (s: AppState) => {
  if (!s.tour || s.corpus.status !== 'ready') return null;
  const steps = toursOf(s).find((t) => t.id === s.tour)?.steps ?? [];
  return steps[s.step]?.view ?? null; // steps are 1-based, so index `step` is the next one
};
const selectPresent = (s: AppState) => s.present;

/**
 * During a tour, starts loading the next step's view while the lecturer talks over this one, so
 * the clicker's Next shows the slide at once instead of a "Loading this view…" line.
 */
export function usePreloadNextTourStep(): void {
  const next = useAppStore(selectNextStepView);
  const present = useAppStore(selectPresent);
  useEffect(() => {
    if (!next) return;
    // The slides registry loads with the first slide, not with the first page.
    if (present) void import('../../views/slides').then((m) => m.preloadSlide(next));
    else void preloadView(next);
  }, [next, present]);
}
