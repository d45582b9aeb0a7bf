/**
 * src/first-page-guard.js decides, before the first paint, whether a visit may see the baked
 * overview. It is plain script (it must run as it is), so it is run here in a sandbox and held
 * to the app's own reading: the language the visit opens in (state/language.ts) and whether the
 * link asks for anything but the plain first page. Both as written and as the build ships it
 * (minified).
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { LANG_STORAGE_KEY, preferredLang } from '../../src/state/language';
import { parseUrlState, readLaunchParams, serializeUrlState } from '../../src/state/url';
import { urlContextOfBundle } from '../../src/state/useUrlSync';
import { bundledCorpus } from '../support/corpus';
import { readStoredTheme, resolveTheme, THEME_STORAGE_KEY } from '../../src/state/theme';
import type { GuardedStorage } from '../../src/state/storage';
import { FIRST_PAGE_GUARD_SOURCE, firstPageGuardAsBuilt } from '../../src/build/bake-plugin';

const written = readFileSync(new URL(`../../${FIRST_PAGE_GUARD_SOURCE}`, import.meta.url), 'utf8');
const GUARDS = [
  ['as written', written],
  ['as built', firstPageGuardAsBuilt(written)],
] as const;

interface Visit {
  search: string;
  stored?: string | null;
  languages?: string[];
  storageBlocked?: boolean;
  /** The stored theme preference, if any. */
  theme?: string | null;
  prefersDark?: boolean;
}

/** The attributes the guard (its text) sets on <html> on such a visit. */
function guardRun(
  guard: string,
  {
    search,
    stored = null,
    languages = ['en-US'],
    storageBlocked,
    theme = null,
    prefersDark = false,
  }: Visit,
) {
  const attributes = new Map<string, string>();
  const localStorage = {
    getItem: (key: string) =>
      key === LANG_STORAGE_KEY ? stored : key === THEME_STORAGE_KEY ? theme : null,
  };
  runInNewContext(guard, {
    URLSearchParams,
    navigator: { languages, language: languages[0] },
    document: {
      documentElement: { setAttribute: (name: string, v: string) => attributes.set(name, v) },
    },
    window: {
      location: { search },
      matchMedia: (query: string) => ({
        matches: query === '(prefers-color-scheme: dark)' && prefersDark,
      }),
      get localStorage() {
        if (storageBlocked) throw new Error('SecurityError: storage is blocked');
        return localStorage;
      },
    },
  });
  return attributes;
}

/** What the guard does on such a visit: 'elsewhere' (hides the baked page) or null. */
const guardMark = (guard: string, visit: Visit) =>
  guardRun(guard, visit).get('data-first-page') ?? null;

/** The theme main.tsx opens in for such a visit (state/theme.ts). */
function appTheme({ theme = null, prefersDark = false, storageBlocked }: Visit) {
  const storage: GuardedStorage = {
    available: !storageBlocked,
    read: (key) => (storageBlocked || key !== THEME_STORAGE_KEY ? null : theme),
    write: () => false,
    remove: () => undefined,
    keys: () => [],
    watch: () => () => undefined,
  };
  return resolveTheme(
    readStoredTheme(storage, () => undefined),
    prefersDark,
  );
}

/** The app's own answer: the plain first page, opened in English. */
function opensBakedPage({ search, stored = null, languages = ['en-US'], storageBlocked }: Visit) {
  const launch = readLaunchParams(search);
  const stays = launch.langGiven
    ? launch.lang
    : preferredLang(
        storageBlocked || stored === null ? null : (stored as 'en' | 'ru' | 'uz'),
        languages,
      );
  // The address the app opens on, written back as it writes it: '' is the plain first page.
  const opening = serializeUrlState(parseUrlState(search, CONTEXT).state, CONTEXT);
  const launchOnly =
    launch.presenter ||
    launch.print !== null ||
    launch.presentation !== null ||
    launch.tourfile !== null;
  return opening === '' && !launchOnly && stays === 'en';
}

const CONTEXT = urlContextOfBundle(bundledCorpus());

const VISITS: Visit[] = [
  { search: '' },
  { search: '?view=overview' },
  { search: '?view=overview&lang=en' },
  { search: '?lang=en&view=overview' },
  { search: '?view=overview&lang=ru' },
  { search: '?view=overview&models=italy,japan' },
  { search: '?view=sources' },
  { search: '?lang=en' },
  { search: '?lang=ru' },
  { search: '?lang=uz' },
  { search: '?lang=xx' },
  { search: '?view=compare' },
  { search: '?models=italy,japan' },
  { search: '?presenter=1' },
  { search: '?tour=five-ways&step=2' },
  { search: '', languages: ['ru-RU', 'en'] },
  { search: '', languages: ['uz-Latn-UZ'] },
  { search: '', languages: ['de-DE', 'ru'] },
  { search: '', languages: ['de-DE', 'fr'] },
  { search: '', stored: 'ru' },
  { search: '', stored: 'en', languages: ['ru-RU'] },
  { search: '?lang=en', stored: 'uz' },
  { search: '', stored: 'klingon', languages: ['uz'] },
  { search: '', stored: 'ru', storageBlocked: true },
];

describe.each(GUARDS)('the first page guard, %s', (_version, guard) => {
  it.each(VISITS)('hides the baked overview exactly when the app opens elsewhere: %j', (visit) => {
    expect(guardMark(guard, visit) === null).toBe(opensBakedPage(visit));
  });

  const THEMES: Visit[] = [
    { search: '' },
    { search: '', prefersDark: true },
    { search: '', theme: 'light', prefersDark: true },
    { search: '', theme: 'dark' },
    { search: '', theme: 'system', prefersDark: true },
    { search: '', theme: 'purple' },
    { search: '', theme: 'dark', storageBlocked: true, prefersDark: false },
    { search: '?view=compare', theme: 'dark' },
  ];
  it.each(THEMES)('sets the theme main.tsx opens in, on every visit: %j', (visit) => {
    expect(guardRun(guard, visit).get('data-theme')).toBe(appTheme(visit));
  });

  it('shows the plain first page to an English reader and hides it from a deep link', () => {
    expect(guardMark(guard, { search: '' })).toBeNull();
    expect(guardMark(guard, { search: '?view=compare' })).toBe('elsewhere');
    expect(guardMark(guard, { search: '', languages: ['ru'] })).toBe('elsewhere');
  });
});
