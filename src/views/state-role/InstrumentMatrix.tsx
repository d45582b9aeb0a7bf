/**
 * What each state does, as a types × models table of marks: a row per instrument type, a column
 * per model, a mark sized by the count where the model used instruments of that type. The names
 * are on demand: each mark is a button that opens the evidence for that model's instruments.
 */
import { memo, useMemo } from 'react';
import type { TFunction } from '../../i18n/strings';
import type { EvidenceTarget } from '../../corpus/vocabulary';
import { useTranslation } from '../../i18n/react';
import { useFocusState } from '../../charts/useFocusState';
import type { EmphasisChannel } from '../../lib/emphasis-channel';
import { ModelMarker } from '../../charts/ModelMarker';
import { useActions } from '../../state/selectors';
import { useEmphasisChannel } from '../shared/useEmphasisChannel';
import type { StateRoleData } from './derive';
import { instrumentMatrix } from './derive';
import { Term } from '../shared/Term';

/** Marker sizes in px: the smallest count stays visible, the largest fills the cell's mark box. */
const MIN_MARK = 12;
const MAX_MARK = 26;

/** A mark's size for a count: area, not side, grows with the count. */
export function markSizeFor(count: number, maxCount: number): number {
  if (count <= 0 || maxCount <= 0) return 0;
  return Math.round(
    MIN_MARK + (MAX_MARK - MIN_MARK) * Math.sqrt((count - 1) / Math.max(1, maxCount - 1)),
  );
}

/** Memoised on plain values, with the translator and the action handed in: a 200-model matrix
 *  has 1,600 cells, and the matrix is derived afresh on every change of selection, so a cell given
 *  its objects re-drew all 1,600 each time (a hook of their own in each cost more again). */
const MatrixCell = memo(function MatrixCell({
  modelId,
  modelName,
  count,
  names,
  typeLabel,
  index,
  maxCount,
  t,
  openEvidence,
}: {
  modelId: string;
  modelName: string;
  count: number;
  names: string;
  typeLabel: string;
  index: number;
  maxCount: number;
  t: TFunction;
  openEvidence: (ref: EvidenceTarget) => void;
}) {
  if (count === 0)
    return (
      <td className="instrument-cell is-empty">
        <span className="instrument-cell__none" aria-hidden="true" />
        <span className="visually-hidden">{t('stateRole.noneNamed')}</span>
      </td>
    );
  return (
    <td className="instrument-cell">
      <button
        type="button"
        className="instrument-cell__button"
        aria-label={t('stateRole.cellName', { model: modelName, count, type: typeLabel, names })}
        onClick={() => openEvidence({ model: modelId, key: 'instruments' })}
      >
        <span className="instrument-cell__mark">
          <ModelMarker index={index} size={markSizeFor(count, maxCount)} />
        </span>
        <span className="instrument-cell__count">{count}</span>
      </button>
    </td>
  );
});

/** A model's column head, memoised like the cells: 200 of them re-drew on every change. It
 *  watches its own model's emphasis, so a hover draws the two heads it dims or lights. */
const ColumnHead = memo(function ColumnHead({
  id,
  name,
  index,
  total,
  emphasis,
  t,
}: {
  id: string;
  name: string;
  index: number;
  total: number;
  emphasis: EmphasisChannel;
  t: TFunction;
}) {
  return (
    <th scope="col" className={useFocusState(emphasis, id)}>
      <span className="instrument-matrix__model">
        <ModelMarker index={index} size={12} />
        {name}
      </span>
      <span className="instrument-matrix__total">
        {t('stateRole.instrumentCount', { count: total })}
      </span>
    </th>
  );
});

/** Its heads follow the emphasis themselves, so that a hover draws two of them again, not the
 *  whole view; memoised, so that the view's render for a change draws it only once its data has
 *  changed. */
export const InstrumentMatrixTable = memo(function InstrumentMatrixTable({
  data,
}: {
  data: StateRoleData;
}) {
  const { t } = useTranslation();
  const emphasis = useEmphasisChannel();
  const { openEvidence } = useActions();
  const matrix = useMemo(() => instrumentMatrix(data), [data]);
  return (
    <section aria-labelledby="instruments-title">
      <h2 id="instruments-title">{t('stateRole.instrumentsTitle')}</h2>
      <p className="chart-frame__summary">{t('stateRole.instrumentsIntro')}</p>
      <div className="table-scroll">
        <table className="instrument-matrix table--sticky-first">
          <caption className="visually-hidden">{t('stateRole.matrixCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stateRole.typeColumn')}</th>
              {matrix.columns.map((c) => (
                <ColumnHead
                  key={c.id}
                  id={c.id}
                  name={c.name}
                  index={c.index}
                  total={c.total}
                  emphasis={emphasis}
                  t={t}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.type}>
                <th scope="row">
                  <Term kind="instrument-type" id={row.type}>
                    {row.label}
                  </Term>
                </th>
                {row.cells.map((cell, i) => (
                  <MatrixCell
                    key={cell.modelId}
                    modelId={cell.modelId}
                    modelName={cell.name}
                    count={cell.count}
                    names={cell.names}
                    typeLabel={row.label}
                    index={matrix.columns[i]?.index ?? 0}
                    maxCount={matrix.maxCount}
                    t={t}
                    openEvidence={openEvidence}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="instrument-types">
        <summary>{t('stateRole.typesTitle')}</summary>
        <dl>
          {matrix.rows.map((row) => (
            <div key={row.type}>
              <dt>{row.label}</dt>
              <dd>{row.definition}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
});
