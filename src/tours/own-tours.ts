/**
 * The lecturer's own tours, kept in this browser one key per tour (`cluster-atlas:tour:<id>`), in
 * a versioned envelope (corpus/tour-files.ts), as saved profiles are kept, so that:
 * - an edit writes that one tour, never the whole list;
 * - two tabs editing different tours never erase each other's, and each sees the other's
 *   (the `storage` event);
 * - a damaged entry (or one of a version this app does not know) is set aside: left where it is,
 *   named in a notice, and never overwritten (a new tour never takes its id);
 * - a refused write (storage full) is told by the storage notices and lasts for this visit.
 *
 * What is kept is a draft: a tour may be short of steps or talking points while it is written.
 * `checkOwnTour` says what it still lacks, by the tour schema and against the loaded corpus (a
 * step naming a model the corpus lacks is reported, not dropped); only complete tours join the
 * store (`ownTours`), where tours, links and the presenter find them.
 */
import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import { checkTour } from '../corpus/checks';
import { formatIssue, fromZodIssues } from '../corpus/issues';
import { parseJsonText } from '../corpus/json-text';
import { tourSchema } from '../corpus/schema';
import type { Bundle, Tour } from '../corpus/schema';
import {
  OWN_TOUR_ID,
  STORED_TOUR_VERSION,
  storedTourSchema,
  tourDraftSchema,
} from '../corpus/tour-files';
import type { TourDraft, TourDraftStep } from '../corpus/tour-files';
import { slidePartsOf } from '../corpus/vocabulary';
import { useAppStoreApi } from '../state/selectors';
import { browserStorage, reportStorageNotice } from '../state/storage';
import type { GuardedStorage, StorageNotice } from '../state/storage';
import type { AppState, AppStore } from '../state/store';
import { currentAddress, readLaunchParams } from '../state/url';
import { OWN_TOUR_KEY_PREFIX } from './own-tours-boot';
import { decodeTourLink } from './tour-file-link';

export { OWN_TOUR_KEY_PREFIX };

/** The shortest summary and talking point the tour schema accepts (schema.ts `prose`). */
export const PROSE_MIN = 20;
/** The fewest and most steps a tour has (schema.ts `tourSchema`). */
export const MIN_STEPS = 2;
export const MAX_STEPS = 40;

export interface OwnTour {
  id: string;
  draft: TourDraft;
  createdAt: string;
  savedAt: string;
}

export interface OwnTourShelf {
  /** The readable own tours, oldest first. */
  tours: readonly OwnTour[];
  /** Names (or ids) of stored entries that could not be read; they stay stored, untouched. */
  setAside: readonly string[];
  /** Whether a change is kept beyond this visit. */
  kept: boolean;
}

// --- Drafts and tours ---

/** A tour as a draft under a new id: what Copy, Load a tour file and a tour link keep. */
export function draftOfTour(tour: Tour, id: string, title = tour.title): TourDraft {
  return {
    id,
    title,
    summary: tour.summary,
    ...(tour.minutes !== undefined ? { minutes: tour.minutes } : {}),
    steps: tour.steps.map((step) => ({ ...step, talkingPoints: [...step.talkingPoints] })),
  };
}

/** The tour a draft would be: text trimmed, blank talking-point lines dropped (not yet checked). */
export function tourOfDraft(draft: TourDraft): Tour {
  return {
    id: draft.id,
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    ...(draft.minutes !== undefined ? { minutes: draft.minutes } : {}),
    steps: draft.steps.map((step) => ({
      title: step.title.trim(),
      view: step.view,
      ...(step.part !== undefined ? { part: step.part } : {}),
      ...(step.models !== undefined ? { models: step.models } : {}),
      ...(step.focus !== undefined ? { focus: step.focus } : {}),
      ...(step.evidence !== undefined ? { evidence: step.evidence } : {}),
      talkingPoints: step.talkingPoints.map((p) => p.trim()).filter(Boolean),
    })),
  };
}

/** What an own tour still lacks before it can be presented; steps and points count from 1. */
export type TourProblem =
  | { kind: 'title' }
  | { kind: 'summary'; min: number }
  | { kind: 'fewSteps'; min: number }
  | { kind: 'stepTitle'; step: number }
  | { kind: 'noPoints'; step: number }
  | { kind: 'shortPoint'; step: number; point: number; min: number }
  | { kind: 'unknownModel'; step: number; model: string }
  | { kind: 'idClash' }
  | { kind: 'other'; detail: string };

export interface OwnTourCheck {
  /** The tour as the schema reads it, when nothing is wrong: it can be presented. */
  tour: Tour | null;
  problems: TourProblem[];
}

/** The problems a person can act on in the editor, in the order of the form. */
function plainProblems(tour: Tour, modelIds: ReadonlySet<string> | null): TourProblem[] {
  const problems: TourProblem[] = [];
  if (!tour.title) problems.push({ kind: 'title' });
  if (tour.summary.length < PROSE_MIN) problems.push({ kind: 'summary', min: PROSE_MIN });
  if (tour.steps.length < MIN_STEPS) problems.push({ kind: 'fewSteps', min: MIN_STEPS });
  tour.steps.forEach((s, i) => {
    const step = i + 1;
    if (!s.title) problems.push({ kind: 'stepTitle', step });
    if (s.talkingPoints.length === 0) problems.push({ kind: 'noPoints', step });
    s.talkingPoints.forEach((p, k) => {
      if (p.length < PROSE_MIN)
        problems.push({ kind: 'shortPoint', step, point: k + 1, min: PROSE_MIN });
    });
    if (modelIds) {
      const named = [...(s.models ?? []), s.focus, s.evidence?.model];
      for (const model of new Set(named)) {
        if (model !== undefined && !modelIds.has(model))
          problems.push({ kind: 'unknownModel', step, model });
      }
    }
  });
  return problems;
}

const checked = new WeakMap<TourDraft, { bundle: Bundle | null; check: OwnTourCheck }>();

/**
 * Whether a draft is a tour the app can present with this corpus: the tour schema, the corpus's
 * cross-checks (`checkTour`: models exist, a chosen quote exists) and an id no corpus tour has.
 */
export function checkOwnTour(draft: TourDraft, bundle: Bundle | null): OwnTourCheck {
  const cached = checked.get(draft);
  if (cached && cached.bundle === bundle) return cached.check;
  const candidate = tourOfDraft(draft);
  const modelIds = bundle ? new Set(bundle.models.map((m) => m.id)) : null;
  const problems = plainProblems(candidate, modelIds);
  let tour: Tour | null = null;
  if (problems.length === 0) {
    const parsed = tourSchema.safeParse(candidate, { reportInput: true });
    if (!parsed.success) {
      for (const issue of fromZodIssues(parsed.error.issues))
        problems.push({ kind: 'other', detail: formatIssue(issue) });
    } else if (modelIds && bundle) {
      for (const issue of checkTour(parsed.data, modelIds, [], bundle.models))
        problems.push({ kind: 'other', detail: formatIssue(issue) });
      if (bundle.tours.some((t) => t.id === draft.id)) problems.push({ kind: 'idClash' });
      if (problems.length === 0) tour = parsed.data;
    }
  }
  const check = { tour, problems };
  checked.set(draft, { bundle, check });
  return check;
}

/** The own tours that can be presented with this corpus, in the shelf's order. */
export function presentableTours(shelf: OwnTourShelf, bundle: Bundle): Tour[] {
  return shelf.tours.flatMap((t) => checkOwnTour(t.draft, bundle).tour ?? []);
}

// --- Ids ---

/** The part of an id a title gives: lower-case Latin letters and digits, hyphenated. */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return slug || 'tour';
}

/** `own-<slug>-<n>` with the smallest n that `taken` does not hold. */
export function newOwnTourId(title: string, taken: (id: string) => boolean): string {
  const slug = slugOf(title);
  for (let n = 1; ; n++) {
    const id = `own-${slug}-${n}`;
    if (!taken(id)) return id;
  }
}

// --- Storage ---

const nameOf = (value: unknown, fallback: string): string => {
  const v = value as { tour?: { title?: unknown } } | null;
  const title = typeof v === 'object' && v !== null ? v.tour?.title : undefined;
  return typeof title === 'string' && title.trim() ? title.trim().slice(0, 80) : fallback;
};

/** One stored tour; a problem names the entry (its title where readable, else its id). */
export function readStoredTour(
  id: string,
  raw: string,
): { ok: true; tour: OwnTour } | { ok: false; name: string } {
  const parsed = parseJsonText(raw);
  if (!parsed.ok || !OWN_TOUR_ID.test(id)) return { ok: false, name: id.slice(0, 80) };
  const entry = storedTourSchema.safeParse(parsed.value);
  if (!entry.success || entry.data.tour.id !== id)
    return { ok: false, name: nameOf(parsed.value, id.slice(0, 80)) };
  const { tour: draft, createdAt, savedAt } = entry.data;
  return { ok: true, tour: { id, draft, createdAt, savedAt } };
}

const byAge = (a: OwnTour, b: OwnTour) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;

export interface OwnTours {
  subscribe(listener: () => void): () => void;
  getSnapshot(): OwnTourShelf;
  /**
   * Keeps a new tour under a fresh id, never one of `reserved` (the corpus's tour ids); null when
   * the draft is over a limit of what is kept.
   */
  create(draft: Omit<TourDraft, 'id'>, reserved?: Iterable<string>): OwnTour | null;
  /** Changes one tour; null when it is no longer stored (deleted in another tab) or over a limit. */
  update(id: string, change: (draft: TourDraft) => TourDraft): OwnTour | null;
  /** Deletes one tour and returns it (for Undo). */
  remove(id: string): OwnTour | null;
  /** Puts back a tour as it was (Undo of a delete). */
  restore(tour: OwnTour): void;
}

/**
 * The own tours of one storage. They are read when first asked for (and again after the last
 * reader leaves and a new one comes), then kept in step with other tabs.
 */
export function createOwnTours(
  storage: GuardedStorage,
  onNotice: (notice: StorageNotice) => void = reportStorageNotice,
  now: () => Date = () => new Date(),
): OwnTours {
  const own = new Map<string, OwnTour>();
  const badKeys = new Map<string, string>();
  let snapshot: OwnTourShelf | null = null;
  const listeners = new Set<() => void>();
  let stopWatching: (() => void) | null = null;

  const rebuild = () => {
    snapshot = {
      tours: [...own.values()].sort(byAge),
      setAside: [...badKeys.values()],
      kept: storage.available,
    };
  };
  const announce = () => {
    if (snapshot && snapshot.setAside.length > 0) {
      const names = [...snapshot.setAside];
      // Never during a render: the notice is another component's state.
      queueMicrotask(() => onNotice({ kind: 'setAside', area: 'tours', names }));
    }
  };
  const emit = () => listeners.forEach((l) => l());

  const readKey = (key: string) => {
    const id = key.slice(OWN_TOUR_KEY_PREFIX.length);
    const raw = storage.read(key);
    own.delete(id);
    badKeys.delete(key);
    if (raw === null) return;
    const entry = readStoredTour(id, raw);
    if (entry.ok) own.set(id, entry.tour);
    else badKeys.set(key, entry.name);
  };
  const readAll = () => {
    own.clear();
    badKeys.clear();
    for (const key of storage.keys(OWN_TOUR_KEY_PREFIX)) readKey(key);
    rebuild();
    announce();
  };
  const onStorageEvent = (key: string | null) => {
    if (key === null) readAll();
    else if (key.startsWith(OWN_TOUR_KEY_PREFIX)) {
      readKey(key);
      rebuild();
      announce();
    } else return;
    emit();
  };

  /** Keeps a tour; a draft that would not read back (over a limit) is refused, never stored. */
  const put = (tour: OwnTour): boolean => {
    const { draft, createdAt, savedAt } = tour;
    if (!tourDraftSchema.safeParse(draft).success) return false;
    storage.write(
      OWN_TOUR_KEY_PREFIX + tour.id,
      JSON.stringify({ version: STORED_TOUR_VERSION, createdAt, savedAt, tour: draft }),
    );
    own.set(tour.id, tour);
    return true;
  };
  const change = <T>(action: () => T): T => {
    if (!snapshot) readAll();
    const result = action();
    rebuild();
    emit();
    return result;
  };

  return {
    subscribe(listener) {
      if (listeners.size === 0) {
        if (!snapshot) readAll();
        stopWatching = storage.watch(onStorageEvent);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        stopWatching?.();
        stopWatching = null;
        snapshot = null;
      };
    },
    getSnapshot() {
      if (!snapshot) readAll();
      return snapshot as OwnTourShelf;
    },
    create(draft, reserved = []) {
      return change(() => {
        const corpusIds = new Set(reserved);
        // Neither a corpus tour's id nor a stored key, readable or set aside, is taken again.
        const taken = (id: string) =>
          corpusIds.has(id) || own.has(id) || storage.read(OWN_TOUR_KEY_PREFIX + id) !== null;
        const at = now().toISOString();
        const tour = { id: newOwnTourId(draft.title, taken), createdAt: at, savedAt: at };
        const saved: OwnTour = { ...tour, draft: { ...draft, id: tour.id } };
        return put(saved) ? saved : null;
      });
    },
    update(id, edit) {
      return change(() => {
        const current = own.get(id);
        if (!current) return null;
        const next = {
          ...current,
          draft: { ...edit(current.draft), id },
          savedAt: now().toISOString(),
        };
        return put(next) ? next : null;
      });
    },
    remove(id) {
      return change(() => {
        const current = own.get(id) ?? null;
        storage.remove(OWN_TOUR_KEY_PREFIX + id);
        own.delete(id);
        return current;
      });
    },
    restore(tour) {
      change(() => put(tour));
    },
  };
}

let shared: OwnTours | null = null;

/** The own tours of this browser (opened on first use). */
export function browserOwnTours(): OwnTours {
  shared ??= createOwnTours(browserStorage());
  return shared;
}

// --- The store ---

const connected = new WeakSet<AppStore>();
const bundleOf = (s: Pick<AppState, 'corpus'>) =>
  s.corpus.status === 'ready' ? s.corpus.bundle : null;

/**
 * Keeps the store's `ownTours` the presentable own tours, now and whenever they or the corpus
 * change (an edit here, another tab, a user's corpus loaded). Once per store.
 */
export function connectOwnTours(store: AppStore, tours: OwnTours = browserOwnTours()): void {
  if (connected.has(store)) return;
  connected.add(store);
  const sync = () => {
    const s = store.getState();
    const bundle = bundleOf(s);
    const next = bundle ? presentableTours(tours.getSnapshot(), bundle) : [];
    const same = next.length === s.ownTours.length && next.every((t, i) => t === s.ownTours[i]);
    if (!same) s.setOwnTours(next);
  };
  tours.subscribe(sync);
  store.subscribe((s, prev) => {
    if (s.corpus !== prev.corpus) sync();
  });
  sync();
}

/** Which own tours the components below use: this browser's unless given (tests give their own). */
export const OwnToursContext = createContext<OwnTours | null>(null);

/** The own tours' actions (create, update, remove, restore). */
export function useOwnToursApi(): OwnTours {
  return useContext(OwnToursContext) ?? browserOwnTours();
}

/** The own tours, kept current across tabs; the store follows them once this has mounted. */
export function useOwnTours(): OwnTourShelf {
  const tours = useOwnToursApi();
  const store = useAppStoreApi();
  useEffect(() => connectOwnTours(store, tours), [store, tours]);
  return useSyncExternalStore(tours.subscribe, tours.getSnapshot);
}

/** The presentable own tours of this browser for a corpus (the presenter window's list). */
export function presentableOwnTours(bundle: Bundle, tours: OwnTours = browserOwnTours()): Tour[] {
  return presentableTours(tours.getSnapshot(), bundle);
}

// --- Adding ---

/** A tour's content without its id: two tours with the same content are the same tour. */
const contentOf = (tour: Tour) => JSON.stringify({ ...tour, id: '' });

/**
 * Keeps a tour that came from outside (a file, a link, a bundled tour copied) as an own tour under
 * a new id; `title` renames it. A tour already kept with the same content is not kept twice.
 */
export function addTour(
  tour: Tour,
  bundle: Bundle,
  options: { title?: string; reuse?: boolean; tours?: OwnTours } = {},
): OwnTour | null {
  const tours = options.tours ?? browserOwnTours();
  if (options.reuse) {
    const same = contentOf(tour);
    const found = tours.getSnapshot().tours.find((t) => contentOf(tourOfDraft(t.draft)) === same);
    if (found) return found;
  }
  // create() gives it its own id.
  const draft = draftOfTour(tour, '', options.title ?? tour.title);
  return tours.create(
    draft,
    bundle.tours.map((t) => t.id),
  );
}

/** The step that shows what is on screen now: its view, models, focus, open evidence and part. */
export function stepOfState(
  s: Pick<AppState, 'view' | 'selectedModels' | 'focus' | 'evidence' | 'part'>,
  title: string,
  talkingPoints: string[] = [],
): TourDraftStep {
  const part = s.part && slidePartsOf(s.view).includes(s.part) ? s.part : undefined;
  return {
    title,
    view: s.view,
    ...(part ? { part } : {}),
    ...(s.selectedModels ? { models: [...s.selectedModels] } : {}),
    ...(s.focus ? { focus: s.focus } : {}),
    ...(s.evidence ? { evidence: { model: s.evidence.model, key: s.evidence.key } } : {}),
    talkingPoints,
  };
}

// --- Boot ---

/**
 * At boot, before the address is applied: the own tours join the store, and a tour carried by
 * the link (`tourfile=`) is kept as an own tour and the address made to open it (`tour=…`).
 * A link that cannot be read becomes a notice and leaves the address.
 */
export async function bootOwnTours(
  store: AppStore,
  tours: OwnTours = browserOwnTours(),
): Promise<void> {
  try {
    connectOwnTours(store, tours);
    await openTourLink(store, tours);
  } catch {
    // Whatever went wrong here, the app starts (the tours page tells of stored tours it cannot read).
  }
}

async function openTourLink(store: AppStore, tours: OwnTours): Promise<void> {
  const link = readLaunchParams(currentAddress().search).tourfile;
  const bundle = bundleOf(store.getState());
  if (link === null || !bundle) return;
  const result = await decodeTourLink(link);
  const url = new URL(currentAddress().href);
  url.searchParams.delete('tourfile');
  if (result.ok) {
    const kept = addTour(result.tour, bundle, { reuse: true, tours });
    if (!kept) {
      // Read but not kept (over a limit of what the browser keeps): said as an unreadable link.
      store
        .getState()
        .addNotices([{ param: 'tourfile', value: link.slice(0, 40), reason: 'badTourLink' }]);
    } else if (checkOwnTour(kept.draft, bundle).tour) {
      url.searchParams.set('tour', kept.id);
      if (!url.searchParams.has('step')) url.searchParams.set('step', '1');
    } else {
      // A tour this corpus cannot present (it names other models): the tours page shows why.
      url.searchParams.set('view', 'tours');
    }
  } else {
    store
      .getState()
      .addNotices([{ param: 'tourfile', value: link.slice(0, 40), reason: 'badTourLink' }]);
  }
  window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
}
