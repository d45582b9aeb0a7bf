import { useId } from 'react';
import { useTranslation } from '../i18n/react';
import { LANGS } from '../corpus/vocabulary';
import type { Lang } from '../corpus/vocabulary';
import type { ThemePreference } from '../state/store';
import { useActions, useLang, useTheme } from '../state/selectors';
import { storeLang } from '../state/language';
import { LANGUAGE_NAMES } from '../i18n/language-names';

/** Theme (system / light / dark) and interface language. */
export function Preferences() {
  const { t } = useTranslation();
  const theme = useTheme();
  const lang = useLang();
  const { setTheme, setLang } = useActions();
  const chooseLang = (next: Lang) => {
    setLang(next);
    storeLang(next);
  };
  const themeId = useId();
  const langId = useId();
  return (
    <div className="preferences">
      <label htmlFor={themeId}>{t('prefs.theme')}</label>
      <select
        id={themeId}
        value={theme}
        onChange={(e) => setTheme(e.target.value as ThemePreference)}
      >
        <option value="system">{t('prefs.themeSystem')}</option>
        <option value="light">{t('prefs.themeLight')}</option>
        <option value="dark">{t('prefs.themeDark')}</option>
      </select>
      <label htmlFor={langId}>{t('prefs.language')}</label>
      <select id={langId} value={lang} onChange={(e) => chooseLang(e.target.value as Lang)}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
