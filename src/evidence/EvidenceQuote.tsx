import { useTranslation } from 'react-i18next';
import type { Evidence } from '../corpus/schema';

/** A verbatim quote with its paragraph locator and the article's own reference markers. */
export function EvidenceQuote({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  return (
    <figure className="evidence-quote" id={`evidence-${evidence.id}`}>
      <blockquote>
        <p>{evidence.quote}</p>
      </blockquote>
      <figcaption>
        {/* One locator form everywhere: the article's own paragraph number, "[p31]". */}
        <span
          className="locator"
          title={t('evidence.paragraph', { number: evidence.locator.replace(/^p/, '') })}
        >
          [{evidence.locator}]
        </span>
        {evidence.cites.length > 0
          ? ` · ${t('evidence.cites', { markers: evidence.cites.join(' ') })}`
          : null}
      </figcaption>
    </figure>
  );
}
