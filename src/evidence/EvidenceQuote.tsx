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
        <span className="locator">[{evidence.locator}]</span>{' '}
        {t('evidence.paragraph', { locator: evidence.locator })}
        {evidence.cites.length > 0
          ? ` · ${t('evidence.cites', { markers: evidence.cites.join(' ') })}`
          : null}
      </figcaption>
    </figure>
  );
}
