/**
 * What each state does, as a types × models table of marks: a row per instrument type, a column
 * per model, a mark sized by the count where the model used instruments of that type. The names
 * are on demand: each mark is a button that opens the evidence for that model's instruments.
 */
import { memo, useMemo } from 'react';
import type { TFunction } from '../../i18n/strings';
import type { EvidenceTarget } from '../../corpus/vocabulary';
import { useTranslation } from '../../i18n/react';
import { focusState } from '../../charts/ModelMark';
import { ModelMarker } from '../../charts/ModelMarker';
import { useActions } from '../../state/selectors';
import type { InstrumentCell, InstrumentMatrixRow, StateRoleData } from './derive';
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

/** Memoised, with the translator and the action handed in: a 200-model matrix has 1,600 cells,
 *  and a hook of their own in each, or a re-draw of each on hover, cost seconds at 4× throttle. */
const MatrixCell = memo(function MatrixCell({
  cell,
  row,
  index,
  maxCount,
  t,
  openEvidence,
}: {
  cell: InstrumentCell;
  row: InstrumentMatrixRow;
  index: number;
  maxCount: number;
  t: TFunction;
  openEvidence: (ref: EvidenceTarget) => void;
}) {
  if (cell.count === 0)
    return (
      <td className="instrument-cell is-empty">
        <span className="instrument-cell__none" aria-hidden="true" />
        <span className="visually-hidden">{t('stateRole.noneNamed')}</span>
      </td>
    );
  const names = cell.instruments.map((i) => i.label).join('; ');
  return (
    <td className="instrument-cell">
      <button
        type="button"
        className="instrument-cell__button"
        aria-label={t('stateRole.cellName', {
          model: cell.name,
          count: cell.count,
          type: row.label,
          names,
        })}
        onClick={() => openEvidence({ model: cell.modelId, key: 'instruments' })}
      >
        <span className="instrument-cell__mark">
          <ModelMarker index={index} size={markSizeFor(cell.count, maxCount)} />
        </span>
        <span className="instrument-cell__count">{cell.count}</span>
      </button>
    </td>
  );
});

export function InstrumentMatrixTable({
  data,
  emphasis,
}: {
  data: StateRoleData;
  emphasis: string | null;
}) {
  const { t } = useTranslation();
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
                <th scope="col" key={c.id} className={focusState(c.id, emphasis)}>
                  <span className="instrument-matrix__model">
                    <ModelMarker index={c.index} size={12} />
                    {c.name}
                  </span>
                  <span className="instrument-matrix__total">
                    {t('stateRole.instrumentCount', { count: c.total })}
                  </span>
                </th>
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
                    cell={cell}
                    row={row}
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
}
