import { Suspense } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Tour } from '../../corpus/schema';
import { StoreContext } from '../../state/StoreProvider';
import type { AppStore } from '../../state/store';
import { PaperSlide } from './PaperSlide';
import { LoadingLine } from '../shared/LoadingLine';

interface StepSheetProps {
  tour: Tour;
  /** 0-based. */
  index: number;
  /** This step's own store (step-stores.ts): its models, focus, part and evidence. */
  store: AppStore;
  /** The step in the app, presented: printed as a link for a reader of the PDF. */
  live: string;
}

/**
 * One printed page of a tour: the step's title, its slide as the projector shows it, and the
 * talking points under it as the lecturer's notes.
 */
export function StepSheet({ tour, index, store, live }: StepSheetProps) {
  const { t } = useTranslation();
  const step = tour.steps[index];
  if (!step) return null;
  const headingId = `tour-print-step-${index + 1}`;
  return (
    <section className="tour-print__sheet tour-print__sheet--step" aria-labelledby={headingId}>
      <header className="tour-print__head">
        <h2 id={headingId}>
          <span className="tour-print__number">{index + 1}.</span> {step.title}
        </h2>
        <p>
          {t('tourPrint.stepOf', { step: index + 1, count: tour.steps.length })} ·{' '}
          <a href={live}>{t('tourPrint.openStep')}</a>
        </p>
      </header>
      <div className="tour-print__slide">
        <StoreContext.Provider value={store}>
          <Suspense fallback={<LoadingLine />}>
            <PaperSlide />
          </Suspense>
        </StoreContext.Provider>
      </div>
      <section className="tour-print__notes" aria-labelledby={`${headingId}-notes`}>
        <h3 id={`${headingId}-notes`}>{t('tourPrint.notes')}</h3>
        <ul>
          {step.talkingPoints.map((point, i) => (
            <li key={i}>{point}</li>
          ))}
        </ul>
      </section>
    </section>
  );
}
