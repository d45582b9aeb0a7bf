import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QuoteTranslation } from './QuoteTranslation';
import { deriveEvidenceView } from './derive';
import { slideQuote } from './slide-quote';
import { useCodeValueText } from './code-value-text';
import { useBundle, useEvidenceTarget } from '../state/selectors';

/**
 * The step's evidence on a projected slide: what is coded, and one verbatim quote in large type
 * with its paragraph locator. It sits beside or under the chart, never over the tour bar, and takes
 * no focus (a clicker's key press would otherwise ring it on the projector).
 */
export function SlideEvidence({ quoteIndex }: { quoteIndex: number }) {
  const { t } = useTranslation();
  const bundle = useBundle();
  const target = useEvidenceTarget();
  const valueText = useCodeValueText();
  // Unique per slide: a printed tour shows several slides' evidence on one page.
  const titleId = useId();
  const model = bundle.models.find((m) => m.id === target?.model);
  const view = useMemo(
    () => (model && target ? deriveEvidenceView(model, target.key, bundle.codebook) : null),
    [model, target, bundle],
  );
  if (!view) return null;
  const shown = slideQuote(view, quoteIndex) ?? slideQuote(view, 0);
  const label = view.kind === 'code' ? view.label : t(`compare.${view.key}`);
  const about = shown?.about
    ? shown.about.kind === 'label'
      ? shown.about.text
      : t(`compare.${shown.about.lesson}`)
    : null;
  return (
    <aside className="slide-evidence" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {view.modelName}: {label}
      </h2>
      {view.kind === 'code' ? (
        <p className="slide-evidence__value">
          {valueText(view, { markLead: true })}
          {view.step ? ` — ${view.step.label}` : ''}
        </p>
      ) : about ? (
        <p className="slide-evidence__value">{about}</p>
      ) : null}
      {shown ? (
        <figure className="slide-evidence__quote">
          {/* Quotes stay in the article's language, whatever the page's. */}
          <blockquote lang="en">
            <p>{shown.quote.quote}</p>
          </blockquote>
          <QuoteTranslation quote={shown.quote.quote} />
          <figcaption>
            <span className="locator">
              [{t('evidence.locator', { number: shown.quote.locator.replace(/^p/, '') })}]
            </span>
            {shown.count > 1
              ? ` · ${t('slides.quoteOf', { index: shown.index + 1, count: shown.count })}`
              : null}
          </figcaption>
        </figure>
      ) : (
        <p>{t('slides.noQuote')}</p>
      )}
    </aside>
  );
}
