import { useEffect } from 'react';
import { useAppStore } from '../../state/selectors';
import { toursOf } from '../../state/store';
import type { AppState } from '../../state/store';
import { preloadView } from '../../views/registry';
import { preloadSlide } from '../../views/slides';

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
    if (next) void (present ? preloadSlide(next) : preloadView(next));
  }, [next, present]);
}
