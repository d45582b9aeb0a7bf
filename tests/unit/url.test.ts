import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  DEFAULT_URL_STATE,
  hrefFor,
  parseUrlState,
  readLaunchParams,
  serializeUrlState,
} from '../../src/state/url';
import { normalizeModelSelection, resolveModelIds } from '../../src/state/model-selection';
import { createAppStore } from '../../src/state/store';
import { buildBundle, buildModel } from '../support/corpus';
import type { UrlState } from '../../src/state/url';
import { EVIDENCE_KEYS, LANGS, VIEW_IDS, slidePartsOf } from '../../src/corpus/vocabulary';
import { blankProfile } from '../../src/corpus/profile';

const ctx = {
  modelIds: ['italy', 'france', 'united-kingdom', 'united-states', 'japan'],
  tourSteps: { 'five-ways': 8 },
  coderIds: ['first-coding', 'review-1'],
};

describe('URL state', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE, ctx)).toBe('');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, models: [...ctx.modelIds] }, ctx)).toBe('');
  });

  it('writes only what differs from the defaults, with readable commas', () => {
    expect(
      serializeUrlState(
        { ...DEFAULT_URL_STATE, view: 'concepts', models: ['japan', 'italy'] },
        ctx,
      ),
    ).toBe('?view=concepts&models=japan,italy');
  });

  it('parses each parameter as valid, keeping the model order given', () => {
    const { state, notices } = parseUrlState(
      '?view=sources&models=japan,italy&focus=italy&lang=ru',
      ctx,
    );
    expect(state).toEqual({
      view: 'sources',
      models: ['japan', 'italy'],
      focus: 'italy',
      evidence: null,
      lang: 'ru',
      profile: null,
      embed: false,
      present: false,
      tour: null,
      step: 1,
      part: null,
      coding: null,
      model: null,
      p: null,
    });
    expect(notices).toEqual([]);
  });

  it('treats a missing parameter as its default without a notice', () => {
    expect(parseUrlState('', ctx)).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
  });

  it('falls back to the default for each invalid parameter and says which', () => {
    const { state, notices } = parseUrlState(
      '?view=maps&models=italy,atlantis&focus=mars&lang=xx',
      ctx,
    );
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(notices).toEqual([
      { param: 'view', value: 'maps', reason: 'unknownView' },
      { param: 'models', value: 'italy,atlantis', reason: 'unknownModels' },
      { param: 'focus', value: 'mars', reason: 'unknownModel' },
      { param: 'lang', value: 'xx', reason: 'unknownLang' },
    ]);
  });

  it('rejects an empty model list, and drops repeated ids', () => {
    expect(parseUrlState('?models=,,', ctx).notices).toEqual([
      { param: 'models', value: ',,', reason: 'emptyModels' },
    ]);
    expect(parseUrlState('?models=italy,italy', ctx).state.models).toEqual(['italy']);
  });

  it('round-trips a state through serialize and parse', () => {
    const state = {
      view: 'concepts' as const,
      models: ['france', 'japan'],
      focus: 'japan',
      evidence: { model: 'japan', key: 'firmHierarchy' as const },
      lang: 'ru' as const,
      profile: { ...blankProfile('Fergana'), values: { ...blankProfile().values, stateRole: 5 } },
      embed: true,
      present: true,
      tour: 'five-ways',
      step: 4,
      part: null,
      coding: 'review-1',
      model: null,
      p: null,
    };
    expect(parseUrlState(serializeUrlState(state, ctx), ctx).state).toEqual(state);
  });

  it('reads a model page and an article paragraph, each only in its own view', () => {
    expect(parseUrlState('?view=model&model=japan', ctx).state).toMatchObject({
      view: 'model',
      model: 'japan',
    });
    expect(parseUrlState('?view=article&p=31', ctx).state).toMatchObject({ p: 31 });
    expect(parseUrlState('?view=article&p=p12', ctx).state).toMatchObject({ p: 12 });
    // Outside their views the two parameters mean nothing: neither read nor written.
    expect(parseUrlState('?view=compare&model=japan&p=3', ctx)).toMatchObject({
      state: { model: null, p: null },
      notices: [],
    });
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, view: 'article', p: 31 }, ctx)).toBe(
      '?view=article&p=31',
    );
    expect(parseUrlState('?view=model&model=atlantis', ctx).notices).toEqual([
      { param: 'model', value: 'atlantis', reason: 'unknownModel' },
    ]);
    expect(parseUrlState('?view=article&p=0', ctx).notices).toEqual([
      { param: 'p', value: '0', reason: 'badParagraph' },
    ]);
  });

  it('reads a tour step, and falls back to step 1 for a step out of range', () => {
    expect(parseUrlState('?tour=five-ways&step=4', ctx).state).toMatchObject({
      tour: 'five-ways',
      step: 4,
    });
    const { state, notices } = parseUrlState('?tour=five-ways&step=12', ctx);
    expect(state).toMatchObject({ tour: 'five-ways', step: 1 });
    expect(notices).toEqual([{ param: 'step', value: '12', reason: 'badStep' }]);
    expect(parseUrlState('?tour=nowhere&step=2', ctx).notices).toEqual([
      { param: 'tour', value: 'nowhere', reason: 'unknownTour' },
    ]);
  });

  it('reads a presented part the view has, and refuses one it has not (with a notice)', () => {
    expect(parseUrlState('?view=compare&present=1&part=instruments', ctx).state.part).toBe(
      'instruments',
    );
    const odd = parseUrlState('?view=governance&present=1&part=instruments', ctx);
    expect(odd.state.part).toBeNull();
    expect(odd.notices).toEqual([{ param: 'part', value: 'instruments', reason: 'unknownPart' }]);
    // Outside presentation mode a part means nothing, so it is neither read nor complained of.
    expect(parseUrlState('?view=compare&part=instruments', ctx)).toMatchObject({
      state: { part: null },
      notices: [],
    });
  });

  it('reads a coder the corpus names and sets aside one it does not', () => {
    expect(parseUrlState('?coding=first-coding', ctx).state.coding).toBe('first-coding');
    const { state, notices } = parseUrlState('?coding=nobody', ctx);
    expect(state.coding).toBeNull();
    expect(notices).toEqual([{ param: 'coding', value: 'nobody', reason: 'unknownCoding' }]);
    expect(
      parseUrlState('?coding=first-coding', { modelIds: ctx.modelIds }).state.coding,
    ).toBeNull();
  });

  it('never throws on odd input', () => {
    for (const s of [
      '?%',
      '?models=%E0%A4%A',
      '??view=&&',
      '?view=__proto__',
      '?models=constructor',
    ]) {
      expect(() => parseUrlState(s, ctx)).not.toThrow();
    }
  });
});

describe('URL state properties (fast-check, 1000 runs each)', () => {
  const RUNS = { numRuns: 1000 };
  const modelId = fc.constantFrom(...ctx.modelIds);
  const state: fc.Arbitrary<UrlState> = fc
    .record({
      view: fc.constantFrom(...VIEW_IDS),
      models: fc.option(fc.uniqueArray(modelId, { minLength: 1, maxLength: 5 }), { nil: null }),
      focus: fc.option(modelId, { nil: null }),
      evidence: fc.option(fc.record({ model: modelId, key: fc.constantFrom(...EVIDENCE_KEYS) }), {
        nil: null,
      }),
      lang: fc.constantFrom(...LANGS),
      profile: fc.option(fc.constant(blankProfile('Test region')), { nil: null }),
      embed: fc.boolean(),
      present: fc.boolean(),
      tour: fc.constant(null),
      step: fc.constant(1),
      part: fc.constant(null),
      coding: fc.option(fc.constantFrom(...ctx.coderIds), { nil: null }),
      model: fc.constant<string | null>(null),
      p: fc.constant<number | null>(null),
    })
    .chain((s) =>
      // A model page names its model, the article its paragraph; elsewhere neither is read.
      s.view === 'model'
        ? fc.option(modelId, { nil: null }).map((model) => ({ ...s, model }))
        : s.view === 'article'
          ? fc.option(fc.integer({ min: 1, max: 45 }), { nil: null }).map((p) => ({ ...s, p }))
          : fc.constant(s),
    )
    .chain((s) =>
      fc
        .option(fc.integer({ min: 1, max: 8 }), { nil: null })
        .map((step) => (step === null ? s : { ...s, tour: 'five-ways', step })),
    )
    .chain((s) =>
      // A part is read only when presenting, and only one the view has.
      s.present && slidePartsOf(s.view).length > 0
        ? fc
            .option(fc.constantFrom(...slidePartsOf(s.view)), { nil: null })
            .map((part) => ({ ...s, part }))
        : fc.constant(s),
    );
  const paramValue = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom('', ',', '.', 'japan.', '.stateRole', '__proto__', 'italy,,japan'),
  );
  const query = fc
    .array(
      fc.tuple(fc.constantFrom('view', 'models', 'focus', 'evidence', 'lang', 'x'), paramValue),
      { maxLength: 6 },
    )
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`);

  it('the parser never throws on any string, and always yields a complete state', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), query), (search) => {
        const { state: parsed, notices } = parseUrlState(search, ctx);
        expect(VIEW_IDS).toContain(parsed.view);
        expect(LANGS).toContain(parsed.lang);
        expect(Array.isArray(notices)).toBe(true);
      }),
      RUNS,
    );
  });

  it('serialize → parse returns the same state (the default model list reads back as null)', () => {
    fc.assert(
      fc.property(state, (s) => {
        const { state: back, notices } = parseUrlState(serializeUrlState(s, ctx), ctx);
        const allInOrder = s.models !== null && s.models.join() === ctx.modelIds.join();
        expect(back).toEqual({ ...s, models: allInOrder ? null : s.models });
        expect(notices).toEqual([]);
      }),
      RUNS,
    );
  });

  it('an invalid parameter never changes the others', () => {
    fc.assert(
      fc.property(state, paramValue, (s, junk) => {
        fc.pre(!VIEW_IDS.includes(junk as never));
        const search = serializeUrlState({ ...s, view: 'overview' }, ctx);
        const withJunk = `${search}${search ? '&' : '?'}view=${encodeURIComponent(junk)}`;
        const { state: back } = parseUrlState(withJunk, ctx);
        expect(back.view).toBe('overview');
        expect(back.lang).toBe(s.lang);
      }),
      RUNS,
    );
  });
});

describe('links and launch parameters', () => {
  it('makes a link to a partial state, the rest at defaults, and ./ for the defaults', () => {
    expect(hrefFor({ view: 'sources' })).toBe('?view=sources');
    expect(hrefFor({ view: 'sources', lang: 'ru', models: ['japan'] }, ctx)).toBe(
      '?view=sources&models=japan&lang=ru',
    );
    expect(hrefFor({})).toBe('./');
    expect(hrefFor({ ...DEFAULT_URL_STATE, embed: false })).toBe('./');
  });

  it('writes the presenter switch first and a step only within a tour', () => {
    expect(hrefFor({ presenter: true, lang: 'ru', tour: 'five-ways', step: 3 })).toBe(
      '?presenter=1&lang=ru&tour=five-ways&step=3',
    );
    expect(hrefFor({ step: 3 })).toBe('./');
  });

  it('keeps a profile readable (tildes bare) and reads it back', () => {
    const profile = { ...blankProfile('Fergana valley'), values: { ...blankProfile().values } };
    const href = hrefFor({ view: 'fit', profile });
    expect(href).toMatch(/^\?view=fit&profile=1~Fergana\S*valley~/);
    expect(href).not.toMatch(/%7E/i);
    expect(parseUrlState(href, ctx).state.profile).toEqual(profile);
  });

  it('turns a link into a full address beside the app, without the page fragment', () => {
    const base = 'https://example.org/atlas/?view=governance&tour=five-ways&step=3#x';
    expect(absoluteUrl(hrefFor({ presenter: true, tour: 'five-ways', step: 3 }), base)).toBe(
      'https://example.org/atlas/?presenter=1&tour=five-ways&step=3',
    );
    expect(absoluteUrl(hrefFor({}), base)).toBe('https://example.org/atlas/');
  });

  it('reads the launch parameters without a corpus, and never throws', () => {
    expect(readLaunchParams('?presenter=1&lang=ru&view=governance&models=x')).toMatchObject({
      presenter: true,
      view: 'governance',
      lang: 'ru',
    });
    expect(readLaunchParams('?presenter=yes&view=maps&lang=xx')).toMatchObject({
      presenter: false,
      view: DEFAULT_URL_STATE.view,
      lang: DEFAULT_URL_STATE.lang,
    });
    fc.assert(
      fc.property(fc.string(), (search) => {
        const launch = readLaunchParams(search);
        expect(VIEW_IDS).toContain(launch.view);
        expect(LANGS).toContain(launch.lang);
      }),
      { numRuns: 1000 },
    );
  });

  it('the app state never carries the presenter switch, and a bad one raises no notice', () => {
    const { state, notices } = parseUrlState('?presenter=maybe&view=concepts', ctx);
    expect(state).toEqual({ ...DEFAULT_URL_STATE, view: 'concepts' });
    expect(notices).toEqual([]);
  });
});

describe('model selection: no selection means all, in corpus order', () => {
  const all = ctx.modelIds;

  it('resolves no selection, or one with no known model, to every model in corpus order', () => {
    expect(resolveModelIds(all, null)).toEqual(all);
    expect(resolveModelIds(all, ['atlantis'])).toEqual(all);
    expect(resolveModelIds(all, ['japan', 'atlantis', 'italy'])).toEqual(['japan', 'italy']);
  });

  it('keeps a selection only when it says something narrower than all in corpus order', () => {
    expect(normalizeModelSelection(all, null)).toBeNull();
    expect(normalizeModelSelection(all, [])).toBeNull();
    expect(normalizeModelSelection(all, [...all])).toBeNull();
    expect(normalizeModelSelection(all, [...all].reverse())).toEqual([...all].reverse());
    expect(normalizeModelSelection(all, ['japan'])).toEqual(['japan']);
  });

  it('the store keeps "all in corpus order" as no selection', () => {
    const store = createAppStore({
      corpus: {
        status: 'ready',
        bundle: buildBundle({ models: all.map((id) => buildModel({ id })) }),
      },
    });
    store.getState().setSelectedModels([...all]);
    expect(store.getState().selectedModels).toBeNull();
    store.getState().setSelectedModels(['japan', 'italy']);
    expect(store.getState().selectedModels).toEqual(['japan', 'italy']);
    store.getState().setSelectedModels([]);
    expect(store.getState().selectedModels).toBeNull();
  });
});
