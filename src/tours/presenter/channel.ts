/**
 * The main window and its presenter view talk over a BroadcastChannel of their own: the tab that
 * opens a presenter makes a random presentation id and passes it in the presenter's address
 * (`presentation=…`), and only the two windows that know the id use that channel. Other tabs of
 * the app — a student's, a second lecture — never hear it, and a tab that opened no presenter
 * listens to nothing. Messages are still checked on arrival: anything on the origin could post.
 */

import { isLang } from '../../corpus/vocabulary';
import type { Lang } from '../../corpus/vocabulary';

const CHANNEL_PREFIX = 'cluster-atlas-tour:';

/** The tour position one window shows; `tour: null` means no tour is running there. */
export interface TourPosition {
  tour: string | null;
  step: number;
  /** The end slide after the last step (see tour-end.ts); absent means false. */
  end?: boolean;
}

export type TourMessage =
  | ({ type: 'position' } & TourPosition)
  /** The audience's screen blanked black or white (B, W), or showing the slide again (null). */
  | { type: 'blank'; shade: 'black' | 'white' | null }
  /** The main window's language: the presenter view follows a change of it while open. */
  | { type: 'lang'; lang: Lang }
  /** Sent by a window that just opened: whoever runs the tour answers with its position. */
  | { type: 'hello' };

export function isTourMessage(data: unknown): data is TourMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  if (m.type === 'hello') return true;
  if (m.type === 'lang') return typeof m.lang === 'string' && isLang(m.lang);
  if (m.type === 'blank') return m.shade === null || m.shade === 'black' || m.shade === 'white';
  return (
    m.type === 'position' &&
    (m.tour === null || (typeof m.tour === 'string' && m.tour.length <= 100)) &&
    typeof m.step === 'number' &&
    Number.isInteger(m.step) &&
    m.step >= 1 &&
    (m.end === undefined || typeof m.end === 'boolean')
  );
}

export const samePosition = (a: TourPosition, b: TourPosition): boolean =>
  a.tour === b.tour && (a.tour === null || (a.step === b.step && !!a.end === !!b.end));

/**
 * A new presentation id: 128 random bits as 32 hex digits (the format parsePresentation in
 * state/url.ts accepts), so no other tab can land on the same channel by chance.
 */
export function newPresentationId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The name of one presentation's channel. */
export const tourChannelName = (presentation: string): string => `${CHANNEL_PREFIX}${presentation}`;

/**
 * Opens one presentation's channel, or null where the browser has none (the windows then simply
 * run apart).
 */
export function openTourChannel(presentation: string): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function'
    ? new BroadcastChannel(tourChannelName(presentation))
    : null;
}
