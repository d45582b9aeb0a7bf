/**
 * The agreement page of Sources & method: who coded the corpus, how far any two of the coders (or
 * all of them) agree on each dimension and what the figures mean, then the change log of the
 * review. Shown only when the corpus has several coders; linkable as `?view=sources#agreement`.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { codersOf } from '../../corpus/codings';
import { formatList } from '../../i18n/format';
import { useLang, useTextLang } from '../../state/selectors';
import { currentAddress } from '../../state/url';
import { AgreementTable } from './AgreementTable';
import { agreementRows, changeLogOf, comparisonsOf, defaultComparison } from './agreement-derive';
import type { Comparison } from './agreement-derive';
import { ChangeLog } from './ChangeLog';
import { useReconciledBundle } from '../../state/selectors';

export const AGREEMENT_ANCHOR = 'agreement';

export function Agreement() {
  const { t } = useTranslation();
  const lang = useLang();
  const langOf = useTextLang();
  const selectId = useId();
  const bundle = useReconciledBundle();
  const coders = useMemo(() => codersOf(bundle), [bundle]);
  const comparisons = useMemo(() => comparisonsOf(coders), [coders]);
  const [chosen, setChosen] = useState<string | null>(null);
  const comparison = comparisons.find((c) => c.id === chosen) ?? defaultComparison(comparisons);
  const rows = useMemo(
    () =>
      comparison
        ? agreementRows(
            bundle,
            comparison.coders.map((c) => c.id),
          )
        : [],
    [bundle, comparison],
  );
  const log = useMemo(() => changeLogOf(bundle, coders), [bundle, coders]);
  const models = useMemo(
    () => new Map(bundle.models.map((m, index) => [m.id, { name: m.name, index }])),
    [bundle],
  );

  // The view's code arrives after the page: a link to #agreement finds its heading only now.
  useEffect(() => {
    if (new URL(currentAddress().href).hash === `#${AGREEMENT_ANCHOR}`)
      document.getElementById(AGREEMENT_ANCHOR)?.scrollIntoView();
  }, []);

  if (!comparison || coders.length < 2) return null;
  const label = (c: Comparison) => {
    const names = formatList(
      lang,
      c.coders.map((x) => x.name),
    );
    return c.coders.length > 2 ? t('agreement.all', { count: c.coders.length, names }) : names;
  };

  return (
    <section aria-labelledby={AGREEMENT_ANCHOR} className="agreement">
      <h2 id={AGREEMENT_ANCHOR}>{t('agreement.title')}</h2>
      <p>{t('agreement.intro', { count: coders.length })}</p>
      <dl className="definitions">
        {coders.map((c) => (
          <div key={c.id}>
            <dt lang={langOf(c.name)}>{c.name}</dt>
            <dd lang={langOf(c.description)}>{c.description}</dd>
          </div>
        ))}
      </dl>
      <div className="agreement__choice">
        <label htmlFor={selectId}>{t('agreement.compare')}</label>
        <select id={selectId} value={comparison.id} onChange={(e) => setChosen(e.target.value)}>
          {comparisons.map((c) => (
            <option key={c.id} value={c.id}>
              {label(c)}
            </option>
          ))}
        </select>
      </div>
      <AgreementTable
        rows={rows}
        caption={t('agreement.caption', { coders: label(comparison) })}
        lang={lang}
        models={models}
      />
      <h3>{t('agreement.readTitle')}</h3>
      <dl className="definitions agreement__reading">
        <div>
          <dt>{t('agreement.exact')}</dt>
          <dd>{t('agreement.readExact')}</dd>
        </div>
        <div>
          <dt>{t('agreement.distance')}</dt>
          <dd>{t('agreement.readDistance')}</dd>
        </div>
        <div>
          <dt>{t('agreement.alpha')}</dt>
          <dd>
            {t('agreement.readAlpha')} {t('agreement.readMetrics')} {t('agreement.readThresholds')}
          </dd>
        </div>
      </dl>
      <p>{t('agreement.fewModels', { count: bundle.models.length })}</p>
      {rows.some((r) => r.reading === 'no-variation') ? <p>{t('agreement.noVariation')}</p> : null}
      {log ? <ChangeLog log={log} langOf={langOf} /> : null}
    </section>
  );
}
