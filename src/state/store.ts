/**
 * One store, typed slices. Created per provider (see StoreProvider) so each test and each
 * mounted app gets a fresh one; components read it only through the hooks in selectors.ts.
 */
import { createStore } from 'zustand/vanilla';
import type { StateCreator } from 'zustand/vanilla';
import type { Bundle } from '../corpus/schema';
import type { UrlNotice, UrlState } from './url';
import { DEFAULT_LANG, DEFAULT_VIEW } from './views';
import type { EvidenceTarget, Lang, ViewId } from './views';

export type CorpusStatus =
  | { status: 'loading' }
  | { status: 'ready'; bundle: Bundle }
  | { status: 'error'; kind: 'network' | 'invalid'; detail: string; problems: string[] };

export interface CorpusSlice {
  corpus: CorpusStatus;
  setCorpus: (corpus: CorpusStatus) => void;
}

export interface SelectionSlice {
  /** Selected model ids in display order; null = all models of the corpus, in corpus order. */
  selectedModels: string[] | null;
  focus: string | null;
  evidence: EvidenceTarget | null;
  setSelectedModels: (ids: string[] | null) => void;
  setFocus: (id: string | null) => void;
  openEvidence: (target: EvidenceTarget) => void;
  closeEvidence: () => void;
}

export interface ViewSlice {
  view: ViewId;
  setView: (view: ViewId) => void;
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

export type AppState = CorpusSlice & SelectionSlice & ViewSlice & PrefsSlice & NoticeSlice;

const createCorpusSlice: StateCreator<AppState, [], [], CorpusSlice> = (set) => ({
  corpus: { status: 'loading' },
  setCorpus: (corpus) => set({ corpus }),
});

const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedModels: null,
  focus: null,
  evidence: null,
  setSelectedModels: (ids) => set({ selectedModels: ids && ids.length > 0 ? ids : null }),
  setFocus: (focus) => set({ focus }),
  openEvidence: (evidence) => set({ evidence }),
  closeEvidence: () => set({ evidence: null }),
});

const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  view: DEFAULT_VIEW,
  setView: (view) => set({ view }),
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
    set({
      view: url.view,
      selectedModels: url.models,
      focus: url.focus,
      evidence: url.evidence,
      lang: url.lang,
    }),
});

export interface StoreOptions {
  theme?: ThemePreference;
  corpus?: CorpusStatus;
}

export function createAppStore(options: StoreOptions = {}) {
  const store = createStore<AppState>()((...a) => ({
    ...createCorpusSlice(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(...a),
    ...createPrefsSlice(options.theme ?? 'system')(...a),
    ...createNoticeSlice(...a),
  }));
  if (options.corpus) store.setState({ corpus: options.corpus });
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;
