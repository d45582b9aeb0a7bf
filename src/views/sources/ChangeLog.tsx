/**
 * The change log of the coding: how the review's findings were answered (a count per verdict) and
 * every value the review changed, before → after, with the findings behind each and their reasons
 * one click away (on paper, printed under each finding). Props only.
 */
import { useTranslation } from '../../i18n/react';
import { useCodeValueText } from '../../evidence/code-value-text';
import { FindingName } from '../../evidence/FindingName';
import { RevisedStructureText } from '../../evidence/StructureShapeText';
import { TableScroll } from '../shared/TableScroll';
import type { ChangeLog as Log, LoggedValue } from './agreement-derive';

/** A reason in the corpus's language where it is not yet translated (see useTextLang). */
type LangOf = (text: string) => 'en' | undefined;

function ValueText({ value }: { value: LoggedValue }) {
  const { t } = useTranslation();
  const shares = useCodeValueText();
  const text = value.score
    ? value.stepLabel
      ? t('compare.stepShort', { value: value.score.value, label: value.stepLabel })
      : String(value.score.value)
    : shares(value, { markLead: true });
  return (
    <>
      <span className="change-log__value">{text}</span>
      <span className="change-log__confidence">{t(`confidence.${value.confidence}`)}</span>
    </>
  );
}

export function ChangeLog({ log, langOf }: { log: Log; langOf: LangOf }) {
  const { t } = useTranslation();
  const total = log.verdicts.accepted + log.verdicts.partly + log.verdicts.declined;
  const caption = t('agreement.logCaption', { review: log.review.title });
  return (
    <section aria-labelledby="change-log" className="change-log">
      <h3 id="change-log">{t('agreement.logTitle')}</h3>
      <p>
        <span lang={langOf(log.review.title)}>{log.review.title}</span>:{' '}
        {t('agreement.verdicts', {
          count: total,
          accepted: log.verdicts.accepted,
          partly: log.verdicts.partly,
          declined: log.verdicts.declined,
        })}
      </p>
      {log.entries.length === 0 ? (
        <p>{t('agreement.logEmpty')}</p>
      ) : (
        <TableScroll label={caption}>
          <table className="change-log__table table--sticky-first">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('agreement.value')}</th>
                <th scope="col">{t('agreement.before')}</th>
                <th scope="col">{t('agreement.after')}</th>
                <th scope="col">{t('agreement.findings')}</th>
              </tr>
            </thead>
            <tbody>
              {log.entries.map((e) => (
                <tr key={`${e.model.id}.${e.dimension}`}>
                  <th scope="row">
                    <span className="change-log__model">{e.model.name}</span>
                    <span className="change-log__dimension">{e.dimensionLabel}</span>
                    <span className="change-log__parts">
                      {t('agreement.changed', {
                        parts: e.parts.map((p) => t(`agreement.part.${p}`)).join(', '),
                      })}
                    </span>
                  </th>
                  {(['before', 'after'] as const).map((side) => (
                    <td key={side}>
                      <ValueText value={e[side]} />
                      <RevisedStructureText
                        model={e.model.id}
                        dimension={e.dimension}
                        side={side}
                        className="change-log__value"
                      />
                    </td>
                  ))}
                  <td>
                    <ul className="change-log__findings">
                      {e.findings.map((f) => (
                        <li key={f.finding}>
                          <details>
                            <summary>
                              <FindingName
                                finding={f.finding}
                                codeClassName="change-log__finding"
                              />{' '}
                              {t(`agreement.verdict.${f.verdict}`)}
                            </summary>
                            <p lang={langOf(f.reason)}>{f.reason}</p>
                          </details>
                          {/* Paper cannot open a disclosure: the reason prints here instead
                              (agreement.css shows it in print only; on screen it is display: none). */}
                          <p className="change-log__print-reason" lang={langOf(f.reason)}>
                            {f.reason}
                          </p>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
