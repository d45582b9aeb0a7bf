import { useTranslation } from '../i18n/react';
import type { Bundle } from '../corpus/schema';
import type { TourDraftStep } from '../corpus/tour-files';
import { slidePartsOf } from '../corpus/vocabulary';
import type { EvidenceKey } from '../corpus/vocabulary';

const LIST_KEYS: readonly EvidenceKey[] = ['actors', 'instruments', 'lessons'];

/**
 * What a tour step shows, read-only: its view, the part a slide shows, its models, focus and open
 * evidence. The step is made from a view as it was on screen; to change these, add the view again.
 */
export function StepSummary({ step, bundle }: { step: TourDraftStep; bundle: Bundle }) {
  const { t } = useTranslation();
  const name = (id: string) => bundle.models.find((m) => m.id === id)?.name ?? id;
  const what = (key: EvidenceKey) =>
    LIST_KEYS.includes(key)
      ? t(`compare.${key}`)
      : (bundle.codebook.dimensions.find((d) => d.id === key)?.label ?? key);
  const parts = slidePartsOf(step.view);
  const part = step.part ?? (parts.length > 1 ? parts[0] : undefined);
  const separator = t('evidencePanel.partsSeparator');
  return (
    <ul className="step-summary">
      <li>{t('tourMaker.shows.view', { view: t(`nav.${step.view}`) })}</li>
      {part ? <li>{t('tourMaker.shows.part', { part: t(`tourMaker.part.${part}`) })}</li> : null}
      <li>
        {step.models
          ? t('tourMaker.shows.models', { models: step.models.map(name).join(separator) })
          : t('tourMaker.shows.allModels')}
      </li>
      {step.focus ? <li>{t('tourMaker.shows.focus', { model: name(step.focus) })}</li> : null}
      {step.evidence ? (
        <li>
          {t('tourMaker.shows.evidence', {
            model: name(step.evidence.model),
            what: what(step.evidence.key),
          })}
        </li>
      ) : null}
    </ul>
  );
}
