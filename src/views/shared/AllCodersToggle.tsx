import { useTranslation } from '../../i18n/react';

/** The chart tools' switch between one coder's coding and all coders at once. */
export function AllCodersToggle({
  on,
  onChange,
}: {
  on: boolean;
  onChange: (on: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="chart-frame__toggle chart-frame__toggle--coders"
      aria-pressed={on}
      onClick={() => onChange(!on)}
    >
      {t('codings.control.allCoders')}
    </button>
  );
}
