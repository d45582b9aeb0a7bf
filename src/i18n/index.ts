/**
 * i18next wiring. English is bundled so t() works synchronously from the first render; other
 * catalogues are fetched only when chosen, which keeps them out of the first page's JavaScript.
 * <html lang> follows the active language (see App).
 */
import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import type { Lang } from '../state/views';

const catalogueLoaders: Record<Exclude<Lang, 'en'>, () => Promise<{ default: unknown }>> = {
  ru: () => import('./locales/ru.json'),
};

export function initI18n(): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes; i18next must not double-escape.
    initAsync: false,
  });
  return instance;
}

/** Loads the catalogue if needed, then switches; an unavailable catalogue leaves English on. */
export async function switchLanguage(instance: I18n, lang: Lang): Promise<void> {
  if (lang !== 'en' && !instance.hasResourceBundle(lang, 'translation')) {
    try {
      const catalogue = await catalogueLoaders[lang]();
      instance.addResourceBundle(lang, 'translation', catalogue.default, true, true);
    } catch {
      return;
    }
  }
  await instance.changeLanguage(lang);
}
