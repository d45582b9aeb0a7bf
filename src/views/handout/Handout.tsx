/**
 * A printable handout of the selected models: the compare matrix, the four charts and the quotes
 * behind every coded judgement, laid out for A4 portrait and readable in black and white (the
 * charts carry marker shapes and hatching, never colour alone). The print stylesheet drops the
 * app's chrome and every control.
 */
import { useEffect, useMemo } from 'react';
import type { ComponentType } from 'react';
import { useTranslation } from '../../i18n/react';
import { ModelMarker } from '../../charts/ModelMarker';
import { useBundle, useModelIndex, useSelectedModels } from '../../state/selectors';
import { usePermalink } from '../../state/links';
import { EvidenceQuote } from '../../evidence/EvidenceQuote';
import { useCodeValueText } from '../../evidence/code-value-text';
import { InsideHandout } from '../shared/ViewTitle';
import { Compare } from '../compare/Compare';
import { Governance } from '../governance/Governance';
import { Hierarchy } from '../hierarchy/Hierarchy';
import { Sectors } from '../sectors/Sectors';
import { StateRole } from '../state-role/StateRole';
import { deriveHandoutEvidence } from './derive';
import { formatDate } from '../../i18n/format';
import { isLang } from '../../corpus/vocabulary';

/** The matrix and the four charts, in the order the handout prints them. */
const HANDOUT_VIEWS: readonly [string, ComponentType][] = [
  ['compare', Compare],
  ['state-role', StateRole],
  ['governance', Governance],
  ['sectors', Sectors],
  ['hierarchy', Hierarchy],
];

function HandoutEvidence() {
  const { t } = useTranslation();
  const { codebook } = useBundle();
  const models = useSelectedModels();
  const indexOf = useModelIndex();
  const valueText = useCodeValueText();
  const evidence = useMemo(() => deriveHandoutEvidence(models, codebook), [models, codebook]);
  return (
    <section className="handout__section handout__evidence" aria-labelledby="handout-evidence">
      <h2 id="handout-evidence">{t('handout.evidenceTitle')}</h2>
      <p>{t('handout.evidenceIntro')}</p>
      {evidence.map((model) => (
        <section key={model.id} className="handout__model" aria-labelledby={`handout-${model.id}`}>
          <h3 id={`handout-${model.id}`}>
            <ModelMarker index={indexOf.get(model.id) ?? 0} size={14} /> {model.name}
          </h3>
          {model.dimensions.map((d) => (
            <div key={d.key} className="handout__dimension">
              <h4>
                {d.label}: {valueText(d.value)}
                {d.stepLabel ? ` — ${d.stepLabel}` : ''}
              </h4>
              {d.quotes.map((q) => (
                <EvidenceQuote key={q.id} evidence={q} />
              ))}
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}

/**
 * The printed page's footer names the live view on every page: the page-margin box reads this
 * custom property (CSS cannot take text from the document into a margin box any other way).
 */
function usePrintFooter(text: string) {
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--handout-footer', JSON.stringify(text));
    return () => {
      root.removeProperty('--handout-footer');
    };
  }, [text]);
}

export function Handout() {
  const { t, i18n } = useTranslation();
  const { sources } = useBundle();
  const models = useSelectedModels();
  const today = formatDate(isLang(i18n.language) ? i18n.language : 'en', new Date());
  const live = usePermalink({ evidence: null, focus: null });
  usePrintFooter(live);
  return (
    <article className="handout">
      <header className="handout__head">
        <h1>{t('handout.title')}</h1>
        <p className="lead">
          {t('handout.models', { models: models.map((m) => m.name).join(', ') })}
        </p>
        <p className="handout__meta">
          {sources[0] ? (
            <>
              {t('handout.source')} <cite>{sources[0].title}</cite>.{' '}
            </>
          ) : null}
          {t('handout.printed', { date: today })}
        </p>
        <p className="handout__live">
          {t('handout.live')} <a href={live}>{live}</a>
        </p>
        <div className="handout__actions">
          <button type="button" onClick={() => window.print()}>
            {t('handout.print')}
          </button>
          <p className="muted">{t('handout.hint')}</p>
        </div>
      </header>
      <InsideHandout.Provider value={true}>
        {HANDOUT_VIEWS.map(([key, View]) => (
          <section key={key} className="handout__section">
            <View />
          </section>
        ))}
      </InsideHandout.Provider>
      <HandoutEvidence />
    </article>
  );
}
