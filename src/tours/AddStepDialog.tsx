/**
 * "Add this view as a step": the view on screen now (its models, focus, open evidence and part)
 * becomes the next step of one of the lecturer's own tours, or of a new one. Loaded on demand from
 * the Share and export menu, so the first page carries none of it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { useShallow } from 'zustand/react/shallow';
import { MAX_TEXT_LENGTH } from '../corpus/schema';
import { slidePartsOf } from '../corpus/vocabulary';
import type { SlidePart } from '../corpus/vocabulary';
import { Dialog } from '../lib/Dialog';
import { useActions, useAppStore, useBundle, useLang } from '../state/selectors';
import type { AppState } from '../state/store';
import { MAX_STEPS, stepOfState, useOwnTours, useOwnToursApi } from './own-tours';
import { StepSummary } from './StepSummary';
import { formatDate } from '../i18n/format';

const NEW = '';

const selectShown = (s: AppState) => ({
  view: s.view,
  selectedModels: s.selectedModels,
  focus: s.focus,
  evidence: s.evidence,
  part: s.part,
});

/** The step's title to start from: the view's name, and the model it focuses on. */
function useDefaultTitle(shown: ReturnType<typeof selectShown>): string {
  const { t } = useTranslation();
  const bundle = useBundle();
  const view = t(`nav.${shown.view}`);
  const model = shown.evidence?.model ?? shown.focus;
  const name = model ? bundle.models.find((m) => m.id === model)?.name : undefined;
  return name ? t('tourMaker.defaultStepTitle', { view, model: name }) : view;
}

export default function AddStepDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const ids = useId();
  const bundle = useBundle();
  const lang = useLang();
  const shelf = useOwnTours();
  const tours = useOwnToursApi();
  const { setView } = useActions();
  const shown = useAppStore(useShallow(selectShown));
  const parts = slidePartsOf(shown.view);
  // The most recently changed tour with room is the likeliest one to add to.
  const latest = shelf.tours
    .filter((x) => x.draft.steps.length < MAX_STEPS)
    .sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1))[0];
  const [target, setTarget] = useState<string>(latest?.id ?? NEW);
  const [newTitle, setNewTitle] = useState(() =>
    t('tourMaker.newTitle', { n: shelf.tours.length + 1 }),
  );
  const defaultTitle = useDefaultTitle(shown);
  const [title, setTitle] = useState(defaultTitle);
  const [points, setPoints] = useState('');
  const [part, setPart] = useState<SlidePart | ''>(
    shown.part && parts.includes(shown.part) ? shown.part : (parts[0] ?? ''),
  );
  const [added, setAdded] = useState<{ title: string; step: number } | null>(null);
  const [failed, setFailed] = useState(false);
  const openTours = useRef<HTMLButtonElement>(null);
  // The form (and its focused button) gives way to the confirmation: focus goes to its next step.
  useEffect(() => {
    if (added) openTours.current?.focus();
  }, [added]);

  const made = stepOfState(
    // A view of one part needs no naming: a slide shows a view's first part by default.
    { ...shown, part: parts.length > 1 && part ? part : null },
    title.trim() || defaultTitle,
    points.split('\n').filter((p) => p.trim()),
  );

  const add = () => {
    if (target === NEW) {
      const date = formatDate(lang, new Date());
      const tour = tours.create(
        {
          title: newTitle.trim().slice(0, MAX_TEXT_LENGTH) || t('tourMaker.untitled'),
          summary: t('tourMaker.newSummary', { date }),
          steps: [made],
        },
        bundle.tours.map((x) => x.id),
      );
      if (tour) setAdded({ title: tour.draft.title, step: 1 });
      else setFailed(true);
      return;
    }
    const tour = tours.update(target, (d) => ({ ...d, steps: [...d.steps, made] }));
    if (tour) setAdded({ title: tour.draft.title, step: tour.draft.steps.length });
    else setFailed(true);
  };

  return (
    <Dialog title={t('tourMaker.addTitle')} closeLabel={t('tourMaker.close')} onClose={onClose}>
      {added ? (
        <div className="add-step">
          <p role="status" className="add-step__done">
            {t('tourMaker.added', added)}
          </p>
          <div className="button-row">
            <button
              ref={openTours}
              type="button"
              onClick={() => {
                onClose();
                setView('tours');
              }}
            >
              {t('tourMaker.openTours')}
            </button>
            <button type="button" className="secondary" onClick={onClose}>
              {t('tourMaker.close')}
            </button>
          </div>
        </div>
      ) : (
        <form
          className="add-step"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <p>{t('tourMaker.addIntro')}</p>
          <StepSummary step={made} bundle={bundle} />
          <div className="tour-editor__field">
            <label htmlFor={`${ids}-tour`}>{t('tourMaker.addTour')}</label>
            <select id={`${ids}-tour`} value={target} onChange={(e) => setTarget(e.target.value)}>
              {shelf.tours.map((x) => {
                const full = x.draft.steps.length >= MAX_STEPS;
                const name = x.draft.title.trim() || t('tourMaker.untitled');
                return (
                  <option key={x.id} value={x.id} disabled={full}>
                    {full
                      ? t('tourMaker.addFull', { title: name, max: MAX_STEPS })
                      : t('tourMaker.addOption', { title: name, count: x.draft.steps.length })}
                  </option>
                );
              })}
              <option value={NEW}>{t('tourMaker.addNewTour')}</option>
            </select>
          </div>
          {target === NEW ? (
            <div className="tour-editor__field">
              <label htmlFor={`${ids}-new`}>{t('tourMaker.addNewTitle')}</label>
              <input
                id={`${ids}-new`}
                type="text"
                maxLength={MAX_TEXT_LENGTH}
                value={newTitle}
                onChange={(e) => setNewTitle(e.target.value)}
              />
            </div>
          ) : null}
          {parts.length > 1 ? (
            <div className="tour-editor__field">
              <label htmlFor={`${ids}-part`}>{t('tourMaker.addPart')}</label>
              <select
                id={`${ids}-part`}
                value={part}
                onChange={(e) => setPart(e.target.value as SlidePart)}
              >
                {parts.map((p) => (
                  <option key={p} value={p}>
                    {t(`tourMaker.part.${p}`)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="tour-editor__field">
            <label htmlFor={`${ids}-title`}>{t('tourMaker.stepTitleField')}</label>
            <input
              id={`${ids}-title`}
              type="text"
              maxLength={MAX_TEXT_LENGTH}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
          </div>
          <div className="tour-editor__field">
            <label htmlFor={`${ids}-points`}>{t('tourMaker.addPoints')}</label>
            <textarea
              id={`${ids}-points`}
              rows={3}
              value={points}
              onChange={(e) => setPoints(e.target.value)}
            />
          </div>
          {failed ? <p role="alert">{t('tourMaker.addFailed')}</p> : null}
          <div className="button-row">
            <button type="submit">{t('tourMaker.addSubmit')}</button>
            <button type="button" className="secondary" onClick={onClose}>
              {t('tourMaker.cancel')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
