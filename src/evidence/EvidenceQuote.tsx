import { useTranslation } from 'react-i18next';
import type { Evidence } from '../corpus/schema';
import { QuoteTranslation } from './QuoteTranslation';

/**
 * A verbatim quote with its paragraph locator and the article's own reference markers. The quote
 * stays in the article's language (marked so), with our translation beneath on other pages.
 */
export function EvidenceQuote({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  return (
    <figure className="evidence-quote" id={`evidence-${evidence.id}`}>
      <blockquote lang="en">
        <p>{evidence.quote}</p>
      </blockquote>
      <QuoteTranslation quote={evidence.quote} />
      <figcaption>
        {/* One locator form everywhere: the article's own paragraph number, "[p31]" (in the
            page's language: "[абз. 31]"). */}
        <span
          className="locator"
          title={t('evidence.paragraph', { number: evidence.locator.replace(/^p/, '') })}
        >
          [{t('evidence.locator', { number: evidence.locator.replace(/^p/, '') })}]
        </span>
        {evidence.cites.length > 0
          ? ` · ${t('evidence.cites', { markers: evidence.cites.join(' ') })}`
          : null}
      </figcaption>
    </figure>
  );
}
