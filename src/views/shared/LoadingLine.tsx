import { useTranslation } from '../../i18n/react';

/** The one line a view, or a slide, shows while its code loads. */
export function LoadingLine() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('loading.view')}
    </p>
  );
}
