/**
 * The named ways components read the store. Selectors are defined once, at file level, so their
 * identity is stable; arrays and objects go through useShallow or useMemo.
 */
import { useCallback, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { modelIndex } from '../corpus/derive';
import type { Bundle, Model } from '../corpus/schema';
import { resolveModelIds } from './model-selection';
import { StoreContext } from './StoreProvider';
import { contentTranslationOf, shownBundle, textBundle, toursOf } from './store';
import type { AppState, AppStore } from './store';

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('Cluster Atlas components must be inside <StoreProvider>.');
  return store;
}

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

const selectCorpus = (s: AppState) => s.corpus;
const selectView = (s: AppState) => s.view;
const selectFocus = (s: AppState) => s.focus;
/** The model views draw emphasised: the one hovered or focused now, else the durable focus. */
export const selectEmphasis = (s: AppState) => s.highlight ?? s.focus;
const selectTheme = (s: AppState) => s.theme;
const selectLang = (s: AppState) => s.lang;
const selectNotices = (s: AppState) => s.notices;
const selectSelectedIds = (s: AppState) => s.selectedModels;
const ACTION_NAMES = [
  'setView',
  'setSelectedModels',
  'setFocus',
  'setHighlight',
  'setTheme',
  'setLang',
  'dismissNotice',
  'openEvidence',
  'closeEvidence',
  'setTour',
  'setPresent',
  'setPart',
  'openModelPage',
  'openArticle',
] as const satisfies readonly (keyof AppState)[];
type Actions = Pick<AppState, (typeof ACTION_NAMES)[number]>;

/** Each store's actions as one object, made once: memoised rows handed it stay skipped. */
const actionObjects = new WeakMap<AppStore, Actions>();

export const useCorpus = () => useAppStore(selectCorpus);
export const useView = () => useAppStore(selectView);
export const useFocus = () => useAppStore(selectFocus);
/**
 * Followed: for a view that draws few marks (charts of many marks watch the emphasis through
 * views/shared/useEmphasisChannel instead).
 */
export const useEmphasis = () => useAppStore(selectEmphasis);
export const useTheme = () => useAppStore(selectTheme);
export const useLang = () => useAppStore(selectLang);
export const useNotices = () => useAppStore(selectNotices);
/**
 * Read, not followed: the store makes its actions once and never replaces them, so no component
 * needs to hear of each change of state for them. Subscribed, every link and mark of a 200-model
 * view that asks for them ran a check on each change, a hover's too. Kept per store, because a
 * page can hold several (a printed tour draws each step with its own).
 */
export function useActions(): Actions {
  const store = useAppStoreApi();
  let actions = actionObjects.get(store);
  if (!actions) {
    const s = store.getState();
    actions = Object.fromEntries(ACTION_NAMES.map((name) => [name, s[name]])) as Actions;
    actionObjects.set(store, actions);
  }
  return actions;
}

/**
 * The loaded bundle in the reader's language (translated where a translation exists); only call
 * below the point where the corpus is known to be ready.
 */
export function useBundle(): Bundle {
  const bundle = useAppStore(shownBundle);
  if (!bundle) throw new Error('useBundle() called before the corpus was ready.');
  return bundle;
}

/**
 * The loaded bundle in the reader's language with the reconciled coding, whatever coder the views
 * are drawn under (`coding=`): for what compares coders (agreement, fit under each coding).
 */
export function useReconciledBundle(): Bundle {
  const bundle = useAppStore(textBundle);
  if (!bundle) throw new Error('useReconciledBundle() called before the corpus was ready.');
  return bundle;
}

/** The loaded bundle as written, in its own language: what the editor edits and exports. */
export function useSourceBundle(): Bundle {
  const corpus = useCorpus();
  if (corpus.status !== 'ready') throw new Error('useSourceBundle() called before the corpus.');
  return corpus.bundle;
}

/**
 * The language of the corpus's own text where it shows untranslated on a page in another
 * language: `langOf(text)` is 'en' for such a text (so it can carry lang="en") and undefined
 * for text in the page's language. The corpus format is written in English.
 */
export function useTextLang(): (text: string) => 'en' | undefined {
  const lang = useLang();
  const content = useAppStore(contentTranslationOf);
  return useCallback(
    (text: string) =>
      lang === 'en' || (content && !content.untranslated.has(text)) ? undefined : 'en',
    [lang, content],
  );
}

/** Our translation of a verbatim quote into the reader's language, when there is one. */
export function useQuoteTranslation(quote: string): string | undefined {
  const content = useAppStore(contentTranslationOf);
  return content?.quotes.get(quote);
}

/** Ids of the selected models in display order (all models when nothing narrower is chosen). */
export function selectedModelIds(bundle: Bundle, selected: readonly string[] | null): string[] {
  return resolveModelIds(
    bundle.models.map((m) => m.id),
    selected,
  );
}

export function useSelectedModelIds(): string[] {
  const bundle = useBundle();
  const ids = useAppStore(useShallow(selectSelectedIds));
  return useMemo(() => selectedModelIds(bundle, ids), [bundle, ids]);
}

export function useSelectedModels(): Model[] {
  const bundle = useBundle();
  const ids = useSelectedModelIds();
  return useMemo(() => {
    const byId = new Map(bundle.models.map((m) => [m.id, m]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }, [bundle, ids]);
}

/** Each model's fixed position in the corpus, which decides its colour and marker. */
export function useModelIndex(): Map<string, number> {
  const bundle = useBundle();
  return useMemo(() => modelIndex(bundle.models), [bundle]);
}

const selectEvidence = (s: AppState) => s.evidence;
export const useEvidenceTarget = () => useAppStore(selectEvidence);

const selectPresent = (s: AppState) => s.present;
export const usePresent = () => useAppStore(selectPresent);

/**
 * Pointer and keyboard handlers that highlight a model in every view while it is hovered or
 * focused here, and release it after. Highlight is transient: it never reaches the URL or history.
 */
export function useLinkedFocus(): (model: string) => {
  onFocus: () => void;
  onBlur: () => void;
  onMouseEnter: () => void;
  onMouseLeave: () => void;
} {
  const { setHighlight } = useActions();
  // One function while the store's action is the same: memoised rows that are handed it are
  // then skipped on a change of selection instead of all drawn again.
  return useMemo(
    () => (model: string) => ({
      onFocus: () => setHighlight(model),
      onBlur: () => setHighlight(null),
      onMouseEnter: () => setHighlight(model),
      onMouseLeave: () => setHighlight(null),
    }),
    [setHighlight],
  );
}

const selectPart = (s: AppState) => s.part;
/** The part of the view a presented slide is asked to show (null: the view's first). */
export const usePart = () => useAppStore(selectPart);

/** The tours the app can run now: the corpus's and the lecturer's own. */
export const useTours = () => useAppStore(useShallow(toursOf));

const selectStepQuote = (s: AppState) => {
  if (!s.tour || !s.evidence) return 0;
  const step = toursOf(s).find((t) => t.id === s.tour)?.steps[s.step - 1];
  const named = step?.evidence;
  // Only the step's own evidence has a chosen quote; evidence opened by hand starts at the first.
  return named && named.model === s.evidence.model && named.key === s.evidence.key
    ? (named.quote ?? 0)
    : 0;
};
/** Which of the open evidence's quotes a slide shows: the one the tour step names, else the first. */
export const useStepQuoteIndex = () => useAppStore(selectStepQuote);

/**
 * The model whose page `view=model` shows: the one the link names, else the focused model (a tour
 * step), else the corpus's first. Null only for a corpus without models.
 */
export function pageModelOf(s: AppState): string | null {
  if (s.corpus.status !== 'ready') return null;
  const ids = s.corpus.bundle.models.map((m) => m.id);
  for (const id of [s.pageModel, s.focus]) if (id && ids.includes(id)) return id;
  return ids[0] ?? null;
}
export const usePageModel = () => useAppStore(pageModelOf);

const selectParagraph = (s: AppState) => s.paragraph;
/** The article's paragraph `view=article&p=` names (null: none). */
export const useParagraph = () => useAppStore(selectParagraph);
