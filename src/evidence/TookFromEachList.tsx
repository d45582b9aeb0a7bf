import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/react';
import { useTextLang } from '../state/selectors';
import { sameShape } from './structure-shape';
import { useShapeWords } from './StructureShapeText';
import type { TookFrom } from './took-from-each';
import { ValueWords } from './ValueWords';

/** The phrases of one coder's line, in a fixed order: value, confidence, structure, sectors. */
function usePhrases(): (line: TookFrom) => ReactNode[] {
  const { t } = useTranslation();
  const shapeWords = useShapeWords();
  return (line) => {
    if (line.agrees) return [t('codingsEvidence.took.agrees')];
    const differs = (part: TookFrom['differences'][number]) => line.differences.includes(part);
    const phrases: ReactNode[] = [
      differs('value') ? (
        <>
          <ValueWords value={line.value} step={null} />
          {t('codingsEvidence.took.phraseSeparator')}
          {t('codingsEvidence.took.reconciledIs')}{' '}
          <ValueWords value={line.reconciledValue} step={null} />
        </>
      ) : (
        t('codingsEvidence.took.sameValue')
      ),
    ];
    if (differs('confidence'))
      phrases.push(
        t('codingsEvidence.took.confidence', {
          from: t(`confidence.${line.confidence}`),
          to: t(`confidence.${line.reconciledConfidence}`),
        }),
      );
    if (line.shapes) {
      const { mine, reconciled } = line.shapes;
      phrases.push(
        sameShape(mine, reconciled)
          ? t('codingsEvidence.took.structureSameShape')
          : t('codingsEvidence.took.structureShape', {
              mine: shapeWords(mine),
              reconciled: shapeWords(reconciled),
            }),
      );
    }
    if (differs('sectors')) phrases.push(t('codingsEvidence.took.sectors'));
    return phrases;
  };
}

/**
 * "What the reconciled value took from each": a line per other coder, derived from the codings:
 * their value beside the reconciled one (or that it is the same), confidence, structure and
 * sectors where they differ, then a sentence on how many of their quotes the reconciled coding keeps.
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
            {t('codingsEvidence.took.leadIn')}
            {phrasesOf(line).map((phrase, i) => (
              <Fragment key={i}>
                {i > 0 ? t('codingsEvidence.took.phraseSeparator') : null}
                {phrase}
              </Fragment>
            ))}
            {line.agrees ? null : (
              <>
                {t('codingsEvidence.took.sentenceEnd')}
                {t('codingsEvidence.took.quotesKept', {
                  kept: line.quotesKept,
                  count: line.quotes,
                })}
              </>
            )}
            .
          </li>
        ))}
      </ul>
    </section>
  );
}
