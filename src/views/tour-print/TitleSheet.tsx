import { useTranslation } from '../../i18n/react';
import type { Tour } from '../../corpus/schema';
import { useBundle } from '../../state/selectors';
import { formatDate, formatList } from '../../i18n/format';
import { isLang } from '../../corpus/vocabulary';

interface TitleSheetProps {
  tour: Tour;
  /** Names of the models the handout covers, in corpus order. */
  modelNames: string[];
  /** The handout of those models in the app. */
  handoutHref: string;
  /** Whether the handout is printed after the slides. */
  handoutAppended: boolean;
  /** The app's own address, and this document's. */
  appHref: string;
  selfHref: string;
}

/** Page 1 of a printed tour: what it is, its steps, and where it and its material come from. */
export function TitleSheet({
  tour,
  modelNames,
  handoutHref,
  handoutAppended,
  appHref,
  selfHref,
}: TitleSheetProps) {
  const { t, i18n } = useTranslation();
  const source = useBundle().sources[0];
  const today = formatDate(isLang(i18n.language) ? i18n.language : 'en', new Date());
  return (
    <section
      className="tour-print__sheet tour-print__sheet--title"
      aria-labelledby="tour-print-title"
    >
      <p className="tour-print__kicker">{t('tourPrint.kicker')}</p>
      <h1 id="tour-print-title">{tour.title}</h1>
      <p className="tour-print__summary">{tour.summary}</p>
      <p className="tour-print__meta">
        {t('tourPrint.stepCount', { count: tour.steps.length })}
        {tour.minutes ? ` · ${t('tourPrint.minutes', { count: tour.minutes })}` : ''}
      </p>
      <h2 className="tour-print__steps-title">{t('tourPrint.steps')}</h2>
      <ol
        className={
          tour.steps.length > 10 ? 'tour-print__steps tour-print__steps--long' : 'tour-print__steps'
        }
      >
        {tour.steps.map((step, i) => (
          <li key={i}>{step.title}</li>
        ))}
      </ol>
      <div className="tour-print__foot">
        <h2>{t('tourPrint.handoutTitle')}</h2>
        <p>
          {t(handoutAppended ? 'tourPrint.handoutAppended' : 'tourPrint.handoutLinked', {
            models: formatList(isLang(i18n.language) ? i18n.language : 'en', modelNames),
          })}{' '}
          <a href={handoutHref}>{handoutHref}</a>
        </p>
        <p className="tour-print__source">
          {source ? (
            <>
              {t('tourPrint.source')} <cite>{source.title}</cite>.{' '}
            </>
          ) : null}
          {t('tourPrint.madeWith')} <a href={appHref}>{appHref}</a>.{' '}
          {t('tourPrint.printed', { date: today })}
        </p>
        <p className="tour-print__source">
          {t('tourPrint.self')} <a href={selfHref}>{selfHref}</a>
        </p>
      </div>
    </section>
  );
}
