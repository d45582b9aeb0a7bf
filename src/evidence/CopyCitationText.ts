/**
 * The texts "Copy with citation" puts on the clipboard: a passage of a source (a quote, or a whole
 * paragraph of the article) with where it stands, and the citations of the source and of the app
 * at that passage. The builders are pure (export/cite.ts); this hook gathers what they need.
 */
import { useTranslation } from '../i18n/react';
import { citePassageBibtex, citePassagePlain } from '../export/cite';
import type { CiteInput } from '../export/cite';
import { ARTICLE_ID } from '../corpus/source-text';
import type { Bundle, Evidence } from '../corpus/schema';
import { useBundle, useSourceBundle, useView } from '../state/selectors';
import { useLinkTo } from '../state/links';
import { absoluteUrl } from '../state/url';

export type CitationFormat = 'plain' | 'bibtex';

/** The source a quote is from: its own, else the corpus's first source, else the bundled article. */
export const sourceOfQuote = (
  e: Pick<Evidence, 'source'>,
  bundle: Pick<Bundle, 'sources'>,
): string => e.source ?? bundle.sources[0]?.id ?? ARTICLE_ID;

/** A passage to copy: its text, verbatim, the paragraph it stands in, and its source's id. */
export interface Passage {
  text: string;
  /** `p31`. */
  locator: string;
  source: string;
  /** Our translation into the page's language, where there is one. */
  translation?: string;
}

/** A paragraph number from a locator (`p31` → 31); null for a locator of another form. */
export const paragraphNumber = (locator: string): number | null => {
  const m = /^p([1-9]\d*)$/.exec(locator);
  return m ? Number(m[1]) : null;
};

export function usePassageCitation(): (passage: Passage, format: CitationFormat) => string {
  const { t } = useTranslation();
  const shown = useBundle();
  const written = useSourceBundle();
  const view = useView();
  const linkTo = useLinkTo();
  return (passage, format) => {
    const number = paragraphNumber(passage.locator);
    const inArticle = passage.source === ARTICLE_ID && number !== null;
    // The title as the article gives it (a citation names the original); the rest in our words.
    const original = written.sources.find((s) => s.id === passage.source);
    const described = shown.sources.find((s) => s.id === passage.source);
    const cite: CiteInput = {
      viewTitle: inArticle ? t('article.citeView', { number }) : t(`nav.${view}`),
      url: absoluteUrl(
        inArticle ? linkTo({ view: 'article', p: number, evidence: null }) : linkTo({}),
      ),
      codebookVersion: shown.codebook.version,
      date: new Date().toISOString().slice(0, 10),
      article: original && described ? { title: original.title, kind: described.kind } : null,
    };
    const input = {
      text: passage.text,
      where: number === null ? passage.locator : t('evidence.paragraph', { number }),
      translation: passage.translation
        ? { label: t('evidence.ourTranslation'), text: passage.translation }
        : undefined,
    };
    return format === 'plain' ? citePassagePlain(input, cite) : citePassageBibtex(input, cite);
  };
}
