/**
 * One store, typed slices. Created per provider (see StoreProvider) so each test and each
 * mounted app gets a fresh one; components read it only through the hooks in selectors.ts.
 */
import { createStore } from 'zustand/vanilla';
import type { StateCreator } from 'zustand/vanilla';
import type { Bundle, Tour } from '../corpus/schema';
import type { CorpusStatus } from '../corpus/load';

export type { CorpusStatus };
import type { Profile } from '../corpus/profile';
import type { Weights } from '../corpus/profile';
import { EQUAL_WEIGHTS } from '../corpus/profile';
import type { UrlNotice, UrlState } from './url';
import { normalizeModelSelection } from './model-selection';
import { DEFAULT_LANG, DEFAULT_VIEW } from '../corpus/vocabulary';
import type { EvidenceTarget, Lang, SlidePart, ViewId } from '../corpus/vocabulary';

export type CorpusOrigin = { kind: 'bundled' } | { kind: 'user'; name: string };

/**
 * The corpus in a reader's language: its translated bundle, our translations of its quotes (by
 * the verbatim quote) and the texts still in the corpus's own language. Valid only for the
 * bundle it was made from (`source`) and its language; anything else shows the corpus as it is.
 */
export interface ContentTranslation {
  lang: Lang;
  source: Bundle;
  bundle: Bundle;
  quotes: ReadonlyMap<string, string>;
  untranslated: ReadonlySet<string>;
}

/** A corpus (`source`, in the reader's language) as one coder coded it (see state/coding.ts). */
export interface CodedCorpus {
  source: Bundle;
  coder: string;
  bundle: Bundle;
}

export interface CorpusSlice {
  corpus: CorpusStatus;
  /** Whose corpus is shown: the one the app ships, or one the user loaded for this visit. */
  corpusOrigin: CorpusOrigin;
  /** The shipped corpus, kept while a user's corpus is shown, for the way back. */
  bundledCorpus: Bundle | null;
  /** The shown corpus's translation into the reader's language, when there is one. */
  content: ContentTranslation | null;
  /** The shown corpus as the coder `coding=` names coded it, once its code has loaded. */
  coded: CodedCorpus | null;
  setCorpus: (corpus: CorpusStatus) => void;
  setContent: (content: ContentTranslation | null) => void;
  setCoded: (coded: CodedCorpus | null) => void;
  showUserCorpus: (bundle: Bundle, name: string) => void;
  showBundledCorpus: () => void;
}

export interface SelectionSlice {
  /** Selected model ids in display order; null = all models of the corpus, in corpus order. */
  selectedModels: string[] | null;
  /** The model a tour step or a link points at: durable, carried in the URL. */
  focus: string | null;
  /** The model under the pointer or keyboard focus: transient, never in the URL or history. */
  highlight: string | null;
  evidence: EvidenceTarget | null;
  /** The coder whose coding the views draw (`coding=`); null = the reconciled coding. */
  coding: string | null;
  setSelectedModels: (ids: string[] | null) => void;
  setCoding: (coder: string | null) => void;
  setFocus: (id: string | null) => void;
  setHighlight: (id: string | null) => void;
  openEvidence: (target: EvidenceTarget) => void;
  closeEvidence: () => void;
}

export interface ViewSlice {
  view: ViewId;
  /** Embedded in another page: the view alone, without the app chrome. */
  embed: boolean;
  /** Presentation mode: the view fills the screen in large type, without the app chrome. */
  present: boolean;
  /** The guided tour being shown, and its step (1-based). */
  tour: string | null;
  step: number;
  /** The part of the view a slide shows in presentation mode; null = the view's first part. */
  part: SlidePart | null;
  /** Tours the lecturer made (tours/own-tours.ts keeps them in storage); presented like the corpus's. */
  ownTours: Tour[];
  /** The model whose page `view=model` shows; null = the corpus's first model. */
  pageModel: string | null;
  /** The article's paragraph `view=article` scrolls to and marks; null = none. */
  paragraph: number | null;
  setView: (view: ViewId) => void;
  /** Opens a model's page (closing any open evidence, which the page shows itself). */
  openModelPage: (model: string) => void;
  /** Opens the article, at a paragraph when one is given. */
  openArticle: (paragraph: number | null) => void;
  setPart: (part: SlidePart | null) => void;
  setOwnTours: (tours: Tour[]) => void;
  setPresent: (present: boolean) => void;
  setTour: (tour: string | null, step?: number) => void;
}

export type ThemePreference = 'system' | 'light' | 'dark';

export interface PrefsSlice {
  theme: ThemePreference;
  lang: Lang;
  setTheme: (theme: ThemePreference) => void;
  setLang: (lang: Lang) => void;
}

export interface Notice {
  id: string;
  notice: UrlNotice;
}

export interface NoticeSlice {
  notices: Notice[];
  addNotices: (notices: UrlNotice[]) => void;
  dismissNotice: (id: string) => void;
  /** Applies a parsed URL state in one update (initial load, Back/Forward). */
  applyUrlState: (state: UrlState) => void;
}

export interface FitOptions {
  weights: Weights;
  downWeightLowConfidence: boolean;
  /** The model whose instruments "What they did" lists; null = the nearest. */
  target: string | null;
}

export interface FitSlice {
  /** The profile being edited or shown; null = the blank profile. Travels in the URL. */
  profile: Profile | null;
  fitOptions: FitOptions;
  setProfile: (profile: Profile | null) => void;
  setFitOptions: (options: Partial<FitOptions>) => void;
}

export type AppState = CorpusSlice &
  SelectionSlice &
  ViewSlice &
  PrefsSlice &
  NoticeSlice &
  FitSlice;

/** What a change of corpus resets: choices that name models of the corpus being left. */
const FRESH_SELECTION = {
  selectedModels: null,
  focus: null,
  highlight: null,
  evidence: null,
  coding: null,
  tour: null,
  step: 1,
  pageModel: null,
} as const;

/** The bundled corpus's part of the state, once `corpus` is what the app loaded. */
function corpusState(corpus: CorpusStatus, bundled: Bundle | null = null) {
  return {
    corpus,
    corpusOrigin: { kind: 'bundled' } as const,
    bundledCorpus: corpus.status === 'ready' ? corpus.bundle : bundled,
  };
}

const createCorpusSlice: StateCreator<AppState, [], [], CorpusSlice> = (set, get) => ({
  corpus: { status: 'loading' },
  corpusOrigin: { kind: 'bundled' },
  bundledCorpus: null,
  content: null,
  coded: null,
  setContent: (content) => set({ content }),
  setCoded: (coded) => set({ coded }),
  setCorpus: (corpus) => set(corpusState(corpus, get().bundledCorpus)),
  showUserCorpus: (bundle, name) =>
    set({
      corpus: { status: 'ready', bundle },
      corpusOrigin: { kind: 'user', name },
      ...FRESH_SELECTION,
    }),
  showBundledCorpus: () => {
    const bundled = get().bundledCorpus;
    if (!bundled) return;
    set({
      corpus: { status: 'ready', bundle: bundled },
      corpusOrigin: { kind: 'bundled' },
      ...FRESH_SELECTION,
    });
  },
});

const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selectedModels: null,
  focus: null,
  highlight: null,
  evidence: null,
  coding: null,
  setSelectedModels: (ids) => {
    const { corpus } = get();
    const all = corpus.status === 'ready' ? corpus.bundle.models.map((m) => m.id) : [];
    set({ selectedModels: normalizeModelSelection(all, ids) });
  },
  setFocus: (focus) => set({ focus }),
  setCoding: (coding) => set({ coding }),
  setHighlight: (highlight) => set({ highlight }),
  openEvidence: (evidence) => set({ evidence }),
  closeEvidence: () => set({ evidence: null }),
});

/** What a tour step shows: its view, models, focus and open evidence (nothing outside a tour). */
function tourStepState(s: AppState, tour: string | null, step: number): Partial<AppState> {
  if (!tour || s.corpus.status !== 'ready') return {};
  const current = toursOf(s).find((t) => t.id === tour)?.steps[step - 1];
  if (!current) return {};
  return {
    view: current.view,
    part: current.part ?? null,
    selectedModels: current.models ?? null,
    focus: current.focus ?? null,
    evidence: current.evidence
      ? { model: current.evidence.model, key: current.evidence.key }
      : null,
  };
}

/**
 * The corpus as shown: translated where the reader's language has a translation of it, and coded
 * by the coder `coding=` names (the reconciled coding by default).
 */
export function shownBundle(
  s: Pick<AppState, 'corpus' | 'content' | 'lang' | 'coding' | 'coded'>,
): Bundle | null {
  const text = textBundle(s);
  const c = s.coded;
  // Until the coded corpus is made (its code loads on first use), the reconciled one shows.
  return text && s.coding && c && c.source === text && c.coder === s.coding ? c.bundle : text;
}

/**
 * The corpus in the reader's language as written: the reconciled coding, each other coder's
 * codings beside it. Comparing coders needs this one, not shownBundle, whose codes are the chosen
 * coder's.
 */
export function textBundle(s: Pick<AppState, 'corpus' | 'content' | 'lang'>): Bundle | null {
  if (s.corpus.status !== 'ready') return null;
  const c = s.content;
  return c && c.source === s.corpus.bundle && c.lang === s.lang ? c.bundle : s.corpus.bundle;
}

/** Whether the shown corpus's text is in the reader's language (a current translation, or English). */
export function contentTranslationOf(
  s: Pick<AppState, 'corpus' | 'content' | 'lang'>,
): ContentTranslation | null {
  const c = s.content;
  return s.corpus.status === 'ready' && c && c.source === s.corpus.bundle && c.lang === s.lang
    ? c
    : null;
}

/** Every tour the app can run: the corpus's, then the lecturer's own. */
export function toursOf(s: Pick<AppState, 'corpus' | 'content' | 'lang' | 'ownTours'>): Tour[] {
  const bundle = textBundle(s);
  return bundle ? [...bundle.tours, ...s.ownTours] : s.ownTours;
}

const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  view: DEFAULT_VIEW,
  embed: false,
  present: false,
  tour: null,
  step: 1,
  part: null,
  ownTours: [],
  pageModel: null,
  paragraph: null,
  setView: (view) => set({ view, part: null }),
  openModelPage: (pageModel) => set({ view: 'model', pageModel, part: null, evidence: null }),
  openArticle: (paragraph) => set({ view: 'article', paragraph, part: null, evidence: null }),
  setPart: (part) => set({ part }),
  setOwnTours: (ownTours) => set({ ownTours }),
  setPresent: (present) => set({ present }),
  setTour: (tour, step = 1) =>
    set((s) => ({ tour, step: tour ? step : 1, ...tourStepState(s, tour, step) })),
});

const createPrefsSlice =
  (theme: ThemePreference): StateCreator<AppState, [], [], PrefsSlice> =>
  (set) => ({
    theme,
    lang: DEFAULT_LANG,
    setTheme: (next) => set({ theme: next }),
    setLang: (lang) => set({ lang }),
  });

let noticeCounter = 0;

const createFitSlice: StateCreator<AppState, [], [], FitSlice> = (set) => ({
  profile: null,
  fitOptions: { weights: EQUAL_WEIGHTS, downWeightLowConfidence: false, target: null },
  setProfile: (profile) => set({ profile }),
  setFitOptions: (options) => set((s) => ({ fitOptions: { ...s.fitOptions, ...options } })),
});

const createNoticeSlice: StateCreator<AppState, [], [], NoticeSlice> = (set) => ({
  notices: [],
  addNotices: (notices) =>
    set((s) => ({
      notices: [
        ...s.notices,
        ...notices.map((notice) => ({ id: `notice-${++noticeCounter}`, notice })),
      ],
    })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  applyUrlState: (url) =>
    set((s) => ({
      view: url.view,
      selectedModels: url.models,
      focus: url.focus,
      evidence: url.evidence,
      lang: url.lang,
      profile: url.profile,
      embed: url.embed,
      present: url.present,
      tour: url.tour,
      step: url.step,
      part: url.part,
      coding: url.coding,
      pageModel: url.model,
      paragraph: url.p,
      // A tour step decides what is shown, whatever else the link says.
      ...tourStepState(s, url.tour, url.step),
    })),
});

export interface StoreOptions {
  theme?: ThemePreference;
  corpus?: CorpusStatus;
}

// Saved profiles are not in the store: profile/saved-profiles.ts keeps them in storage, one key
// each, so that a change of the store never rewrites them.
export function createAppStore(options: StoreOptions = {}) {
  const store = createStore<AppState>()((...a) => ({
    ...createCorpusSlice(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(...a),
    ...createPrefsSlice(options.theme ?? 'system')(...a),
    ...createNoticeSlice(...a),
    ...createFitSlice(...a),
    // In the initial state itself, not set after: zustand hands a hydrating render the initial
    // state, which must be the state the build's first page was baked in (bake.tsx).
    ...(options.corpus ? corpusState(options.corpus) : {}),
  }));
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;
