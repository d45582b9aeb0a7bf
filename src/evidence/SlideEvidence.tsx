import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { QuoteTranslation } from './QuoteTranslation';
import { deriveEvidenceView } from './derive';
import { slideQuote } from './slide-quote';
import { useCodeValueText } from './code-value-text';
import { useBundle, useEvidenceTarget, useLang, useTextLang } from '../state/selectors';
import { afterColon } from '../i18n/format';

/**
 * The step's evidence on a projected slide: what is coded, and one verbatim quote in large type
 * with its paragraph locator. It sits beside or under the chart, never over the tour bar, and takes
 * no focus (a clicker's key press would otherwise ring it on the projector).
 */
export function SlideEvidence({ quoteIndex }: { quoteIndex: number }) {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const langOf = useTextLang();
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
  const shown = view ? (slideQuote(view, quoteIndex) ?? slideQuote(view, 0)) : null;
  const quote = shown?.quote.quote ?? null;
  // Our translation goes beneath the quote when both fit at the projector's type; where they do
  // not (a long quote beside a chart at 1024×768), the slide keeps the verbatim quote and says
  // where the translation is, rather than spill over the tour bar or shrink the type.
  const asideRef = useRef<HTMLElement>(null);
  const fitKey = `${quote}|${i18n.language}`;
  const [overflowKey, setOverflowKey] = useState<string | null>(null);
  const translationFits = overflowKey !== fitKey;
  useLayoutEffect(() => {
    const aside = asideRef.current;
    if (!aside || !translationFits || typeof ResizeObserver === 'undefined') return;
    // The observer reports once on observing, then on every change of size.
    const observer = new ResizeObserver(() => {
      if (aside.scrollHeight > aside.clientHeight + 1) setOverflowKey(fitKey);
    });
    observer.observe(aside);
    return () => observer.disconnect();
  }, [translationFits, fitKey]);
  if (!view) return null;
  const label = view.kind === 'code' ? view.label : t(`compare.${view.key}`);
  const about = shown?.about
    ? shown.about.kind === 'label'
      ? shown.about.text
      : t(`compare.${shown.about.lesson}`)
    : null;
  return (
    <aside className="slide-evidence" aria-labelledby={titleId} ref={asideRef}>
      <h2 id={titleId}>
        {view.modelName}: {langOf(label) ? label : afterColon(lang, label)}
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
          {translationFits ? (
            <QuoteTranslation quote={shown.quote.quote} />
          ) : (
            <p className="quote-translation">{t('slides.translationOnPage')}</p>
          )}
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
