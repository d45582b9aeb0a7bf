/**
 * What the page says when the app's code cannot load (boot.ts): an offline reader whose browser
 * holds no copy, a server that no longer has the chunk an old page names, a failed script. Without
 * it the baked overview, or the loading line of a deep link, would stay up for good as if the app
 * were still coming.
 *
 * The words are here rather than in the catalogues (src/i18n/locales/): the catalogues load with
 * the app's code, which is what failed. The language is the link's `lang`, else the first of the
 * browser's languages the app speaks: the reader's remembered choice lives in code that did not load.
 */
import type { Lang } from '../corpus/vocabulary';

export interface BootFailureWords {
  lang: Lang;
  message: string;
  reload: string;
}

// The catalogues' own wording (error.view.reload, articleText's "check the connection").
const WORDS: Record<Lang, Omit<BootFailureWords, 'lang'>> = {
  en: {
    message:
      'Cluster Atlas’s code could not be loaded. Check the connection, then reload the page.',
    reload: 'Reload the page',
  },
  ru: {
    message:
      'Не удалось загрузить код Cluster Atlas. Проверьте соединение и перезагрузите страницу.',
    reload: 'Перезагрузить страницу',
  },
  uz: {
    message: 'Cluster Atlas kodini yuklab boʻlmadi. Ulanishni tekshiring va sahifani yangilang.',
    reload: 'Sahifani yangilash',
  },
};

/**
 * state/language.ts's langOfTag, written again on purpose: that one uses corpus/vocabulary's
 * isLang, which lives in the first page's chunk, and importing it here would make the entry fetch
 * that chunk before the first paint (the thing boot.ts exists to avoid). Only the type is shared.
 */
const spoken = (tag: string | null): Lang | null => {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return primary === 'en' || primary === 'ru' || primary === 'uz' ? primary : null;
};

/** The words for a page at `search`, read in a browser whose languages are `browserLanguages`. */
export function bootFailureWords(
  search: string,
  browserLanguages: readonly string[],
): BootFailureWords {
  const lang =
    spoken(new URLSearchParams(search).get('lang')) ??
    browserLanguages.map(spoken).find((l) => l !== null) ??
    'en';
  return { lang, ...WORDS[lang] };
}

/**
 * Shows the failure as an alert at the foot of the window, over the baked page or the loading
 * line (which it replaces), with a button that reloads the page.
 */
export function showBootFailure(doc: Document, words: BootFailureWords): void {
  if (doc.querySelector('.boot-failure')) return;
  doc.documentElement.dataset.bootFailed = '';
  const box = doc.createElement('div');
  box.className = 'update-prompt boot-failure';
  box.setAttribute('role', 'alert');
  box.lang = words.lang;
  const notice = doc.createElement('div');
  notice.className = 'notice';
  const text = doc.createElement('p');
  text.textContent = words.message;
  const reload = doc.createElement('button');
  reload.type = 'button';
  reload.textContent = words.reload;
  reload.addEventListener('click', () => doc.defaultView?.location.reload());
  notice.append(text, reload);
  box.append(notice);
  doc.body.append(box);
}
