import { useTranslation } from '../../i18n/react';
import type { MouseEvent } from 'react';
import { useActions, useLang } from '../../state/selectors';
import { hrefFor } from '../../state/url';

/** A plain left click runs in the page; a modified one (new tab, window) follows the link. */
export const isPlainClick = (e: MouseEvent) =>
  !(e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0);

/** Starts a tour at a step, in presentation mode when asked, from a link's click. */
export function useStartTour(): (
  id: string,
  step: number,
  present?: boolean,
) => (e: MouseEvent<HTMLAnchorElement>) => void {
  const { setTour, setPresent } = useActions();
  return (id, step, present = false) =>
    (e) => {
      if (!isPlainClick(e)) return;
      e.preventDefault();
      setTour(id, step);
      if (present) setPresent(true);
    };
}

/** The address of a tour's step (in the reader's language), presented when asked. */
export function useStepHref(): (id: string, step: number, present?: boolean) => string {
  const lang = useLang();
  return (id, step, present = false) => hrefFor({ tour: id, step, present, lang });
}

/**
 * A tour's steps, each a link that opens that step; a tour that cannot run yet lists them as text.
 */
export function StepLinks({
  tourId,
  tourTitle,
  steps,
  linked,
}: {
  tourId: string;
  tourTitle: string;
  steps: readonly { title: string }[];
  linked: boolean;
}) {
  const { t } = useTranslation();
  const start = useStartTour();
  const href = useStepHref();
  if (steps.length === 0) return null;
  return (
    <ol className="tour-steps" aria-label={t('tourMaker.stepsLabel', { title: tourTitle })}>
      {steps.map((step, i) => {
        const title = step.title.trim() || t('tourMaker.untitledStep');
        return (
          <li key={`${i}-${step.title}`}>
            {linked ? (
              <a href={href(tourId, i + 1)} onClick={start(tourId, i + 1)}>
                {title}
              </a>
            ) : (
              title
            )}
          </li>
        );
      })}
    </ol>
  );
}
