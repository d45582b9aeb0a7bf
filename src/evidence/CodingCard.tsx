import { useId } from 'react';
import { useTranslation } from '../i18n/react';
import { useTextLang } from '../state/selectors';
import type { CodingColumn } from './coding-columns';
import { ConfidenceNote } from './ConfidenceNote';
import { ValueWords } from './ValueWords';

/**
 * One coder's coding of a value, a column beside the others: who coded it and in what role, the
 * value with its confidence (a low one outlined dashed, as the charts draw it), the rationale, and
 * the numbers of the quotes it cites (the quotes themselves are listed once, below the columns).
 */
export function CodingCard({
  coding,
  shown,
  quoteNumbers,
}: {
  coding: CodingColumn;
  /** The charts draw this coding now. */
  shown: boolean;
  quoteNumbers: number[];
}) {
  const { t } = useTranslation();
  const langOf = useTextLang();
  const headingId = useId();
  const { coder } = coding;
  return (
    <article
      className={`coding-card${shown ? ' coding-card--shown' : ''}`}
      aria-labelledby={headingId}
    >
      <h4 id={headingId} lang={langOf(coder.name)}>
        {coder.name}
      </h4>
      <p className="coding-card__role">{t(`codingsEvidence.role.${coder.role}`)}</p>
      {shown ? <p className="coding-card__shown">{t('codingsEvidence.shownNow')}</p> : null}
      <dl className="evidence-facts">
        <div>
          <dt>{t('evidencePanel.value')}</dt>
          <dd className={`coding-card__value coding-card__value--${coding.confidence}`}>
            <ValueWords value={coding.value} step={coding.step} defined />
            <ConfidenceNote confidence={coding.confidence} />
          </dd>
        </div>
        <div>
          <dt>{t('codingsEvidence.rationale')}</dt>
          <dd lang={langOf(coding.rationale)}>{coding.rationale}</dd>
        </div>
        <div>
          <dt>{t('codingsEvidence.quotesCited')}</dt>
          <dd>{quoteNumbers.join(t('codingsEvidence.numberSeparator'))}</dd>
        </div>
      </dl>
    </article>
  );
}
