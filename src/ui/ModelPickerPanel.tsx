import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ModelMarker } from '../charts/ModelMarker';
import { markerShape } from '../charts/markers';
import { useActions, useBundle, useSelectedModelIds } from '../state/selectors';
import { markStateChange } from '../lib/perf';
import { LARGE_CORPUS } from './model-picker-size';

export interface ModelPickerPanelProps {
  panelId: string;
  /** Kept by the button's component, so that closing and reopening the panel keeps them. */
  hint: string;
  setHint: (hint: string) => void;
  query: string;
  setQuery: (query: string) => void;
}

/**
 * The model picker's open panel: a checkbox per model, "only" buttons, "Show all", and for large
 * corpora a search box with select-all / select-none. Its code loads when the panel is first
 * wanted (see ModelPicker), not with the first page.
 */
export function ModelPickerPanel({
  panelId,
  hint,
  setHint,
  query,
  setQuery,
}: ModelPickerPanelProps) {
  const { t } = useTranslation();
  const bundle = useBundle();
  const { setSelectedModels } = useActions();
  const searchId = useId();
  const selected = useSelectedModelIds();
  const total = bundle.models.length;
  const large = total > LARGE_CORPUS;
  const needle = query.trim().toLowerCase();
  const listed = needle
    ? bundle.models.filter((m) => m.name.toLowerCase().includes(needle) || m.id.includes(needle))
    : bundle.models;

  const apply = (next: string[]) => {
    markStateChange();
    // The store keeps "every model in corpus order" as no selection (see model-selection.ts).
    setSelectedModels(next);
  };

  const only = (id: string) => {
    setHint('');
    apply([id]);
  };

  const toggle = (id: string, checked: boolean) => {
    if (!checked && selected.length === 1) {
      setHint(t('picker.lastOne'));
      return;
    }
    setHint('');
    // Keep the user's column order; a newly checked model joins at the end.
    apply(checked ? [...selected, id] : selected.filter((m) => m !== id));
  };

  const selectAllListed = () => {
    setHint('');
    apply([...selected, ...listed.map((m) => m.id).filter((id) => !selected.includes(id))]);
  };
  const selectNoneListed = () => {
    const remaining = selected.filter((id) => !listed.some((m) => m.id === id));
    const first = listed[0]?.id ?? selected[0];
    if (remaining.length === 0 && first) {
      setHint(t('picker.keptOne', { model: bundle.models.find((m) => m.id === first)?.name }));
      apply([first]);
      return;
    }
    setHint('');
    apply(remaining);
  };

  return (
    <fieldset
      id={panelId}
      className={`popover__panel model-picker ${large ? 'model-picker--large' : ''}`}
    >
      <legend>{t('picker.legend')}</legend>
      <p className="model-picker__count">
        {t('picker.summary', { count: selected.length, total })}
      </p>
      {large ? (
        <div className="model-picker__tools">
          <label htmlFor={searchId}>{t('picker.search')}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <button type="button" className="button-link" onClick={selectAllListed}>
            {needle ? t('picker.allListed') : t('picker.selectAll')}
          </button>
          <button type="button" className="button-link" onClick={selectNoneListed}>
            {needle ? t('picker.noneListed') : t('picker.selectNone')}
          </button>
          <span className="muted" role="status">
            {needle ? t('picker.matches', { count: listed.length }) : ''}
          </span>
        </div>
      ) : null}
      <ul>
        {listed.map((m) => {
          const index = bundle.models.indexOf(m);
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
              <button
                type="button"
                className="button-link model-picker__only"
                aria-label={t('chrome.onlyLabel', { model: m.name })}
                onClick={() => only(m.id)}
              >
                {t('chrome.only')}
              </button>
            </li>
          );
        })}
      </ul>
      {!large && selected.length < total ? (
        <button
          type="button"
          className="button-link"
          onClick={() => apply(bundle.models.map((m) => m.id))}
        >
          {t('picker.all')}
        </button>
      ) : null}
      <p className="model-picker__hint" role="status">
        {hint}
      </p>
    </fieldset>
  );
}
