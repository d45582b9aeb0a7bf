import { useTranslation } from '../i18n/react';
import { useQuoteTranslation } from '../state/selectors';

/**
 * Our translation of a quote into the page's language, beneath the verbatim quote and labelled
 * as ours: a reading aid, never the evidence (the quote above it is). Nothing on English pages.
 */
export function QuoteTranslation({ quote }: { quote: string }) {
  const { t } = useTranslation();
  const translation = useQuoteTranslation(quote);
  if (!translation) return null;
  return (
    <p className="quote-translation">
      <span className="quote-translation__label">{t('evidence.ourTranslation')}</span> {translation}
    </p>
  );
}
