import { useTranslation } from '../../i18n/react';
import { focusState } from '../../charts/ModelMark';
import { ConfidenceNote } from '../../evidence/ConfidenceNote';
import { useActions, useEmphasis, useLinkedFocus } from '../../state/selectors';
import { CellGlyph } from './CellGlyph';
import { cellStepTerm, detailText, disagreementText, shortText } from './cell-words';
import { Term } from '../shared/Term';
import type { CompareCell, CompareRow } from './derive';
import type { CellDisagreement } from './disagreement';
import { SplitGlyph } from './SplitGlyph';

/** Lines shown under a cell on screen before "and N more"; on paper every line (print CSS). */
const DETAIL_LINES = 4;

/**
 * One cell of the matrix: a button that opens the evidence for this model and row, with the value
 * drawn and in words, and the lines under it. Where the coders disagree the glyph is split and the
 * name and tooltip give every coder's value.
 */
export function CompareCellView({
  row,
  rowName,
  cell,
  index,
  disagreement,
}: {
  row: CompareRow;
  rowName: string;
  cell: CompareCell;
  index: number;
  disagreement: CellDisagreement | undefined;
}) {
  const { t } = useTranslation();
  const focus = useEmphasis();
  const { openEvidence } = useActions();
  const linkFocus = useLinkedFocus();
  const short = shortText(cell, t);
  const details = detailText(cell, t);
  const step = cellStepTerm(row, cell);
  const disagree = disagreement ? disagreementText(disagreement, t) : null;
  const name = {
    model: cell.modelName,
    row: rowName,
    value: short,
    confidence: cell.confidence ? t(`confidence.${cell.confidence}`) : t('compare.noConfidence'),
  };
  return (
    <td
      className={`compare-cell ${focusState(cell.modelId, focus)}${disagree ? ' compare-cell--disagree' : ''}`}
    >
      <button
        type="button"
        className="compare-cell__button"
        aria-label={
          disagree
            ? t('codingsCompare.cellName', { ...name, disagreement: disagree })
            : t('compare.cellName', name)
        }
        title={disagree ?? undefined}
        onClick={() => openEvidence({ model: cell.modelId, key: row.key })}
        {...linkFocus(cell.modelId)}
      >
        {disagreement ? (
          <SplitGlyph disagreement={disagreement} index={index} />
        ) : (
          <CellGlyph glyph={cell.glyph} index={index} />
        )}
        <span className="compare-cell__short">{step ? step.id : short}</span>
        {cell.confidence && !step ? <ConfidenceNote confidence={cell.confidence} /> : null}
      </button>
      {/* A step's name is a term with its definition, so it sits under the button that holds the
          number (a term may not sit inside a button), and the confidence after it. */}
      {step ? (
        <p className="compare-cell__step">
          <Term kind={step.kind} id={step.id}>
            {step.label}
          </Term>
          {cell.confidence ? (
            <>
              <br />
              <ConfidenceNote confidence={cell.confidence} />
            </>
          ) : null}
        </p>
      ) : null}
      {details.length ? (
        <ul className="compare-cell__details">
          {details.map((d, i) => (
            <li key={d} className={i >= DETAIL_LINES ? 'compare-cell__extra' : undefined}>
              {d}
            </li>
          ))}
          {details.length > DETAIL_LINES ? (
            <li className="muted compare-cell__more">
              {t('compare.more', { count: details.length - DETAIL_LINES })}
            </li>
          ) : null}
        </ul>
      ) : null}
    </td>
  );
}
