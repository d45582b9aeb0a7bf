import { useTranslation } from '../../i18n/react';
import { useShallow } from 'zustand/react/shallow';
import type { DimensionId } from '../../corpus/schema';
import { formatNumber } from '../../i18n/format';
import { DIMENSIONS } from '../../profile/distance';
import { useAppStore, useBundle, useLang } from '../../state/selectors';
import type { AppState } from '../../state/store';

const WEIGHT_CHOICES = [0, 0.5, 1, 2];

const selectOptions = (s: AppState) => ({ options: s.fitOptions, setOptions: s.setFitOptions });

/** How the distance is computed, the weight of each dimension and the confidence handling. */
export function FitMethod() {
  const { t } = useTranslation();
  const lang = useLang();
  const { options, setOptions } = useAppStore(useShallow(selectOptions));
  const models = useBundle().models.length;
  return (
    // Shown inside the "how the distance is computed" disclosure, whose summary names it.
    <div className="fit-method">
      <p>{t('fit.method')}</p>
      <p className="muted">{t('fit.corpusNote', { count: models })}</p>
      <div className="weights">
        {DIMENSIONS.map((d) => (
          <label key={d}>
            {t('fit.weightOf', { dimension: t(`fit.dimension.${d}`) })}
            <select
              value={options.weights[d]}
              onChange={(e) =>
                setOptions({
                  weights: { ...options.weights, [d]: Number(e.target.value) } as Record<
                    DimensionId,
                    number
                  >,
                })
              }
            >
              {WEIGHT_CHOICES.map((w) => (
                <option key={w} value={w}>
                  {w === 0 ? t('fit.ignore') : `× ${formatNumber(lang, w)}`}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <label className="switch">
        <input
          type="checkbox"
          checked={options.downWeightLowConfidence}
          onChange={(e) => setOptions({ downWeightLowConfidence: e.target.checked })}
        />
        {t('fit.downWeight')}
      </label>
    </div>
  );
}
