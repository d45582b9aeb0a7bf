import { useEffect } from 'react';
import { useTranslation } from '../../i18n/react';
import { switchLanguage } from '../../i18n';
import { useLang } from '../../state/selectors';

/** Loads the chosen language's strings and sets `<html lang>` once they are in. */
export function useLanguageOnDocument(): void {
  const lang = useLang();
  const { i18n } = useTranslation();
  useEffect(() => {
    void switchLanguage(i18n, lang).then(() => {
      // Only when it changes: writing <html lang> even with the same value restyles the whole
      // page (about 8 ms at 4× throttle), and the first page already carries it.
      if (document.documentElement.lang !== i18n.language)
        document.documentElement.lang = i18n.language;
    });
  }, [lang, i18n]);
}
