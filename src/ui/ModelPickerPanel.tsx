import { useId, useMemo, useState } from 'react';
import type { MouseEvent } from 'react';
import { useTranslation } from '../i18n/react';
import { ModelMarker } from '../charts/ModelMarker';
import { markerShape } from '../charts/markers';
import { useActions, useAppStoreApi, useBundle, useSelectedModelIds } from '../state/selectors';
import { useLinkTo } from '../state/links';
import { normalizeModelSelection } from '../state/model-selection';
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
 * The model picker's open panel: a checkbox per model, "only" and "compare with…" shortcuts,
 * "Show all", and for large corpora a search box with select-all / select-none. Its code loads
 * when the panel is first wanted (see ModelPicker), not with the first page.
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
  const pairsId = useId();
  const store = useAppStoreApi();
  const linkTo = useLinkTo();
  const selected = useSelectedModelIds();
  // The model whose "compare with…" list is open (one at a time).
  const [pairFrom, setPairFrom] = useState<string | null>(null);
  const total = bundle.models.length;
  const large = total > LARGE_CORPUS;
  const needle = query.trim().toLowerCase();
  const listed = needle
    ? bundle.models.filter((m) => m.name.toLowerCase().includes(needle) || m.id.includes(needle))
    : bundle.models;
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  // Each row's words depend on the model and the language only: worked out once, not on every
  // tick of a box (200 rows' translations were half of a change of selection at 4× throttle).
  const rowWords = useMemo(
    () =>
      new Map(
        bundle.models.map((m, index) => [
          m.id,
          {
            index,
            marker: t('picker.marker', { shape: t(`shapes.${markerShape(index)}`) }),
            onlyLabel: t('chrome.onlyLabel', { model: m.name }),
            compareLabel: t('picker.compareWithLabel', { model: m.name }),
          },
        ]),
      ),
    [bundle, t],
  );

  const apply = (next: string[]) => {
    markStateChange();
    // The store keeps "every model in corpus order" as no selection (see model-selection.ts).
    setSelectedModels(next);
  };

  const only = (id: string) => {
    setHint('');
    apply([id]);
  };

  // "Compare with…" pairs are links to Compare with just the two; a plain click is followed in the
  // page as one store update (one history entry), as the overview's card titles do.
  const pairChange = (a: string, b: string) => ({
    view: 'compare' as const,
    models: [a, b],
    evidence: null,
  });
  const followPair = (a: string, b: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    markStateChange();
    setHint('');
    const all = bundle.models.map((m) => m.id);
    store.setState({
      view: 'compare',
      part: null,
      evidence: null,
      selectedModels: normalizeModelSelection(all, [a, b]),
    });
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
          const words = rowWords.get(m.id)!;
          const index = words.index;
          const checked = selectedSet.has(m.id);
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
                <span className="visually-hidden">, {words.marker}</span>
              </label>
              <span className="model-picker__shortcuts">
                <button
                  type="button"
                  className="button-link model-picker__only"
                  aria-label={words.onlyLabel}
                  onClick={() => only(m.id)}
                >
                  {t('chrome.only')}
                </button>
                {total > 1 ? (
                  <button
                    type="button"
                    className="button-link model-picker__only"
                    aria-label={words.compareLabel}
                    aria-expanded={pairFrom === m.id}
                    aria-controls={pairFrom === m.id ? pairsId : undefined}
                    onClick={() => setPairFrom(pairFrom === m.id ? null : m.id)}
                  >
                    {t('picker.compareWith')}
                  </button>
                ) : null}
              </span>
              {pairFrom === m.id ? (
                <ul
                  id={pairsId}
                  className="model-picker__pairs"
                  aria-label={t('picker.compareWithLabel', { model: m.name })}
                >
                  {bundle.models.map((other, otherIndex) =>
                    other.id === m.id ? null : (
                      <li key={other.id}>
                        <a
                          href={linkTo(pairChange(m.id, other.id))}
                          onClick={followPair(m.id, other.id)}
                          aria-label={t('picker.pairLabel', { model: m.name, other: other.name })}
                        >
                          <ModelMarker index={otherIndex} size={12} />
                          <span>{other.name}</span>
                        </a>
                      </li>
                    ),
                  )}
                </ul>
              ) : null}
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
