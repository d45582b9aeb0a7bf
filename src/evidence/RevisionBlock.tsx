import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/react';
import type { ReviewResponse } from '../corpus/schema';
import { useTextLang } from '../state/selectors';
import { splitOnIds } from './id-spans';
import { sameShape } from './structure-shape';
import { useShapeWords } from './StructureShapeText';
import { FindingName } from './FindingName';
import { Locator } from './Locator';
import type { CodingState, RevisionSummary } from './revision-summary';
import { ValueWords } from './ValueWords';

/** "before → after", or the one value with "(unchanged)" when the review left it as it was. */
function BeforeAfter({
  changed,
  before,
  after,
}: {
  changed: boolean;
  before: ReactNode;
  after: ReactNode;
}) {
  const { t } = useTranslation();
  return changed ? (
    <>
      {before} → {after}
    </>
  ) : (
    <>
      {after} {t('codingsEvidence.revised.unchanged')}
    </>
  );
}

function Response({ response, ids }: { response: ReviewResponse; ids: readonly string[] }) {
  const { t } = useTranslation();
  const langOf = useTextLang();
  return (
    <li>
      <p className="revision-response__head">
        {t('codingsEvidence.revised.finding')} <FindingName finding={response.finding} />
        {' · '}
        <strong className={`verdict verdict--${response.verdict}`}>
          {t(`codingsEvidence.verdict.${response.verdict}`)}
        </strong>
      </p>
      <p lang={langOf(response.reason)}>
        {splitOnIds(response.reason, ids).map((part, i) =>
          part.id ? (
            <code key={i} lang="en">
              {part.text}
            </code>
          ) : (
            part.text
          ),
        )}
      </p>
      <p className="revision-response__locators">
        {response.locators.map((l, i) => (
          <span key={l}>
            {i > 0 ? ' ' : null}
            <Locator locator={l} />
          </span>
        ))}
      </p>
    </li>
  );
}

const words = (state: CodingState) => <ValueWords value={state.value} step={state.step} />;

/**
 * "Revised after review 1": what the value was in the first coding and what it is now (value,
 * confidence, and whether the structure or the sectors changed), and our answer to each finding
 * whose changes touched it, with the paragraphs the answer rests on.
 */
export function RevisionBlock({
  revision,
  ids,
}: {
  revision: RevisionSummary;
  /** The model's ids (quotes, actors, nodes…), which a reason may name: marked as code, not words. */
  ids: readonly string[];
}) {
  const { t } = useTranslation();
  const langOf = useTextLang();
  const headingId = useId();
  const shapeWords = useShapeWords();
  const { before, after, parts } = revision;
  return (
    <section className="revision-block" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('codingsEvidence.revised.heading', { number: revision.reviewNumber })}
      </h3>
      <p className="revision-block__review" lang={langOf(revision.reviewTitle)}>
        {revision.reviewTitle}
      </p>
      <dl className="evidence-facts">
        <div>
          <dt>{t('evidencePanel.value')}</dt>
          <dd>
            <BeforeAfter
              changed={parts.includes('value')}
              before={words(before)}
              after={words(after)}
            />
          </dd>
        </div>
        <div>
          <dt>{t('evidencePanel.confidence')}</dt>
          <dd>
            <BeforeAfter
              changed={parts.includes('confidence')}
              before={t(`confidence.${before.confidence}`)}
              after={t(`confidence.${after.confidence}`)}
            />
          </dd>
        </div>
        {parts.includes('structure') ? (
          <div>
            <dt>{t('codingsEvidence.revised.structure')}</dt>
            <dd>
              {revision.shapes && !sameShape(revision.shapes.before, revision.shapes.after)
                ? `${shapeWords(revision.shapes.before)} → ${shapeWords(revision.shapes.after)}`
                : t('codingsEvidence.revised.structureChanged')}
            </dd>
          </div>
        ) : null}
        {parts.includes('sectors') ? (
          <div>
            <dt>{t('codingsEvidence.revised.sectors')}</dt>
            <dd>{t('codingsEvidence.revised.sectorsChanged')}</dd>
          </div>
        ) : null}
      </dl>
      <h4>{t('codingsEvidence.revised.responses', { count: revision.responses.length })}</h4>
      <ul className="revision-responses">
        {revision.responses.map((r) => (
          <Response key={r.finding} response={r} ids={ids} />
        ))}
      </ul>
    </section>
  );
}
