import { useMemo, useState } from 'react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { focusState } from '../../charts/ModelMark';
import { ModelMarker } from '../../charts/ModelMarker';
import {
  useActions,
  useBundle,
  useEmphasis,
  useLinkedFocus,
  useModelIndex,
  useSelectedModels,
} from '../../state/selectors';
import { ConfidenceNote } from '../../evidence/ConfidenceNote';
import { markStateChange, useMeasureRender } from '../../lib/perf';
import { CellGlyph } from './CellGlyph';
import { deriveCompare, dropColumn, MAX_COMPARE, moveColumn } from './derive';
import type { CompareCell, CompareRow, ListKey } from './derive';
import { percent } from '../../corpus/derive';
import { ViewTitle } from '../shared/ViewTitle';

type Translate = TFunction;

/** A cell's value in a few words, for its button and accessible name. */
function shortText(cell: CompareCell, t: Translate): string {
  const v = cell.value;
  switch (v.kind) {
    case 'ordinal':
      return t('compare.stepShort', { value: v.value, label: v.stepLabel });
    case 'lead':
      return t('compare.leadShort', { level: t(`levels.${v.lead}`) });
    case 'top-family':
      return v.top
        ? t('compare.shareShort', {
            name: t(`families.${v.top.key}`),
            percent: percent(v.top.share),
          })
        : '';
    case 'list':
    case 'lessons':
      return t('compare.count', { count: v.items.length });
  }
}

/** The lines listed under a cell's button. */
function detailText(cell: CompareCell, t: Translate): string[] {
  const v = cell.value;
  switch (v.kind) {
    case 'ordinal':
      return [];
    case 'lead':
      return v.shares.map((s) =>
        t('compare.shareShort', { name: t(`levels.${s.key}`), percent: percent(s.share) }),
      );
    case 'top-family':
      return v.sectors;
    case 'list':
      return v.items;
    case 'lessons':
      return v.items.map((l) =>
        t('compare.lessonLine', { kind: t(`compare.${l.kind}`), text: l.text }),
      );
  }
}

const rowLabel = (row: CompareRow, t: Translate): string =>
  row.dimensionLabel ?? t(`compare.${row.key as ListKey}`);

export function Compare() {
  const { t } = useTranslation();
  const bundle = useBundle();
  const models = useSelectedModels();
  const indexOf = useModelIndex();
  const focus = useEmphasis();
  const { setSelectedModels, openEvidence } = useActions();
  const linkFocus = useLinkedFocus();
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const [dragged, setDragged] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const rows = useMemo(() => deriveCompare(models, bundle.codebook), [models, bundle]);
  useMeasureRender('compare', models);
  const shown = models.slice(0, MAX_COMPARE);
  const order = shown.map((m) => m.id);
  const visibleRows = onlyDifferences ? rows.filter((r) => r.differs) : rows;

  const reorder = (next: string[], movedName: string) => {
    markStateChange();
    const rest = models.slice(MAX_COMPARE).map((m) => m.id);
    setSelectedModels([...next, ...rest]);
    setAnnouncement(
      t('compare.moved', {
        model: movedName,
        position: next.indexOf(models.find((m) => m.name === movedName)?.id ?? '') + 1,
      }),
    );
  };
  const onDrop = (before: string) => (e: DragEvent) => {
    e.preventDefault();
    const id = dragged ?? e.dataTransfer.getData('text/plain');
    const name = models.find((m) => m.id === id)?.name;
    if (id && name) reorder(dropColumn(order, id, before), name);
    setDragged(null);
  };

  return (
    <>
      <ViewTitle>{t('compare.title')}</ViewTitle>
      <p className="lead">{t('compare.intro')}</p>
      {models.length < 2 ? <p className="notice-inline">{t('compare.needTwo')}</p> : null}
      {models.length > MAX_COMPARE ? (
        <p className="notice-inline">
          {t('compare.tooMany', { max: MAX_COMPARE, count: models.length })}
        </p>
      ) : null}
      <div className="compare-controls">
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={onlyDifferences}
            onChange={(e) => setOnlyDifferences(e.target.checked)}
          />
          {t('compare.onlyDifferences')}
        </label>
        {onlyDifferences ? (
          <span className="muted">
            {t('compare.hiddenRows', { count: rows.length - visibleRows.length })}
          </span>
        ) : null}
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <div className="table-scroll">
        <table className="compare-table table--sticky-first">
          <caption className="visually-hidden">{t('compare.caption')}</caption>
          <thead>
            <tr>
              <td />
              {shown.map((m, i) => (
                <th
                  key={m.id}
                  scope="col"
                  className={`compare-head ${focusState(m.id, focus)} ${dragged === m.id ? 'is-dragged' : ''}`}
                  draggable
                  onDragStart={(e) => {
                    setDragged(m.id);
                    e.dataTransfer.setData('text/plain', m.id);
                    e.dataTransfer.effectAllowed = 'move';
                  }}
                  onDragOver={(e) => e.preventDefault()}
                  onDrop={onDrop(m.id)}
                  onDragEnd={() => setDragged(null)}
                >
                  <span className="compare-head__name">
                    <ModelMarker index={indexOf.get(m.id) ?? 0} size={14} />
                    {m.name}
                  </span>
                  <span className="compare-head__move">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('compare.moveLeft', { model: m.name })}
                      disabled={i === 0}
                      onClick={() => reorder(moveColumn(order, m.id, -1), m.name)}
                    >
                      ◀
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('compare.moveRight', { model: m.name })}
                      disabled={i === shown.length - 1}
                      onClick={() => reorder(moveColumn(order, m.id, 1), m.name)}
                    >
                      ▶
                    </button>
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visibleRows.map((row: CompareRow) => (
              <tr key={row.key}>
                <th scope="row">{rowLabel(row, t)}</th>
                {row.cells.map((cell) => {
                  const short = shortText(cell, t);
                  const details = detailText(cell, t);
                  return (
                    <td
                      key={cell.modelId}
                      className={`compare-cell ${focusState(cell.modelId, focus)}`}
                    >
                      <button
                        type="button"
                        className="compare-cell__button"
                        aria-label={t('compare.cellName', {
                          model: cell.modelName,
                          row: rowLabel(row, t),
                          value: short,
                          confidence: cell.confidence
                            ? t(`confidence.${cell.confidence}`)
                            : t('compare.noConfidence'),
                        })}
                        onClick={() => openEvidence({ model: cell.modelId, key: row.key })}
                        {...linkFocus(cell.modelId)}
                      >
                        <CellGlyph glyph={cell.glyph} index={indexOf.get(cell.modelId) ?? 0} />
                        <span className="compare-cell__short">{short}</span>
                        {cell.confidence ? <ConfidenceNote confidence={cell.confidence} /> : null}
                      </button>
                      {details.length ? (
                        <ul className="compare-cell__details">
                          {/* On screen four lines and "and N more"; on paper every line (print CSS). */}
                          {details.map((d, i) => (
                            <li key={d} className={i >= 4 ? 'compare-cell__extra' : undefined}>
                              {d}
                            </li>
                          ))}
                          {details.length > 4 ? (
                            <li className="muted compare-cell__more">
                              {t('compare.more', { count: details.length - 4 })}
                            </li>
                          ) : null}
                        </ul>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {onlyDifferences && visibleRows.length === 0 ? <p>{t('compare.noDifferences')}</p> : null}
    </>
  );
}
