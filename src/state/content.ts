/**
 * Puts the corpus's translation into the reader's language beside it in the store. Only the
 * bundled corpus has translations (data/i18n/, one asset per language); a user's own corpus is
 * shown in its own text, which the views mark with its language. The asset is fetched once per
 * language and corpus; the translation code loads only when a language other than English is on.
 */
import type { Bundle } from '../corpus/schema';
import type { Lang } from '../corpus/vocabulary';
import { contentTranslationOf } from './store';
import type { AppStore, ContentTranslation } from './store';

const made = new WeakMap<Bundle, Map<Lang, Promise<ContentTranslation | null>>>();

function translationOf(bundle: Bundle, lang: Lang): Promise<ContentTranslation | null> {
  const byLang = made.get(bundle) ?? new Map<Lang, Promise<ContentTranslation | null>>();
  made.set(bundle, byLang);
  let pending = byLang.get(lang);
  if (!pending) {
    pending = import('../corpus/content-translations')
      .then(({ loadContentTranslation }) => loadContentTranslation(bundle, lang))
      .then((result) =>
        result.ok
          ? {
              lang,
              source: bundle,
              bundle: result.translated.bundle,
              quotes: result.translated.quotes,
              untranslated: new Set(result.translated.untranslated.map((f) => f.text)),
            }
          : null,
      )
      .catch(() => null);
    byLang.set(lang, pending);
  }
  return pending;
}

/**
 * Makes the store's corpus show in `lang` when a translation of it exists; resolves when done
 * (or when there is nothing to do). An unavailable translation leaves the corpus's own text on.
 */
export async function showContentIn(store: AppStore, lang: Lang): Promise<void> {
  const s = store.getState();
  if (lang === 'en' || s.corpus.status !== 'ready' || s.corpusOrigin.kind !== 'bundled') return;
  if (contentTranslationOf({ ...s, lang })) return;
  const bundle = s.corpus.bundle;
  const content = await translationOf(bundle, lang);
  const now = store.getState();
  // Only if the corpus is still the one translated (a user's corpus may have replaced it).
  if (content && now.corpus.status === 'ready' && now.corpus.bundle === bundle)
    now.setContent(content);
}
