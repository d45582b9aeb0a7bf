/** Shared pieces for drawing tests: marks that record what they were asked to do. */
import { vi } from 'vitest';
import type { MarkEvents } from '../../../src/charts/MarkHandle';

export const CONFIDENCE = { high: 'high conf.', medium: 'medium conf.', low: 'low conf.' };

/** MarkEvents whose calls a test can read: `opened` and `linked` list the model ids. */
export function recordingEvents() {
  const opened: string[] = [];
  const linked: string[] = [];
  const events: MarkEvents = {
    link: (model) => ({
      onFocus: vi.fn(() => linked.push(model)),
      onBlur: vi.fn(),
      onMouseEnter: vi.fn(() => linked.push(model)),
      onMouseLeave: vi.fn(),
    }),
    open: (model) => opened.push(model),
  };
  return { events, opened, linked };
}

/** The x of an absolutely placed element from its inline `left`, in px. */
export const leftOf = (el: HTMLElement) => parseFloat(el.style.left);
export const widthOf = (el: HTMLElement) => parseFloat(el.style.width);
