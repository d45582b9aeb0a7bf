import type { Lang } from '../corpus/vocabulary';

/** Each language by its own name, so a reader finds theirs whatever the page's language. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  en: 'English',
  ru: 'Русский',
  uz: 'Oʻzbekcha',
};
