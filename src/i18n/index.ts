/**
 * The app's strings (strings.ts). The first page needs only the shell and overview strings, so those parts of the
 * English catalogue are imported by name (Vite drops the rest from the first page's JavaScript);
 * the whole catalogue loads with the first other view, and other languages load when chosen.
 * <html lang> follows the active language (see App).
 */
import { createI18n } from './strings';
import type { Catalogue, I18n } from './strings';
import {
  app,
  chrome,
  error,
  families,
  glyph,
  letters,
  levels,
  loading,
  nav,
  overview,
  prefs,
  share,
} from './locales/en.json';
import { isLang } from '../corpus/vocabulary';
import type { Lang } from '../corpus/vocabulary';
import { englishName, ENGLISH_NAME_FORMATS } from './english-names';

// `chrome` and `prefs` name the header's More, Settings, model picker button and language switch:
// without them the first paint showed their keys ("chrome.more") until the whole catalogue came in.
const FIRST_PAGE = {
  app,
  chrome,
  error,
  families,
  glyph,
  letters,
  levels,
  loading,
  nav,
  overview,
  prefs,
  // The toolbar's Share button is on the first screen; only its name is needed before the rest.
  share: { label: share.label },
};

// The whole English catalogue is fetched as text (?raw): importing the same JSON module both by
// name (above) and dynamically would put all of it back into the first page's JavaScript.
const catalogueLoaders: Record<Lang, () => Promise<{ default: unknown }>> = {
  en: () =>
    import('./locales/en.json?raw').then((m) => ({ default: JSON.parse(m.default) as unknown })),
  ru: () => import('./locales/ru.json'),
  uz: () => import('./locales/uz.json'),
};

let active: I18n | null = null;
const complete = new Set<string>();

/** `fullEnglish`: the whole English catalogue at once (tests, which mount views directly). */
export function initI18n(fullEnglish?: Record<string, unknown>): I18n {
  const instance = createI18n({
    lng: 'en',
    fallbackLng: 'en',
    catalogues: { en: fullEnglish ?? FIRST_PAGE },
  });
  // English names a country with "the" and a possessive where the catalogue asks ({{model, possessive}}).
  for (const [format, form] of Object.entries(ENGLISH_NAME_FORMATS))
    instance.addFormat(format, (value: unknown) => englishName(String(value), form));
  active = instance;
  complete.clear();
  if (fullEnglish) complete.add('en');
  return instance;
}

async function loadCatalogue(instance: I18n, lang: Lang): Promise<void> {
  const key = `${lang}`;
  if (complete.has(key)) return;
  const catalogue = await catalogueLoaders[lang]();
  instance.addCatalogue(lang, catalogue.default as Catalogue);
  complete.add(key);
}

/** Makes sure every string of the active language (and of English, the fallback) is loaded. */
export async function ensureFullCatalogue(): Promise<void> {
  const instance = active;
  if (!instance) return;
  const lang: Lang = isLang(instance.language) ? instance.language : 'en';
  await Promise.all([
    loadCatalogue(instance, 'en'),
    lang === 'en' ? null : loadCatalogue(instance, lang),
  ]).catch(() => undefined);
}

/** Loads the catalogue if needed, then switches; an unavailable catalogue leaves English on. */
export async function switchLanguage(instance: I18n, lang: Lang): Promise<void> {
  try {
    await Promise.all([loadCatalogue(instance, 'en'), loadCatalogue(instance, lang)]);
  } catch {
    return;
  }
  await instance.changeLanguage(lang);
}
