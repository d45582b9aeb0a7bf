/**
 * The first page's whole share of the lecturer's own tours: whether there are any (or a link
 * carries one), and if so the code that reads them. A visitor without own tours downloads none
 * of it; one with them gets it beside the corpus, so the tours are in the store before the link
 * is read (`?tour=own-…&step=3` works after a reload).
 */
import { browserStorage } from '../state/storage';

/** Each own tour is kept under its own key: this prefix and the tour's id. */
export const OWN_TOUR_KEY_PREFIX = 'cluster-atlas:tour:';

/** The own-tours code when this visit needs it (stored tours, or a tour in the link), else null. */
export function ownToursCode(
  tourLink: string | null,
): Promise<typeof import('./own-tours') | null> {
  if (tourLink === null && browserStorage().keys(OWN_TOUR_KEY_PREFIX).length === 0)
    return Promise.resolve(null);
  // A failed download must not keep the app from starting: the tours page loads it again.
  return import('./own-tours').catch(() => null);
}
