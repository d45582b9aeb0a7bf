import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useTextLang } from '../state/selectors';
import type { TookFrom } from './took-from-each';
import { ValueWords } from './ValueWords';

/** The phrases of one coder's line, in a fixed order: value, confidence, structure, sectors, quotes. */
function usePhrases(): (line: TookFrom) => ReactNode[] {
  const { t } = useTranslation();
  return (line) => {
    if (line.agrees) return [t('codingsEvidence.took.agrees')];
    const differs = (part: TookFrom['differences'][number]) => line.differences.includes(part);
    const phrases: ReactNode[] = [
      differs('value') ? (
        <>
          {t('codingsEvidence.took.differs')} <ValueWords value={line.value} step={null} /> →{' '}
          {t('codingsEvidence.took.reconciled')}{' '}
          <ValueWords value={line.reconciledValue} step={null} />
        </>
      ) : (
        t('codingsEvidence.took.sameValue')
      ),
    ];
    if (differs('confidence'))
      phrases.push(
        `${t(`confidence.${line.confidence}`)} → ${t(`confidence.${line.reconciledConfidence}`)}`,
      );
    if (differs('structure')) phrases.push(t('codingsEvidence.took.structure'));
    if (differs('sectors')) phrases.push(t('codingsEvidence.took.sectors'));
    phrases.push(
      t('codingsEvidence.took.quotesKept', { kept: line.quotesKept, count: line.quotes }),
    );
    return phrases;
  };
}

/**
 * "What the reconciled value took from each": a line per other coder, derived from the codings
 * (same value, or which value it moved from and to; confidence; quotes it still cites).
 */
export function TookFromEachList({ lines }: { lines: readonly TookFrom[] }) {
  const { t } = useTranslation();
  const langOf = useTextLang();
  const phrasesOf = usePhrases();
  return (
    <section className="took-from-each">
      <h3>{t('codingsEvidence.took.heading')}</h3>
      <ul>
        {lines.map((line) => (
          <li key={line.coder.id}>
            <strong lang={langOf(line.coder.name)}>{line.coder.name}</strong>
            {t('codingsEvidence.took.afterName')}
            {phrasesOf(line).map((phrase, i) => (
              <Fragment key={i}>
                {i > 0 ? t('codingsEvidence.took.phraseSeparator') : null}
                {phrase}
              </Fragment>
            ))}
            .
          </li>
        ))}
      </ul>
    </section>
  );
}
