import { useMemo } from 'react';
import { useTranslation } from '../i18n/react';
import { codersOf } from '../corpus/codings';
import type { Bundle, DimensionId, Model } from '../corpus/schema';
import { codingColumns } from './coding-columns';
import { CoderNames } from './CoderNames';
import { CodingCard } from './CodingCard';
import { idsOfModel } from './id-spans';
import { RevisionBlock } from './RevisionBlock';
import { revisionSummary } from './revision-summary';
import { quoteNumbersOf, sharedQuotes } from './shared-quotes';
import { SharedQuoteList } from './SharedQuoteList';
import { tookFromEach } from './took-from-each';
import { TookFromEachList } from './TookFromEachList';

/**
 * A coded value under several coders: each written-out coding in a column (the one the charts
 * draw marked), the coders who agree with the reconciled coding named once, what the reconciled
 * value took from each, the change review 1 made (if it made one), then every quote once.
 */
export function CodingsEvidence({
  bundle,
  model,
  dimension,
  chosen,
}: {
  /** The corpus as written (reconciled codes), in the reader's language. */
  bundle: Bundle;
  model: Model;
  dimension: DimensionId;
  /** The coder `coding=` names; null: the reconciled coding. */
  chosen: string | null;
}) {
  const { t } = useTranslation();
  const derived = useMemo(() => {
    const coders = codersOf(bundle);
    const side = codingColumns(model, dimension, coders, bundle.codebook, chosen);
    const quotes = sharedQuotes(side.columns, model.evidence);
    return {
      side,
      quotes,
      took: tookFromEach(model, dimension, coders, bundle.codebook),
      revision: revisionSummary(bundle, model.id, dimension),
    };
  }, [bundle, model, dimension, chosen]);
  const { side, quotes, took, revision } = derived;
  const shownAgreeing = side.agreeing.filter((c) => c.id === side.shown);
  return (
    <>
      <section className="codings-side-by-side">
        <h3>{t('codingsEvidence.heading')}</h3>
        <div className="codings-side-by-side__columns">
          {side.columns.map((c) => (
            <CodingCard
              key={c.coder.id}
              coding={c}
              shown={c.coder.id === side.shown}
              quoteNumbers={quoteNumbersOf(c, quotes)}
            />
          ))}
        </div>
        {side.agreeing.length > 0 ? (
          <p className="codings-agreeing">
            <CoderNames coders={side.agreeing} />
            {t('codingsEvidence.took.afterName')}
            {t('codingsEvidence.agree', { count: side.agreeing.length })}
            {shownAgreeing.length > 0 ? (
              <strong className="coding-card__shown">{t('codingsEvidence.shownNow')}</strong>
            ) : null}
          </p>
        ) : null}
      </section>
      <TookFromEachList lines={took} />
      {revision ? <RevisionBlock revision={revision} ids={idsOfModel(model)} /> : null}
      <SharedQuoteList quotes={quotes} />
    </>
  );
}
