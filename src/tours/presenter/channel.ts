/**
 * The main window and the presenter view talk over a BroadcastChannel (same origin, any number of
 * windows). Messages are checked on arrival: another tab of the same site could post anything.
 */

export const TOUR_CHANNEL = 'cluster-atlas-tour';

/** The tour position one window shows; `tour: null` means no tour is running there. */
export interface TourPosition {
  tour: string | null;
  step: number;
}

export type TourMessage =
  | ({ type: 'position' } & TourPosition)
  /** Sent by a window that just opened: whoever runs the tour answers with its position. */
  | { type: 'hello' };

export function isTourMessage(data: unknown): data is TourMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  if (m.type === 'hello') return true;
  return (
    m.type === 'position' &&
    (m.tour === null || (typeof m.tour === 'string' && m.tour.length <= 100)) &&
    typeof m.step === 'number' &&
    Number.isInteger(m.step) &&
    m.step >= 1
  );
}

export const samePosition = (a: TourPosition, b: TourPosition): boolean =>
  a.tour === b.tour && (a.tour === null || a.step === b.step);

/** Opens the channel, or null where the browser has none (the windows then simply run apart). */
export function openTourChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(TOUR_CHANNEL) : null;
}

/** The address of the presenter view for a tour position, next to the app's own address. */
export function presenterUrl(base: string, position: TourPosition, lang = 'en'): string {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  url.searchParams.set('presenter', '1');
  if (lang !== 'en') url.searchParams.set('lang', lang);
  if (position.tour) {
    url.searchParams.set('tour', position.tour);
    url.searchParams.set('step', String(position.step));
  }
  return url.toString();
}

/** The position a presenter window starts at, read from its own address. */
export function positionFromSearch(search: string): TourPosition {
  const query = new URLSearchParams(search);
  const step = Number(query.get('step'));
  return {
    tour: query.get('tour'),
    step: Number.isInteger(step) && step >= 1 ? step : 1,
  };
}
