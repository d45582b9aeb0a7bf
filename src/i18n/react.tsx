/**
 * The strings in React: `I18nProvider` hands the tree its I18n, and `useTranslation` gives a
 * component the lookup for the active language. A component renders again when the language
 * changes (its `t` is then a new function, so memoised work that uses it is redone); strings
 * added to a catalogue later do not re-render anything, because the parts that need them load
 * together with them (ui/lazyWithStrings.ts).
 */
import { createContext, use, useMemo, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { I18n, TFunction } from './strings';

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return <I18nContext value={i18n}>{children}</I18nContext>;
}

export function useTranslation(): { t: TFunction; i18n: I18n } {
  const i18n = use(I18nContext);
  if (!i18n) throw new Error('useTranslation needs an I18nProvider above it');
  const language = useSyncExternalStore(
    i18n.subscribe,
    () => i18n.language,
    () => i18n.language,
  );
  const t = useMemo(() => i18n.fixedT(language), [i18n, language]);
  return { t, i18n };
}
