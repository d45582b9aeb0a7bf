import { useTranslation } from '../../i18n/react';
import type { Tour } from '../../corpus/schema';
import { PrintTourButton } from '../tour-print/PrintTourButton';
import { Named } from './Named';
import { StepLinks, useStartTour, useStepHref } from './StepLinks';

/** A tour of the corpus: its steps as links, Start, and Copy to make it one's own. */
export function BundledTourCard({ tour, onCopy }: { tour: Tour; onCopy: (tour: Tour) => void }) {
  const { t } = useTranslation();
  const start = useStartTour();
  const href = useStepHref();
  return (
    <li className="panel tour-card">
      <h3>{tour.title}</h3>
      <p>{tour.summary}</p>
      {tour.minutes ? (
        <p className="muted">{t('tourMaker.minutes', { count: tour.minutes })}</p>
      ) : null}
      <StepLinks tourId={tour.id} tourTitle={tour.title} steps={tour.steps} linked />
      <div className="button-row tour-card__actions">
        <a className="button" href={href(tour.id, 1)} onClick={start(tour.id, 1)}>
          {t('tours.start', { count: tour.steps.length })}
        </a>
        <button type="button" className="secondary" onClick={() => onCopy(tour)}>
          <Named text={t('tourMaker.copy')} title={tour.title} />
        </button>
        <PrintTourButton tour={tour} />
      </div>
    </li>
  );
}
