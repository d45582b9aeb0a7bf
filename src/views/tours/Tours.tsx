import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useActions, useBundle } from '../../state/selectors';

/** The guided tours of the corpus, each a ready sequence of views with talking points. */
export function Tours() {
  const { t } = useTranslation();
  const { tours } = useBundle();
  const { setTour } = useActions();
  const start = (id: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    setTour(id, 1);
  };
  return (
    <>
      <h1>{t('tours.title')}</h1>
      <p className="lead">{t('tours.intro')}</p>
      {tours.length === 0 ? <p className="notice-inline">{t('tours.empty')}</p> : null}
      <ul className="small-multiples tour-list">
        {tours.map((tour) => (
          <li key={tour.id} className="panel">
            <h2>{tour.title}</h2>
            <p>{tour.summary}</p>
            <ol className="tour-steps">
              {tour.steps.map((step, i) => (
                <li key={`${i}-${step.title}`}>{step.title}</li>
              ))}
            </ol>
            <a className="button" href={`?tour=${tour.id}&step=1`} onClick={start(tour.id)}>
              {t('tours.start', { count: tour.steps.length })}
            </a>
          </li>
        ))}
      </ul>
      <h2>{t('tours.keysTitle')}</h2>
      <p>{t('tours.keys')}</p>
    </>
  );
}
