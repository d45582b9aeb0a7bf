import type { SyntheticEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { LANGS } from '../../corpus/vocabulary';
import type { Lang } from '../../corpus/vocabulary';
import { storeLang } from '../../state/language';
import { useActions, useAppStoreApi, useLang } from '../../state/selectors';
import type { AppState } from '../../state/store';
import { serializeUrlState } from '../../state/url';
import { urlContextOf, urlStateOf } from '../../state/useUrlSync';
import { LANGUAGE_NAMES } from '../../i18n/language-names';

/** This page's address in `lang`: what a link to the same place in that language reads. */
const addressIn = (lang: Lang, s: AppState) =>
  serializeUrlState({ ...urlStateOf(s), lang }, urlContextOf(s)) || '?';

function LanguageLink({ lang, current }: { lang: Lang; current: boolean }) {
  // Read when drawn and again when the reader comes to use the link (pointer enter, focus), not
  // followed: a selector writing three addresses of every selected model ran on each change of
  // the store, a hover's highlight too (state/links.ts says the same of model page links).
  const store = useAppStoreApi();
  const addressNow = () => addressIn(lang, store.getState());
  const refresh = (e: SyntheticEvent<HTMLAnchorElement>) => {
    e.currentTarget.href = addressNow();
  };
  const { setLang } = useActions();
  return (
    <a
      href={addressNow()}
      onPointerEnter={refresh}
      onFocus={refresh}
      hrefLang={lang}
      lang={lang}
      className="language-switch__link"
      aria-current={current ? 'true' : undefined}
      title={LANGUAGE_NAMES[lang]}
      // The name is an attribute, not hidden text: text in Cyrillic anywhere on an English page
      // would make the browser fetch the Cyrillic font for it. It holds the code that is shown.
      aria-label={`${LANGUAGE_NAMES[lang]} (${lang.toUpperCase()})`}
      onClick={(e) => {
        e.preventDefault();
        setLang(lang);
        storeLang(lang);
      }}
    >
      {lang.toUpperCase()}
    </a>
  );
}

/**
 * The language switch, always in the header: each language by its own name (shown as its code),
 * a real link to this page in that language (hreflang), remembered once chosen.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <nav className="language-switch" aria-label={t('prefs.language')}>
      {LANGS.map((l) => (
        <LanguageLink key={l} lang={l} current={l === lang} />
      ))}
    </nav>
  );
}
