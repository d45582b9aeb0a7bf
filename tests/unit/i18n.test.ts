import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function valueAt(tree: Record<string, unknown>, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

const en = load('en.json');
const others = readdirSync(localeDir).filter((f) => f.endsWith('.json') && f !== 'en.json');

describe('locale catalogues', () => {
  it('include at least one language besides English', () => {
    expect(others.length).toBeGreaterThan(0);
  });

  it.each(others)('%s has every key that en.json has, and no others', (file) => {
    const locale = load(file);
    expect(keys(locale).filter((k) => !keys(en).includes(k))).toEqual([]);
    expect(keys(en).filter((k) => !keys(locale).includes(k))).toEqual([]);
  });

  it.each(others)('%s uses the same {{placeholders}} as en.json in every string', (file) => {
    const locale = load(file);
    for (const key of keys(en)) {
      expect(placeholders(String(valueAt(locale, key))), key).toEqual(
        placeholders(String(valueAt(en, key))),
      );
    }
  });
});
