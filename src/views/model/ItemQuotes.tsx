import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EvidenceQuote } from '../../evidence/EvidenceQuote';
import type { CitedQuote } from './derive';

/**
 * An item's quotes: each in full where the page first cites it; where an earlier item already
 * showed it, a link back to it (one element per quote, so its id stays unique on the page).
 */
/**
 * Scrolls to the quote in place rather than following the hash: the address holds the app's
 * state, and a fragment would add a history entry that Back would have to undo.
 */
const scrollToQuote = (id: string) => (e: MouseEvent<HTMLAnchorElement>) => {
  const target = document.getElementById(`evidence-${id}`);
  if (!target) return;
  e.preventDefault();
  target.scrollIntoView({ block: 'center' });
};

export function ItemQuotes({ quotes }: { quotes: CitedQuote[] }) {
  const { t } = useTranslation();
  if (quotes.length === 0) return null;
  return (
    <div className="model-page__quotes">
      {quotes.map(({ evidence, first }) =>
        first ? (
          <EvidenceQuote key={evidence.id} evidence={evidence} />
        ) : (
          <p key={evidence.id} className="model-page__quote-above">
            <a href={`#evidence-${evidence.id}`} onClick={scrollToQuote(evidence.id)}>
              {t('modelPage.quoteAbove', {
                locator: t('evidence.locator', { number: evidence.locator.replace(/^p/, '') }),
              })}
            </a>
          </p>
        ),
      )}
    </div>
  );
}
