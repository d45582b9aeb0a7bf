import { useEffect } from 'react';
import { useAppStoreApi } from '../../state/selectors';

/**
 * Lets a presenter window start, move or end a tour here, so the link runs with or without one.
 * Its code loads after the first render.
 */
export function useTourSync(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    void import('../../tours/tour-sync').then((m) => {
      if (live) stop = m.startTourSync(store);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [store]);
}
