import { useTranslation } from '../../i18n/react';

/**
 * The line under a slide's chart that names the models left out for lack of room at the
 * projector's type (slides never shrink their type to fit more).
 */
export function SlideHiddenNote({ names }: { names: readonly string[] }) {
  const { t } = useTranslation();
  if (!names.length) return null;
  return (
    <p className="slide-hidden-note">
      {t('slides.notShown', { models: names.join(t('evidencePanel.partsSeparator')) })}
    </p>
  );
}
