import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Bundle } from '../../corpus/schema';
import { downloadText } from '../../export/bundle';
import { useLang } from '../../state/selectors';
import { absoluteUrl, hrefFor } from '../../state/url';
import { checkOwnTour, useOwnToursApi } from '../../tours/own-tours';
import type { OwnTour } from '../../tours/own-tours';
import { TOUR_LINK_MAX, encodeTourLink } from '../../tours/tour-file-link';
import { tourFileName, tourFileText } from '../../tours/tour-file';
import { PrintTourButton } from '../tour-print/PrintTourButton';
import { Named } from './Named';
import { OwnTourEditor } from './OwnTourEditor';
import { StepLinks, useStartTour, useStepHref } from './StepLinks';
import { TourProblems } from './TourProblems';
import type { Say } from './TourStatus';

/**
 * One of the lecturer's own tours: its steps as links, what it still lacks, and its actions
 * (preview, present, edit, download, copy link, delete); in edit mode, its form.
 */
export function OwnTourCard({
  entry,
  bundle,
  editing,
  onEdit,
  say,
}: {
  entry: OwnTour;
  bundle: Bundle;
  editing: boolean;
  onEdit: (id: string | null) => void;
  say: Say;
}) {
  const { t } = useTranslation();
  const tours = useOwnToursApi();
  const lang = useLang();
  const start = useStartTour();
  const href = useStepHref();
  const problemsId = useId();
  const [link, setLink] = useState<string | null>(null);
  const { draft } = entry;
  const { tour, problems } = checkOwnTour(draft, bundle);
  const title = draft.title.trim() || t('tourMaker.untitled');
  const describedBy = problems.length > 0 ? problemsId : undefined;

  const copyLink = async () => {
    if (!tour) return;
    const encoded = await encodeTourLink(tour);
    if (!encoded.value) {
      setLink(null);
      say({
        message: t('tourMaker.linkTooLong', { title, length: encoded.length, max: TOUR_LINK_MAX }),
      });
      return;
    }
    const url = absoluteUrl(hrefFor({ tourfile: encoded.value, lang }));
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      say({ message: t('tourMaker.linkCopied', { title }) });
    } catch {
      say({ message: t('tourMaker.linkCopyFailed') });
    }
  };

  const remove = () => {
    const removed = tours.remove(entry.id);
    if (editing) onEdit(null);
    if (!removed) return;
    say({
      message: t('tourMaker.deleted', { title }),
      undo: () => {
        tours.restore(removed);
        say({ message: t('tourMaker.restored', { title }) });
      },
    });
  };

  return (
    <li className={editing ? 'panel tour-card tour-card--editing' : 'panel tour-card'}>
      <h3>{title}</h3>
      {editing ? (
        <OwnTourEditor entry={entry} bundle={bundle} say={say} />
      ) : (
        <>
          {draft.summary.trim() ? <p>{draft.summary}</p> : null}
          {draft.minutes ? (
            <p className="muted">{t('tourMaker.minutes', { count: draft.minutes })}</p>
          ) : null}
          {draft.steps.length === 0 ? <p className="muted">{t('tourMaker.noSteps')}</p> : null}
          <StepLinks tourId={entry.id} tourTitle={title} steps={draft.steps} linked={!!tour} />
        </>
      )}
      <TourProblems id={problemsId} problems={problems} />
      <div className="button-row tour-card__actions">
        {tour ? (
          <>
            <a className="button" href={href(tour.id, 1)} onClick={start(tour.id, 1)}>
              <Named text={t('tourMaker.preview')} title={title} />
            </a>
            <a className="button" href={href(tour.id, 1, true)} onClick={start(tour.id, 1, true)}>
              <Named text={t('tourMaker.present')} title={title} />
            </a>
          </>
        ) : (
          <>
            <button type="button" disabled aria-describedby={describedBy}>
              <Named text={t('tourMaker.preview')} title={title} />
            </button>
            <button type="button" disabled aria-describedby={describedBy}>
              <Named text={t('tourMaker.present')} title={title} />
            </button>
          </>
        )}
        <button
          type="button"
          className="secondary"
          aria-expanded={editing}
          onClick={() => onEdit(editing ? null : entry.id)}
        >
          <Named text={editing ? t('tourMaker.done') : t('tourMaker.edit')} title={title} />
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!tour}
          aria-describedby={describedBy}
          onClick={() => {
            if (!tour) return;
            const file = tourFileName(tour);
            downloadText(file, tourFileText(tour), 'application/json');
            say({ message: t('tourMaker.downloaded', { title, file }) });
          }}
        >
          <Named text={t('tourMaker.download')} title={title} />
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!tour}
          aria-describedby={describedBy}
          onClick={() => void copyLink()}
        >
          <Named text={t('tourMaker.copyLink')} title={title} />
        </button>
        {tour ? <PrintTourButton tour={tour} /> : null}
        <button type="button" className="secondary" onClick={remove}>
          <Named text={t('tourMaker.delete')} title={title} />
        </button>
      </div>
      {link ? (
        <label className="tour-card__link">
          <span>{t('tourMaker.linkField')}</span>
          <input type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        </label>
      ) : null}
    </li>
  );
}
