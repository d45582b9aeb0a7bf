import { useTranslation } from '../../i18n/react';

interface PopoverLoadingProps {
  /** The panel's id, so the button's aria-controls points at something while the content loads. */
  id: string;
  className: string;
}

/** A popover's panel while its content's code is still loading (normally preloaded by then). */
export function PopoverLoading({ id, className }: PopoverLoadingProps) {
  const { t } = useTranslation();
  return (
    <div id={id} className={`popover__panel ${className}`}>
      <p className="loading" role="status">
        {t('loading.menu')}
      </p>
    </div>
  );
}
