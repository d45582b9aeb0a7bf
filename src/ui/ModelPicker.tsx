import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModelMarker } from '../charts/ModelMarker';
import { markStateChange } from './perf';
import { markerShape } from '../charts/markers';
import { selectedModelIds, useActions, useAppStore, useBundle } from '../state/selectors';

const selectSelected = (s: { selectedModels: string[] | null }) => s.selectedModels;

/** Which models every view shows; at least one always stays selected. */
export function ModelPicker() {
  const { t } = useTranslation();
  const bundle = useBundle();
  const selectedRaw = useAppStore(selectSelected);
  const { setSelectedModels } = useActions();
  const [hint, setHint] = useState('');
  const selected = selectedModelIds(bundle, selectedRaw);
  const total = bundle.models.length;

  const toggle = (id: string, checked: boolean) => {
    if (!checked && selected.length === 1) {
      setHint(t('picker.lastOne'));
      return;
    }
    setHint('');
    markStateChange();
    const next = checked
      ? bundle.models.map((m) => m.id).filter((m) => m === id || selected.includes(m))
      : selected.filter((m) => m !== id);
    setSelectedModels(next.length === total ? null : next);
  };

  return (
    <fieldset className="model-picker">
      <legend>
        {t('picker.legend')}{' '}
        <span className="model-picker__count">
          ({t('picker.summary', { count: selected.length, total })})
        </span>
      </legend>
      <ul>
        {bundle.models.map((m, index) => {
          const checked = selected.includes(m.id);
          return (
            <li key={m.id}>
              <label className="model-picker__option">
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={(e) => toggle(m.id, e.target.checked)}
                />
                <ModelMarker index={index} size={14} />
                <span>{m.name}</span>
                <span className="visually-hidden">
                  , {t('picker.marker', { shape: t(`shapes.${markerShape(index)}`) })}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {selected.length < total ? (
        <button type="button" className="button-link" onClick={() => setSelectedModels(null)}>
          {t('picker.all')}
        </button>
      ) : null}
      <p className="model-picker__hint" role="status">
        {hint}
      </p>
    </fieldset>
  );
}
