/**
 * The glossary: every term of the codebook, grouped by kind, each with its definition, in the
 * reader's language. Each entry has the id `glossary-<kind>-<id>`, so a search result or a link
 * can point at it; on paper the groups print in full. The groups share one wrapper so that on a
 * wide screen the entries flow down its columns (term.css).
 */
import { useTranslation } from '../../i18n/react';
import { TERM_KINDS, termsOf } from '../../corpus/definitions';
import type { TermDefinition } from '../../corpus/definitions';
import { useBundle, useTextLang } from '../../state/selectors';

/** The kinds whose terms are steps of a scale, written with their number. */
const STEP_KINDS = new Set(['state-role-step', 'hierarchy-step', 'university-step']);

export const glossaryId = (term: Pick<TermDefinition, 'kind' | 'id'>): string =>
  `glossary-${term.kind}-${term.id}`;

export function Glossary() {
  const { t } = useTranslation();
  const { codebook } = useBundle();
  const langOf = useTextLang();
  const groups = TERM_KINDS.map((kind) => ({ kind, terms: termsOf(codebook, kind) })).filter(
    (g) => g.terms.length > 0,
  );
  return (
    <section id="glossary" className="glossary" aria-labelledby="glossary-title">
      <h2 id="glossary-title">{t('glossary.title')}</h2>
      <p>{t('glossary.intro')}</p>
      <div className="glossary__groups">
        {groups.map(({ kind, terms }) => (
          <section key={kind} className="glossary__group" aria-labelledby={`glossary-${kind}`}>
            <h3 id={`glossary-${kind}`}>{t(`glossary.groups.${kind}`)}</h3>
            <dl>
              {terms.map((term) => (
                <div key={term.id} id={glossaryId(term)} className="glossary__entry">
                  <dt lang={langOf(term.label)}>
                    {STEP_KINDS.has(kind)
                      ? t('glossary.step', { value: term.id, label: term.label })
                      : term.label}
                  </dt>
                  <dd lang={langOf(term.definition)}>{term.definition}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </section>
  );
}
