import { describe, expect, it } from 'vitest';
import type { Tour } from '../../src/corpus/schema';
import { tourSchema } from '../../src/corpus/schema';
import type { TourDraft } from '../../src/corpus/tour-files';
import {
  addTour,
  checkOwnTour,
  connectOwnTours,
  createOwnTours,
  newOwnTourId,
  OWN_TOUR_KEY_PREFIX,
  slugOf,
  stepOfState,
  tourOfDraft,
} from '../../src/tours/own-tours';
import { createGuardedStorage } from '../../src/state/storage';
import type { StorageNotice } from '../../src/state/storage';
import { createAppStore } from '../../src/state/store';
import { urlContextOf } from '../../src/state/useUrlSync';
import { parseUrlState } from '../../src/state/url';
import { bundledCorpus } from '../support/corpus';
import { memoryBackend } from '../support/storage';

const bundle = bundledCorpus();

function setUp(initial: Record<string, string> = {}, options: { failWrites?: boolean } = {}) {
  const backend = memoryBackend(initial, options);
  const notices: StorageNotice[] = [];
  const storage = createGuardedStorage(
    () => backend,
    (n) => notices.push(n),
  );
  let tick = 0;
  const clock = () => new Date(Date.UTC(2026, 0, 1, 0, 0, ++tick));
  const tours = createOwnTours(storage, (n) => notices.push(n), clock);
  const titles = () => tours.getSnapshot().tours.map((t) => t.draft.title);
  return { backend, storage, tours, notices, titles };
}

const point = (text: string) => `${text} — a talking point long enough to pass.`;

/** A draft that is a complete tour of the bundled corpus. */
const complete = (title = 'Two steps'): Omit<TourDraft, 'id'> => ({
  title,
  summary: 'A short tour of two steps, for the tests.',
  steps: [
    { title: 'The overview', view: 'overview', talkingPoints: [point('First')] },
    {
      title: 'State role',
      view: 'state-role',
      models: ['italy', 'japan'],
      focus: 'japan',
      talkingPoints: ['', point('Second'), '   '],
    },
  ],
});

const stored = (draft: TourDraft, version = 1) =>
  JSON.stringify({ version, createdAt: '2026-01-01T00:00:00.000Z', savedAt: 'x', tour: draft });

describe('own tours in storage', () => {
  it('keeps each tour under its own key in a versioned envelope, and reads it back', () => {
    const { tours, backend, storage } = setUp();
    const made = tours.create(complete());
    expect(made?.id).toBe('own-two-steps-1');
    expect([...backend.map.keys()]).toEqual([`${OWN_TOUR_KEY_PREFIX}own-two-steps-1`]);
    const raw = JSON.parse(backend.map.get(`${OWN_TOUR_KEY_PREFIX}own-two-steps-1`) ?? '{}');
    expect(raw.version).toBe(1);
    expect(raw.tour.id).toBe('own-two-steps-1');
    // Another tab (or a reload) reads the same tour.
    const again = createOwnTours(storage);
    expect(again.getSnapshot().tours.map((t) => t.draft)).toEqual([made?.draft]);
  });

  it('writes one key per change: an edit of one tour never rewrites another', () => {
    const { tours, backend } = setUp();
    const a = tours.create(complete('A'));
    tours.create(complete('B'));
    backend.writes.length = 0;
    tours.update(a!.id, (d) => ({ ...d, title: 'A, renamed' }));
    expect(backend.writes.map((w) => w.key)).toEqual([`${OWN_TOUR_KEY_PREFIX}own-a-1`]);
    const removed = tours.remove('own-b-1');
    expect(backend.removals).toEqual([`${OWN_TOUR_KEY_PREFIX}own-b-1`]);
    // Undo puts it back as it was.
    tours.restore(removed!);
    expect(tours.getSnapshot().tours.map((t) => t.draft.title)).toEqual(['A, renamed', 'B']);
  });

  it('sets aside damaged entries and entries of another version, untouched, with a notice', async () => {
    const good = { ...complete('Good'), id: 'own-good-1' };
    const { titles, notices, backend, tours } = setUp({
      [`${OWN_TOUR_KEY_PREFIX}own-good-1`]: stored(good),
      [`${OWN_TOUR_KEY_PREFIX}own-cut-1`]: '{"version":1,"tour":{"title":"Cut sh',
      [`${OWN_TOUR_KEY_PREFIX}own-future-1`]: stored(
        { ...good, id: 'own-future-1', title: 'Future' },
        2,
      ),
      // The key and the id inside disagree: which is it? Neither is trusted.
      [`${OWN_TOUR_KEY_PREFIX}own-other-1`]: stored({ ...good, title: 'Mismatch' }),
    });
    expect(titles()).toEqual(['Good']);
    expect(tours.getSnapshot().setAside).toEqual(['own-cut-1', 'Future', 'Mismatch']);
    await Promise.resolve();
    expect(notices).toEqual([
      { kind: 'setAside', area: 'tours', names: ['own-cut-1', 'Future', 'Mismatch'] },
    ]);
    expect(backend.writes).toEqual([]);
    // A new tour never takes the key of one set aside.
    const made = tours.create({ ...complete('Cut'), steps: [] });
    expect(made?.id).toBe('own-cut-2');
    expect(backend.map.get(`${OWN_TOUR_KEY_PREFIX}own-cut-1`)).toBe(
      '{"version":1,"tour":{"title":"Cut sh',
    );
  });

  it('reports a refused write (storage full) and keeps the tour for this visit', () => {
    const { tours, notices, titles } = setUp({}, { failWrites: true });
    tours.create(complete());
    expect(notices).toEqual([{ kind: 'unwritable' }]);
    expect(titles()).toEqual(['Two steps']);
  });

  it('refuses a draft over the limits of what is kept, rather than storing what would not read back', () => {
    const { tours, backend } = setUp();
    const made = tours.create(complete());
    const tooMany = Array.from({ length: 41 }, () => made!.draft.steps[0]!);
    expect(tours.update(made!.id, (d) => ({ ...d, steps: tooMany }))).toBeNull();
    expect(tours.getSnapshot().tours[0]?.draft.steps).toHaveLength(2);
    expect(backend.writes).toHaveLength(1);
  });

  it('sees what another tab saved when told by the storage event', () => {
    const backend = memoryBackend();
    const listeners = new Set<(e: StorageEvent) => void>();
    const events = {
      addEventListener: (_: string, l: (e: StorageEvent) => void) => void listeners.add(l),
      removeEventListener: (_: string, l: (e: StorageEvent) => void) => void listeners.delete(l),
    } as unknown as Pick<Window, 'addEventListener' | 'removeEventListener'>;
    const tab = () =>
      createOwnTours(
        createGuardedStorage(
          () => backend,
          () => {},
          events,
        ),
        () => {},
      );
    const a = tab();
    const b = tab();
    let heard = 0;
    b.subscribe(() => heard++);
    const made = a.create(complete('From A'));
    for (const l of listeners)
      l({ key: OWN_TOUR_KEY_PREFIX + made!.id, storageArea: null } as StorageEvent);
    expect(heard).toBe(1);
    expect(b.getSnapshot().tours.map((t) => t.draft.title)).toEqual(['From A']);
  });
});

describe('own tour ids', () => {
  it('are own-<slug>-<n>, from the title in Latin letters and digits', () => {
    expect(slugOf('Five Ways: a Lecture!')).toBe('five-ways-a-lecture');
    expect(slugOf('Café à la carte')).toBe('cafe-a-la-carte');
    expect(slugOf('Моя экскурсия')).toBe('tour');
    expect(slugOf('x'.repeat(100))).toHaveLength(40);
    expect(newOwnTourId('My tour', () => false)).toBe('own-my-tour-1');
  });

  it('never clash with a corpus tour, an own tour or a set-aside entry', () => {
    const { tours } = setUp({ [`${OWN_TOUR_KEY_PREFIX}own-five-ways-2`]: 'damaged' });
    const reserved = ['own-five-ways-1'];
    const first = tours.create(complete('Five ways'), reserved);
    const second = tours.create(complete('Five ways'), reserved);
    expect([first?.id, second?.id]).toEqual(['own-five-ways-3', 'own-five-ways-4']);
    // A copy of a corpus tour gets a fresh id, never the corpus tour's own.
    const five = bundle.tours.find((t) => t.id === 'five-ways')!;
    const copy = addTour(five, bundle, { tours });
    expect(copy?.id).toMatch(/^own-five-ways-to-build-a-cluster-\d+$/);
    expect(bundle.tours.map((t) => t.id)).not.toContain(copy?.id);
  });
});

describe('checking an own tour', () => {
  const draftOf = (d: Omit<TourDraft, 'id'>): TourDraft => ({ ...d, id: 'own-x-1' });

  it('passes a complete tour through the tour schema, blank lines dropped', () => {
    const { tour, problems } = checkOwnTour(draftOf(complete()), bundle);
    expect(problems).toEqual([]);
    expect(tour?.steps[1]?.talkingPoints).toEqual([point('Second')]);
    expect(tourSchema.safeParse(tour).success).toBe(true);
  });

  it('says what a draft still lacks, step by step', () => {
    const draft = draftOf({
      title: '  ',
      summary: 'Too short',
      steps: [{ title: '', view: 'compare', talkingPoints: ['short', ''] }],
    });
    expect(checkOwnTour(draft, bundle)).toEqual({
      tour: null,
      problems: [
        { kind: 'title' },
        { kind: 'summary', min: 20 },
        { kind: 'fewSteps', min: 2 },
        { kind: 'stepTitle', step: 1 },
        { kind: 'shortPoint', step: 1, point: 1, min: 20 },
      ],
    });
    expect(checkOwnTour(draftOf({ ...complete(), steps: [] }), bundle).problems).toEqual([
      { kind: 'fewSteps', min: 2 },
    ]);
  });

  it('reports a step naming a model the corpus lacks, and keeps the tour', () => {
    const d = complete();
    const draft = draftOf({
      ...d,
      steps: [
        d.steps[0]!,
        {
          ...d.steps[1]!,
          models: ['italy', 'atlantis'],
          evidence: { model: 'mu', key: 'lessons' },
        },
      ],
    });
    expect(checkOwnTour(draft, bundle).problems).toEqual([
      { kind: 'unknownModel', step: 2, model: 'atlantis' },
      { kind: 'unknownModel', step: 2, model: 'mu' },
    ]);
  });

  it('checks what the corpus cross-checks add (a quote the evidence does not have)', () => {
    const d = complete();
    const draft = draftOf({
      ...d,
      steps: [
        d.steps[0]!,
        { ...d.steps[1]!, evidence: { model: 'japan', key: 'stateRole', quote: 50 } },
      ],
    });
    const { tour, problems } = checkOwnTour(draft, bundle);
    expect(tour).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'other' });
  });

  it('turns what is on screen into a step: view, models, focus, open evidence, part', () => {
    expect(
      stepOfState(
        {
          view: 'compare',
          selectedModels: ['france', 'italy'],
          focus: 'france',
          evidence: { model: 'france', key: 'lessons' },
          part: 'lessons',
        },
        'France',
      ),
    ).toEqual({
      title: 'France',
      view: 'compare',
      part: 'lessons',
      models: ['france', 'italy'],
      focus: 'france',
      evidence: { model: 'france', key: 'lessons' },
      talkingPoints: [],
    });
    // A part the view does not have is not kept.
    expect(
      stepOfState(
        { view: 'overview', selectedModels: null, focus: null, evidence: null, part: 'lessons' },
        'Overview',
      ),
    ).toEqual({ title: 'Overview', view: 'overview', talkingPoints: [] });
  });
});

describe('own tours in the store and the address', () => {
  it('joins the presentable ones to the store, so a link to their steps is read', () => {
    const { tours } = setUp();
    const ready = tours.create(complete('Ready'));
    tours.create({ ...complete('Draft'), steps: [] });
    const store = createAppStore({ corpus: { status: 'ready', bundle } });
    connectOwnTours(store, tours);
    expect(store.getState().ownTours.map((t) => t.id)).toEqual([ready!.id]);
    const { state, notices } = parseUrlState(
      `?tour=${ready!.id}&step=2`,
      urlContextOf(store.getState()),
    );
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ tour: ready!.id, step: 2 });
    store.getState().applyUrlState(state);
    expect(store.getState()).toMatchObject({ view: 'state-role', focus: 'japan' });
    // An edit that makes it incomplete takes it out of the store; one that mends it puts it back.
    tours.update(ready!.id, (d) => ({ ...d, summary: '' }));
    expect(store.getState().ownTours).toEqual([]);
    tours.update(ready!.id, (d) => ({ ...d, summary: complete().summary }));
    expect(store.getState().ownTours.map((t) => t.id)).toEqual([ready!.id]);
  });

  it('keeps a tour from outside once: the same content twice is the same tour', () => {
    const { tours } = setUp();
    const tour: Tour = tourOfDraft({ ...complete('Shared'), id: 'own-shared-7' });
    const first = addTour(tour, bundle, { reuse: true, tours });
    const again = addTour(tour, bundle, { reuse: true, tours });
    expect(again?.id).toBe(first?.id);
    expect(tours.getSnapshot().tours).toHaveLength(1);
  });
});
