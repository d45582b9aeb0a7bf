import {
  EVIDENCE_KEYS as EVIDENCE_KEY_IDS,
  SLIDE_PARTS,
  VIEW_IDS as VIEW_ID_LIST,
  VIEW_PARTS,
} from './ids';

/** The views the app can show; `view=` in the URL takes one of these ids (tours name them too). */
export const VIEW_IDS = VIEW_ID_LIST;
export type ViewId = (typeof VIEW_IDS)[number];
export const DEFAULT_VIEW: ViewId = 'overview';

export const isViewId = (s: string): s is ViewId => (VIEW_IDS as readonly string[]).includes(s);

/** A part of a view shown as one slide in presentation mode (see VIEW_PARTS in ids.ts). */
export type SlidePart = (typeof SLIDE_PARTS)[number];

/** The parts a view can show as slides, its default first; empty for text pages. */
export const slidePartsOf = (view: ViewId): readonly SlidePart[] => VIEW_PARTS[view] ?? [];

/** The part a slide of `view` shows: the one asked for when the view has it, else its first. */
export function slidePartFor(view: ViewId, part: SlidePart | null): SlidePart | null {
  const parts = slidePartsOf(view);
  return part && parts.includes(part) ? part : (parts[0] ?? null);
}

/** The interface languages: English, Russian, Uzbek (Latin script, the official one). */
export const LANGS = ['en', 'ru', 'uz'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';
export const isLang = (s: string): s is Lang => (LANGS as readonly string[]).includes(s);

/** What the evidence panel can open for a model: a coded dimension, or one of its entry lists. */
export const EVIDENCE_KEYS = EVIDENCE_KEY_IDS;
export type EvidenceKey = (typeof EVIDENCE_KEYS)[number];
export const isEvidenceKey = (s: string): s is EvidenceKey =>
  (EVIDENCE_KEYS as readonly string[]).includes(s);

export interface EvidenceTarget {
  model: string;
  key: EvidenceKey;
}
