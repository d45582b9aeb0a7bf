import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState } from '../../src/state/url';

const ctx = { modelIds: ['italy', 'france', 'united-kingdom', 'united-states', 'japan'] };

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
      lang: 'ru',
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
      lang: 'ru' as const,
    };
    expect(parseUrlState(serializeUrlState(state, ctx), ctx).state).toEqual(state);
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
