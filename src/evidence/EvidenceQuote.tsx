import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../corpus/schema';
import { Locator } from './Locator';
import { QuoteTranslation } from './QuoteTranslation';

/**
 * A verbatim quote with its paragraph locator and the article's own reference markers. The quote
 * stays in the article's language (marked so), with our translation beneath on other pages. Where
 * several codings share one list of quotes, each is numbered and says which codings cite it.
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
    </figure>
  );
}
