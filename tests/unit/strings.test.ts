import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../src/i18n/strings';
import { initI18n } from '../../src/i18n';
import en from '../../src/i18n/locales/en.json';
import ru from '../../src/i18n/locales/ru.json';
import uz from '../../src/i18n/locales/uz.json';

const make = () =>
  createI18n({
    lng: 'en',
    fallbackLng: 'en',
    catalogues: {
      en: {
        greet: 'Hello, {{name}}',
        nested: { deep: { key: 'deep string' } },
        steps_one: '{{count}} step',
        steps_other: '{{count}} steps',
        onlyEnglish: 'English only',
        who: '{{person.name}} of {{ place }}',
        empty: '',
      },
      ru: {
        greet: 'Привет, {{name}}',
        steps_one: '{{count}} ступень',
        steps_few: '{{count}} ступени',
        steps_many: '{{count}} ступеней',
        steps_other: '{{count}} ступени',
      },
    },
  });

describe('createI18n: lookup', () => {
  it('fills placeholders, nested keys and nested values', () => {
    const i18n = make();
    expect(i18n.t('greet', { name: 'Aziza' })).toBe('Hello, Aziza');
    expect(i18n.t('nested.deep.key')).toBe('deep string');
    expect(i18n.t('who', { person: { name: 'Ann' }, place: 'Tashkent' })).toBe('Ann of Tashkent');
    expect(i18n.t('greet')).toBe('Hello, ');
    expect(i18n.t('empty')).toBe('');
  });

  it('gives the key, or the default value, when no catalogue has it', () => {
    const i18n = make();
    expect(i18n.t('no.such.key')).toBe('no.such.key');
    expect(i18n.t('nested.deep')).toBe('nested.deep');
    expect(i18n.t('no.such.key', { defaultValue: 'plain {{x}}', x: 1 })).toBe('plain 1');
    expect(i18n.exists('nested.deep.key')).toBe(true);
    expect(i18n.exists('nested.deep')).toBe(false);
  });

  it('chooses plural forms by the language (English one/other, Russian one/few/many)', () => {
    const i18n = make();
    expect([1, 2, 0].map((count) => i18n.t('steps', { count }))).toEqual([
      '1 step',
      '2 steps',
      '0 steps',
    ]);
    const ruT = i18n.fixedT('ru');
    expect([1, 3, 5, 11, 21, 22].map((count) => ruT('steps', { count }))).toEqual([
      '1 ступень',
      '3 ступени',
      '5 ступеней',
      '11 ступеней',
      '21 ступень',
      '22 ступени',
    ]);
    expect(i18n.t('steps', { count: 5, lng: 'ru' })).toBe('5 ступеней');
  });

  it('falls back to English for a key the language lacks', () => {
    const i18n = make();
    void i18n.changeLanguage('ru');
    expect(i18n.t('greet', { name: 'Aziza' })).toBe('Привет, Aziza');
    expect(i18n.t('onlyEnglish')).toBe('English only');
    expect(i18n.exists('onlyEnglish')).toBe(true);
  });

  it('writes a value through a named format, whatever the case of its name', () => {
    const i18n = createI18n({
      lng: 'en',
      fallbackLng: 'en',
      catalogues: { en: { owner: '{{model, possessiveStart}} plan', plain: '{{model, unknown}}' } },
    });
    i18n.addFormat('PossessiveStart', (value) => `${String(value)}'s`);
    expect(i18n.t('owner', { model: 'Japan' })).toBe("Japan's plan");
    expect(i18n.t('plain', { model: 'Japan' })).toBe('Japan');
  });
});

describe('createI18n: change', () => {
  it('adds strings key by key, a later string replacing an earlier one', () => {
    const i18n = make();
    // Asked once before the addition: an answer remembered from then must not stay.
    expect(i18n.t('greet', { name: 'Bo' })).toBe('Hello, Bo');
    expect(i18n.t('nested.other')).toBe('nested.other');
    i18n.addCatalogue('en', { nested: { other: 'added' }, greet: 'Hi, {{name}}' });
    expect(i18n.t('nested.deep.key')).toBe('deep string');
    expect(i18n.t('nested.other')).toBe('added');
    expect(i18n.t('greet', { name: 'Bo' })).toBe('Hi, Bo');
  });

  it('tells its listeners when the language changes, and only then', async () => {
    const i18n = make();
    const listener = vi.fn();
    const stop = i18n.subscribe(listener);
    await i18n.changeLanguage('en');
    expect(listener).not.toHaveBeenCalled();
    await i18n.changeLanguage('ru');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(i18n.language).toBe('ru');
    stop();
    await i18n.changeLanguage('en');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps a fixed lookup in its own language after a change', async () => {
    const i18n = make();
    const englishT = i18n.fixedT('en');
    await i18n.changeLanguage('ru');
    expect(englishT('greet', { name: 'A' })).toBe('Hello, A');
    expect(i18n.t('greet', { name: 'A' })).toBe('Привет, A');
  });
});

describe('the app’s catalogues through createI18n', () => {
  it('English names a model with its article and possessive where the sentence asks', () => {
    const i18n = initI18n(en);
    const leaves = (tree: object, prefix = ''): [string, unknown][] =>
      Object.entries(tree).flatMap(([k, v]) =>
        v && typeof v === 'object' ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]],
      );
    const withModel = leaves(en)
      .filter(([, s]) => typeof s === 'string' && s.startsWith('{{model, possessiveStart}}'))
      .map(([key]) => key);
    expect(withModel.length).toBeGreaterThan(0);
    for (const key of withModel) {
      const text = i18n.t(key, { model: 'United States' });
      expect(text).toMatch(/^The United States'/);
      expect(text).not.toContain('{{');
    }
  });

  it('Uzbek plurals are one/other, and every form of every language fills without leftovers', () => {
    const i18n = createI18n({ lng: 'uz', fallbackLng: 'en', catalogues: { en, ru, uz } });
    expect(new Intl.PluralRules('uz').resolvedOptions().pluralCategories.sort()).toEqual([
      'one',
      'other',
    ]);
    for (const lng of ['en', 'ru', 'uz']) {
      const t = i18n.fixedT(lng);
      for (const count of [0, 1, 2, 5, 21])
        expect(t('fitMove.steps', { count })).toMatch(new RegExp(`^${count}\\D`));
    }
  });
});
