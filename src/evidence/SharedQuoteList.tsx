import { useTranslation } from '../i18n/react';
import { CoderNames } from './CoderNames';
import { EvidenceQuote } from './EvidenceQuote';
import type { SharedQuote } from './shared-quotes';

/** The quotes of all the codings, each once, numbered, with the codings that cite it. */
export function SharedQuoteList({ quotes }: { quotes: readonly SharedQuote[] }) {
  const { t } = useTranslation();
  return (
    <section className="shared-quotes">
      <h3>{t('evidencePanel.quotes', { count: quotes.length })}</h3>
      {quotes.map((q) => (
        <EvidenceQuote
          key={q.evidence.id}
          evidence={q.evidence}
          number={q.number}
          citedBy={
            <>
              {t('codingsEvidence.citedBy')} <CoderNames coders={q.citedBy} />
            </>
          }
        />
      ))}
    </section>
  );
}
