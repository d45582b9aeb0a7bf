import { useMemo, useState } from 'react';
import type { DragEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { focusState } from '../../charts/ModelMark';
import { ModelMarker } from '../../charts/ModelMarker';
import { codersOf, reconciledCoderId } from '../../corpus/codings';
import {
  useActions,
  useAppStore,
  useBundle,
  useEmphasis,
  useModelIndex,
  useSelectedModels,
  useReconciledBundle,
} from '../../state/selectors';
import type { AppState } from '../../state/store';
import { markStateChange, useMeasureRender } from '../../lib/perf';
import { rowLabel } from './cell-words';
import { CompareCellView } from './CompareCellView';
import { CompareFilterControls, EmptyNote } from './CompareFilterControls';
import { deriveCompare, dropColumn, MAX_COMPARE, moveColumn } from './derive';
import type { CompareRow } from './derive';
import { cellKey, coderTags, disagreementsOf, filterRows } from './disagreement';
import type { CompareFilters } from './disagreement';
import { DisagreementLegend } from './SplitGlyph';
import { ModelPageLink } from '../shared/ModelPageLink';
import { ViewTitle } from '../shared/ViewTitle';
import { useRoleLetters } from '../shared/useAllCoders';

const selectCoding = (s: AppState) => s.coding;

export function Compare() {
  const { t } = useTranslation();
  const bundle = useBundle();
  const written = useReconciledBundle();
  const coding = useAppStore(selectCoding);
  const models = useSelectedModels();
  const indexOf = useModelIndex();
  const focus = useEmphasis();
  const { setSelectedModels } = useActions();
  const [filters, setFilters] = useState<CompareFilters>({
    onlyDifferences: false,
    onlyDisagreements: false,
  });
  const [dragged, setDragged] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const rows = useMemo(() => deriveCompare(models, bundle.codebook), [models, bundle]);
  const coders = useMemo(() => codersOf(bundle), [bundle]);
  const shownCoder = coding ?? reconciledCoderId(bundle);
  const letters = useRoleLetters();
  // Disagreement is read from the reconciled corpus (each coder's coding beside its own fields),
  // whatever coder the cells are drawn under.
  const disagreements = useMemo(
    () => disagreementsOf(rows, written.models, coders, shownCoder, letters),
    [rows, written, coders, shownCoder, letters],
  );
  useMeasureRender('compare', models);
  const shown = models.slice(0, MAX_COMPARE);
  const order = shown.map((m) => m.id);
  const canDisagree = coders.length > 1;
  // A corpus with one coder has no disagreement to filter by (its switch is not offered).
  const active = { ...filters, onlyDisagreements: filters.onlyDisagreements && canDisagree };
  const visibleRows = filterRows(rows, active, disagreements);
  const tags = coderTags(coders, letters);
  const visibleDisagree = visibleRows.some((r) =>
    r.cells.some((c) => disagreements.has(cellKey(c.modelId, r.key))),
  );

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
      <CompareFilterControls
        filters={active}
        onChange={setFilters}
        canDisagree={canDisagree}
        hidden={rows.length - visibleRows.length}
      />
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
                    <ModelPageLink model={m.id} className="compare-head__link">
                      {m.name}
                    </ModelPageLink>
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
                {row.cells.map((cell) => (
                  <CompareCellView
                    key={cell.modelId}
                    row={row}
                    rowName={rowLabel(row, t)}
                    cell={cell}
                    index={indexOf.get(cell.modelId) ?? 0}
                    disagreement={disagreements.get(cellKey(cell.modelId, row.key))}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {visibleRows.length === 0 ? <EmptyNote filters={active} /> : null}
      {visibleDisagree ? <DisagreementLegend coders={tags} shown={shownCoder} /> : null}
    </>
  );
}
