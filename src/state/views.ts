/** The views the app can show; `view=` in the URL takes one of these ids. */
export const VIEW_IDS = ['overview', 'concepts', 'sources'] as const;
export type ViewId = (typeof VIEW_IDS)[number];
export const DEFAULT_VIEW: ViewId = 'overview';

export const isViewId = (s: string): s is ViewId => (VIEW_IDS as readonly string[]).includes(s);

export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';
export const isLang = (s: string): s is Lang => (LANGS as readonly string[]).includes(s);
