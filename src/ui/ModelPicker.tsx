import { Suspense, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { ModelMarker } from '../charts/ModelMarker';
import { useBundle, useSelectedModelIds } from '../state/selectors';
import { usePopover } from './chrome/usePopover';
import { PopoverLoading } from './chrome/PopoverLoading';
import { lazyWithStrings } from './lazyWithStrings';
import { usePreloadWhenIdle } from './chrome/usePreloadWhenIdle';
import { LARGE_CORPUS } from './model-picker-size';
import { Caret } from './chrome/icons';

// The checkboxes are needed only once the panel opens: their code stays out of the first page and
// is fetched once the page is idle, or sooner when a pointer comes over the button or focus reaches
// it, so a click finds it loaded.
const ModelPickerPanel = lazyWithStrings(() =>
  import('./ModelPickerPanel').then((m) => m.ModelPickerPanel),
);

/**
 * Which models every view shows; at least one always stays selected. One compact button
 * ("Models: 5 of 5 ▾", with the markers of the models shown) opens the checkboxes, so the picker
 * takes one line of the screen however many models the corpus holds.
 */
export function ModelPicker() {
  const { t } = useTranslation();
  const {
    open: pickerOpen,
    toggle: pickerToggle,
    rootRef: pickerRoot,
    buttonRef: pickerButton,
    panelId: pickerPanelId,
  } = usePopover();
  usePreloadWhenIdle(ModelPickerPanel.preload);
  const bundle = useBundle();
  // Kept here rather than in the panel, so that closing and reopening it keeps them.
  const [hint, setHint] = useState('');
  const [query, setQuery] = useState('');
  const selected = useSelectedModelIds();
  const total = bundle.models.length;

  const shown = selected
    .map((id) => bundle.models.findIndex((m) => m.id === id))
    .filter((index) => index >= 0);
  return (
    <div className="model-picker-menu popover" ref={pickerRoot}>
      <button
        ref={pickerButton}
        type="button"
        aria-expanded={pickerOpen}
        aria-controls={pickerPanelId}
        onClick={pickerToggle}
        onPointerEnter={ModelPickerPanel.preload}
        onFocus={ModelPickerPanel.preload}
        className="secondary model-picker-menu__button"
      >
        <span>{t('chrome.models')}:</span>{' '}
        <span className="model-picker-menu__count">
          {t('chrome.modelsCount', { count: selected.length, total })}
        </span>
        {/* Phones show the bare number; the full "5 of 5" stays for screen readers. */}
        <span className="model-picker-menu__count-short" aria-hidden="true">
          {selected.length}
        </span>
        {/* The markers are a glance at which models are shown; the names are inside. */}
        <span className="model-picker-menu__markers" aria-hidden="true">
          {shown.slice(0, LARGE_CORPUS).map((index) => (
            <ModelMarker key={index} index={index} size={12} />
          ))}
        </span>
        <Caret />
      </button>
      {pickerOpen ? (
        <Suspense fallback={<PopoverLoading id={pickerPanelId} className="model-picker" />}>
          <ModelPickerPanel
            panelId={pickerPanelId}
            hint={hint}
            setHint={setHint}
            query={query}
            setQuery={setQuery}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
