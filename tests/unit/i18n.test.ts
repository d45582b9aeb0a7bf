import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../src/corpus/json-text';
import { createI18n } from '../../src/i18n/strings';
import { repoRoot } from '../support/paths';

const localeDir = join(repoRoot, 'src', 'i18n', 'locales');
const load = (file: string) =>
  JSON.parse(readFileSync(join(localeDir, file), 'utf8')) as Record<string, unknown>;

function keys(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    v && typeof v === 'object'
      ? keys(v as Record<string, unknown>, `${prefix}${k}.`)
      : [`${prefix}${k}`],
  );
}

/** Plural suffixes (i18next's JSON format, which the catalogues keep): `quotes_one`, `quotes_few`… all name the one key `quotes`. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseOf = (key: string) => key.replace(PLURAL, '');
const bases = (tree: Record<string, unknown>) => [...new Set(keys(tree).map(baseOf))].sort();

// A value's name, with or without a formatter ({{model, possessive}} is English's way to say it).
const placeholders = (s: string) =>
  [...s.matchAll(/\{\{(\w+)(?:,\s*\w+)?\}\}/g)].map((m) => m[1]).sort();

function valueAt(tree: Record<string, unknown>, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

/** Every string a base key can resolve to in a catalogue (its plural forms, or itself). */
function formsByBase(tree: Record<string, unknown>): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const k of keys(tree))
    forms.set(baseOf(k), [...(forms.get(baseOf(k)) ?? []), String(valueAt(tree, k))]);
  return forms;
}

const en = load('en.json');
const others = readdirSync(localeDir).filter((f) => f.endsWith('.json') && f !== 'en.json');
const langOf = (file: string) => file.replace(/\.json$/, '');

describe('locale catalogues', () => {
  it('have every key the code asks for by name (a missing key would show as its raw name)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? files(join(dir, e.name))
          : /\.tsx?$/.test(e.name)
            ? [join(dir, e.name)]
            : [],
      );
    const known = new Set(bases(en));
    const asked = files(join(repoRoot, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z][\w-]*(?:\.[\w-]+)+)'/g)].map(
        (m) => `${m[1]} (${relative(repoRoot, file)})`,
      ),
    );
    expect(asked.length).toBeGreaterThan(100);
    expect(asked.filter((entry) => !known.has(entry.split(' ')[0]!))).toEqual([]);
  });

  it('include at least one language besides English', () => {
    expect(others.length).toBeGreaterThan(0);
  });

  it.each(others)(
    '%s has every key that en.json has, and no others (plural forms aside)',
    (file) => {
      const locale = load(file);
      expect(bases(locale).filter((k) => !bases(en).includes(k))).toEqual([]);
      expect(bases(en).filter((k) => !bases(locale).includes(k))).toEqual([]);
    },
  );

  it.each(others)('%s uses the same {{placeholders}} as en.json in every string', (file) => {
    const english = formsByBase(en);
    const translated = formsByBase(load(file));
    for (const [base, forms] of english) {
      const expected = placeholders(forms[0] ?? '');
      for (const form of [...forms, ...(translated.get(base) ?? [])])
        expect(placeholders(form), base).toEqual(expected);
    }
  });

  it.each(['en.json', ...others])(
    '%s gives each pluralised key every form its language needs',
    (file) => {
      const locale = load(file);
      const needed = new Intl.PluralRules(langOf(file)).resolvedOptions().pluralCategories;
      const plural = keys(locale).filter((k) => PLURAL.test(k));
      for (const base of new Set(plural.map(baseOf)))
        for (const category of needed)
          expect(keys(locale), `${base}_${category}`).toContain(`${base}_${category}`);
    },
  );

  it('name every key once in every catalogue (a repeated key silently drops the first)', () => {
    for (const file of readdirSync(localeDir).filter((f) => f.endsWith('.json'))) {
      const parsed = parseJsonText(readFileSync(join(localeDir, file), 'utf8'));
      expect(parsed.ok ? 'no problem' : `${file}: ${String(parsed.problem)}`).toBe('no problem');
    }
  });

  it('en.json writes no "(s)" plurals: counts go through plural forms', () => {
    const rough = keys(en).filter((k) => /\w\(s\)/.test(String(valueAt(en, k))));
    expect(rough).toEqual([]);
  });

  it('ru.json writes no "шаг(а)"-style endings', () => {
    const ru = load('ru.json');
    const rough = keys(ru).filter((k) => /[а-яё]\([а-яё]+\)/i.test(String(valueAt(ru, k))));
    expect(rough).toEqual([]);
  });
});

describe('plural forms as the app resolves them', () => {
  const instance = createI18n({
    lng: 'en',
    fallbackLng: 'en',
    catalogues: { en, ru: load('ru.json') },
  });
  const t = (lng: string, key: string, count: number) =>
    instance.t(key, { lng, count, model: 'Italy' });

  it('English: one step, five steps, no rows', () => {
    expect(t('en', 'fitMove.steps', 1)).toBe('1 step');
    expect(t('en', 'fitMove.steps', 5)).toBe('5 steps');
    expect(t('en', 'evidencePanel.quotes', 1)).toBe('From the article (1 quote)');
    expect(t('en', 'evidencePanel.quotes', 5)).toBe('From the article (5 quotes)');
    expect(t('en', 'compare.hiddenRows', 0)).toBe('0 rows where all models agree are hidden');
    expect(t('en', 'tours.start', 1)).toBe('Start the tour (1 step)');
  });

  it('Russian: one, few and many (1, 3, 5, 11, 21, 22)', () => {
    const steps = (n: number) => t('ru', 'fitMove.steps', n);
    expect(steps(1)).toBe('1 ступень');
    expect(steps(3)).toBe('3 ступени');
    expect(steps(5)).toBe('5 ступеней');
    expect(steps(11)).toBe('11 ступеней');
    expect(steps(21)).toBe('21 ступень');
    expect(steps(22)).toBe('22 ступени');
    expect(t('ru', 'evidencePanel.quotes', 1)).toBe('Из статьи (1 цитата)');
    expect(t('ru', 'evidencePanel.quotes', 4)).toBe('Из статьи (4 цитаты)');
    expect(t('ru', 'evidencePanel.quotes', 7)).toBe('Из статьи (7 цитат)');
  });
});
