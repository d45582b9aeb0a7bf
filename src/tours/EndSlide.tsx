import { useTranslation } from '../i18n/react';
import type { Tour } from '../corpus/schema';
import { Dialog } from '../lib/Dialog';

/**
 * What the audience sees after the last step (next on the last step): "End of tour — N steps",
 * instead of a key press that silently does nothing. A modal over the slide, so the room sees
 * one clear end; previous (or Esc, or the close button) goes back to the last step.
 */
export function EndSlide({
  tour,
  onBack,
  onRestart,
  onLeave,
}: {
  tour: Tour;
  onBack: () => void;
  onRestart: () => void;
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  const count = tour.steps.length;
  return (
    <Dialog
      title={t('lecturer.endTitle', { count })}
      closeLabel={t('lecturer.endBack', { step: count })}
      onClose={onBack}
      fallbackFocusId="main"
    >
      <div className="end-slide">
        <p className="end-slide__tour">{tour.title}</p>
        <div className="end-slide__buttons">
          <button type="button" className="secondary" onClick={onBack}>
            {t('lecturer.endBack', { step: count })}
          </button>
          <button type="button" className="secondary" onClick={onRestart}>
            {t('lecturer.endRestart')}
          </button>
          <button type="button" onClick={onLeave}>
            {t('lecturer.endLeave')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
