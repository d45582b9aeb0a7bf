/**
 * Words in the wrong language on a page: text a screen reader would speak with the page's voice
 * although it is written in another language. Each text node is judged by the language it is
 * marked with (its closest `lang`): on a Russian page, a Latin-script word not inside an element
 * marked English; on an Uzbek page (Latin script too), an English word not inside one. Text that
 * is not rendered (display: none) is skipped; visually hidden text counts, since it is spoken.
 *
 * What counts as English on an Uzbek page: a word of the English interface or corpus
 * (`englishWords`, built by the caller from en.json and data/) that is not also an Uzbek word
 * the app uses on purpose (`sharedWords`, each listed with its reason by the caller).
 */
import type { Page } from 'playwright-core';

export interface ForeignWord {
  word: string;
  /** A few words around it, for finding it on the page. */
  context: string;
  /** The closest element's tag and class, for finding it in the code. */
  where: string;
}

interface Options {
  pageLang: 'ru' | 'uz';
  /** Lower-case English words (for uz pages). */
  englishWords?: readonly string[];
  /** Words allowed as they are, compared case-sensitively (file formats: CSV, SVG…). */
  allowed: readonly string[];
}

export async function foreignWords(page: Page, options: Options): Promise<ForeignWord[]> {
  return page.evaluate(({ pageLang, englishWords, allowed }) => {
    const english = new Set(englishWords ?? []);
    const ok = new Set(allowed);
    const found: { word: string; context: string; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent ?? '';
      if (!el || !text.trim() || el.closest('script, style, noscript, template')) continue;
      if (!el.checkVisibility()) continue;
      const marked = (el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase();
      if (marked && marked.split('-')[0] !== pageLang) continue;
      // Addresses, file names, ids and the format's JSON keys (straight-quoted: "codebook") are
      // code, not words.
      const prose = text
        .replace(/https?:\/\/\S*/g, ' ')
        // Identifiers with digits (p12, q1, ISO 3166-1) are codes, not words.
        .replace(/[\p{L}]+\d[\w-]*/gu, ' ')
        // A file's path too ("data/reviews/review-1.json"), folders and all.
        .replace(/[\w./-]+\.(json|csv|svg|png|pdf|md)\b/g, ' ')
        .replace(/"[\w-]+"/g, ' ');
      for (const match of prose.matchAll(/[\p{L}\u02BB\u02BC'’]+/gu)) {
        const word = match[0].replace(/^['’]+|['’]+$/g, '');
        if (!word || ok.has(word)) continue;
        const latin = /[A-Za-z]/.test(word);
        // On an Uzbek page, words under three letters are left alone: "u" (Uzbek: he, she, it)
        // or a chart's letter code is not English; longer English words around them are caught.
        const wrong =
          pageLang === 'ru'
            ? latin
            : latin && word.length >= 3 && english.has(word.toLowerCase().replace(/[’']s$/, ''));
        if (!wrong) continue;
        const at = match.index ?? 0;
        found.push({
          word,
          context: prose.slice(Math.max(0, at - 30), at + word.length + 30).replace(/\s+/g, ' '),
          where: `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`,
        });
      }
    }
    return found;
  }, options);
}

export const describeForeignWord = (f: ForeignWord): string =>
  `"${f.word}" in ${f.where}: …${f.context}…`;
