import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/react';
import type { Evidence } from '../corpus/schema';
import { ARTICLE_ID } from '../corpus/source-text';
import { useBundle, useQuoteTranslation } from '../state/selectors';
import { CopyCitation } from './CopyCitation';
import { sourceOfQuote } from './CopyCitationText';
import { Locator, ReadInContext } from './Locator';
import { QuoteTranslation } from './QuoteTranslation';

/**
 * A verbatim quote with its paragraph locator and the article's own reference markers. The quote
 * stays in the article's language (marked so), with our translation beneath on other pages. Where
 * several codings share one list of quotes, each is numbered and says which codings cite it.
 * Every quote of the bundled article links to its paragraph ("Read in context"), and every quote
 * can be copied with its citation.
 */
export function EvidenceQuote({
  evidence,
  number,
  citedBy,
}: {
  evidence: Evidence;
  /** The quote's number in a list the codings refer to. */
  number?: number;
  /** Which codings cite it (a line beneath the locator). */
  citedBy?: ReactNode;
}) {
  const { t } = useTranslation();
  const source = sourceOfQuote(evidence, useBundle());
  const translation = useQuoteTranslation(evidence.quote);
  const paragraph = evidence.locator.replace(/^p/, '');
  return (
    <figure className="evidence-quote" id={`evidence-${evidence.id}`}>
      <blockquote lang="en">
        <p>{evidence.quote}</p>
      </blockquote>
      <QuoteTranslation quote={evidence.quote} />
      <figcaption>
        {number !== undefined ? `${t('codingsEvidence.quoteNumber', { number })} · ` : null}
        <Locator locator={evidence.locator} />
        {evidence.cites.length > 0
          ? ` · ${t('evidence.cites', { markers: evidence.cites.join(' ') })}`
          : null}
        {citedBy ? <span className="evidence-quote__cited-by">{citedBy}</span> : null}
      </figcaption>
      <div className="quote-tools">
        {source === ARTICLE_ID ? <ReadInContext locator={evidence.locator} /> : null}
        <CopyCitation
          passage={{ text: evidence.quote, locator: evidence.locator, source, translation }}
          what={t('evidence.copy.quoteWhat', { number: paragraph })}
        />
      </div>
    </figure>
  );
}
