import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Tour } from '../../corpus/schema';
import { MAX_TEXT_LENGTH } from '../../corpus/schema';
import { useBundle, useLang } from '../../state/selectors';
import { addTour, checkOwnTour, useOwnTours, useOwnToursApi } from '../../tours/own-tours';
import { BundledTourCard } from './BundledTourCard';
import { OwnTourCard } from './OwnTourCard';
import { TourFileLoader } from './TourFileLoader';
import { TourStatus, useTourStatus } from './TourStatus';
import { formatDate } from '../../i18n/format';

/**
 * The guided tours: the corpus's, each a ready sequence of views with talking points, and the
 * lecturer's own, made here and kept in this browser (tours/own-tours.ts).
 */
export function Tours() {
  const { t } = useTranslation();
  const bundle = useBundle();
  const lang = useLang();
  const shelf = useOwnTours();
  const tours = useOwnToursApi();
  const { status, say } = useTourStatus();
  const [editing, setEditing] = useState<string | null>(null);
  const { tours: bundled } = bundle;

  /** A title no tour has yet: the tour's own, or "… (copy)" when it is taken. */
  const freeTitle = (title: string) => {
    const taken = new Set([
      ...bundled.map((x) => x.title.trim()),
      ...shelf.tours.map((x) => x.draft.title.trim()),
    ]);
    return taken.has(title.trim())
      ? t('tourMaker.copyTitle', { title: title.trim() }).slice(0, MAX_TEXT_LENGTH)
      : title;
  };

  const newTour = () => {
    const date = formatDate(lang, new Date());
    const made = tours.create(
      {
        title: freeTitle(t('tourMaker.newTitle', { n: shelf.tours.length + 1 })),
        summary: t('tourMaker.newSummary', { date }),
        steps: [],
      },
      bundled.map((x) => x.id),
    );
    if (!made) return;
    setEditing(made.id);
    say({ message: t('tourMaker.created', { title: made.draft.title }) });
  };

  const copy = (tour: Tour) => {
    const made = addTour(tour, bundle, { title: freeTitle(tour.title), tours });
    if (!made) return;
    setEditing(made.id);
    say({ message: t('tourMaker.copied', { title: tour.title, copy: made.draft.title }) });
  };

  const loaded = (tour: Tour, file: string) => {
    const made = addTour(tour, bundle, { title: freeTitle(tour.title), tours });
    if (!made) return;
    const ready = checkOwnTour(made.draft, bundle).tour !== null;
    const message = t('tourMaker.loaded', { title: tour.title, file, copy: made.draft.title });
    say({ message: ready ? message : `${message} ${t('tourMaker.loadedProblems')}` });
  };

  return (
    <>
      <h1>{t('tours.title')}</h1>
      <p className="lead">{t('tours.intro')}</p>
      <section aria-labelledby="bundled-tours">
        <h2 id="bundled-tours">{t('tourMaker.bundledTitle')}</h2>
        {bundled.length === 0 ? <p className="notice-inline">{t('tours.empty')}</p> : null}
        <ul className="tour-list">
          {bundled.map((tour) => (
            <BundledTourCard key={tour.id} tour={tour} onCopy={copy} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="own-tours" className="own-tours">
        <h2 id="own-tours">{t('tourMaker.ownTitle')}</h2>
        <p>{t('tourMaker.ownIntro')}</p>
        {shelf.kept ? null : <p className="notice-inline">{t('tourMaker.notKept')}</p>}
        <div className="button-row own-tours__actions">
          <button type="button" onClick={newTour}>
            {t('tourMaker.newTour')}
          </button>
          <TourFileLoader onLoaded={loaded} />
        </div>
        <TourStatus status={status} />
        {shelf.tours.length === 0 ? (
          <p className="muted">{t('tourMaker.ownNone')}</p>
        ) : (
          <ul className="tour-list tour-list--own">
            {shelf.tours.map((entry) => (
              <OwnTourCard
                key={entry.id}
                entry={entry}
                bundle={bundle}
                editing={editing === entry.id}
                onEdit={setEditing}
                say={say}
              />
            ))}
          </ul>
        )}
      </section>
      <h2>{t('tours.keysTitle')}</h2>
      <p>{t('tours.keys')}</p>
    </>
  );
}
