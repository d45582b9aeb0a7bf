import { useTranslation } from '../../i18n/react';
import type { Profile } from '../../corpus/profile';
import { EXAMPLE_PROFILES } from '../../profile/example-profiles';

/** One button per example region ("Resource region — a strong central state, …"). */
export function ExampleButtons({
  className,
  onPick,
}: {
  className: string;
  onPick: (profile: Profile) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={className}>
      {EXAMPLE_PROFILES.map((example) => (
        <button
          key={example.id}
          type="button"
          className="secondary"
          onClick={() => onPick({ name: t(`fit.example.${example.id}`), values: example.values })}
        >
          <strong>{t(`fit.example.${example.id}`)}</strong>
          {' — '}
          {t(`fit.exampleHint.${example.id}`)}
        </button>
      ))}
    </div>
  );
}
