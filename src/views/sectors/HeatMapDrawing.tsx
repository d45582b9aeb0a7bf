/**
 * The sector heat map, drawn from its layout alone: no store, no translations. The container
 * passes the words (already translated), the sort order and what the cells do.
 */
import { memo } from 'react';
import type { Confidence, SectorFamily } from '../../corpus/schema';
import { SECTOR_FAMILIES } from '../../corpus/derive';
import { ConfidenceText } from '../../charts/ConfidenceText';
import type { MarkEvents } from '../../charts/MarkHandle';
import { focusState } from '../../charts/ModelMark';
import { ModelNameLink } from '../shared/ModelPageLink';
import { ModelMarker } from '../../charts/ModelMarker';
import { TableScroll } from '../shared/TableScroll';
import { wordWidthVars } from '../../charts/text-width';
import type { SectorRow, SectorSort } from './derive';
import type { HeatMapLayout, ShadedCell, ShadedRow } from './layout';

export interface HeatMapLabels {
  caption: string;
  /** Heading of the model column (and its sort button). */
  model: string;
  family: Record<SectorFamily, string>;
  /** Hint of a family's sort button, e.g. "sort models by their high-tech share". */
  sortBy: (family: SectorFamily) => string;
  sortCorpus: string;
  /** The current order in words, e.g. "Rows sorted by high-tech share, largest first." */
  sortedBy: (family: SectorFamily) => string;
  sortedCorpus: string;
  /** Name of the shade scale legend. */
  scale: string;
  approximateLegend: string;
  cellName: (row: SectorRow, cell: ShadedCell) => string;
  confidence: Record<Confidence, string>;
}

interface HeatMapDrawingProps {
  layout: HeatMapLayout;
  labels: HeatMapLabels;
  sortBy: SectorSort;
  onSort: (family: SectorSort) => void;
  emphasis: string | null;
  events: MarkEvents;
  /** How many rows to draw now (a long map is drawn a screen at a time); all by default. */
  rowsShown?: number;
}

function SortButton({
  family,
  sortBy,
  onSort,
  labels,
}: Pick<HeatMapDrawingProps, 'sortBy' | 'onSort' | 'labels'> & { family: SectorSort }) {
  const label = family ? labels.family[family] : labels.model;
  const hint = family ? labels.sortBy(family) : labels.sortCorpus;
  const active = sortBy === family;
  // The arrow says what the column does: ▼ sorted on it (largest first), ⇅ can be sorted on.
  // The model column restores the article's order, which has no direction.
  const mark = active ? (family ? '▼' : '') : '⇅';
  return (
    <button
      type="button"
      className="sort-button"
      aria-pressed={active}
      aria-label={`${label} — ${hint}`}
      onClick={() => onSort(family)}
    >
      {label}
      {mark ? (
        <span className="sort-button__mark" aria-hidden="true">
          {mark}
        </span>
      ) : null}
    </button>
  );
}

/**
 * One model's line of the heat map, memoised: its shaded row is kept while the model is shown
 * (layout.ts), so a change of selection draws only the lines it adds, not all 200 again.
 */
const HeatRow = memo(function HeatRow({
  shaded: { row, cells },
  focus,
  markerSize,
  labels,
  events,
}: {
  shaded: ShadedRow;
  focus: string;
  markerSize: number;
  labels: HeatMapLabels;
  events: MarkEvents;
}) {
  return (
    <tr className={focus} data-model={row.id}>
      <th scope="row">
        <span className="panel__model">
          <ModelMarker index={row.index} size={markerSize} />
          <ModelNameLink model={row.id}>{row.name}</ModelNameLink>
        </span>
        <ConfidenceText confidence={row.confidence} text={labels.confidence[row.confidence]} />
      </th>
      {cells.map((shaded) => (
        <td
          key={shaded.cell.family}
          className={`heat-cell${shaded.approximate ? ' heat-cell--approximate' : ''}`}
          style={{ background: shaded.fill, color: shaded.text }}
        >
          <button
            type="button"
            className="heat-cell__button"
            style={{ color: shaded.text }}
            aria-label={labels.cellName(row, shaded)}
            {...events.link(row.id)}
            onClick={() => events.open(row.id)}
          >
            <span className="heat-cell__share">{shaded.shown}</span>
            {shaded.cell.sectors.length ? (
              <span className="heat-cell__sectors">{shaded.cell.sectors.join(', ')}</span>
            ) : null}
          </button>
        </td>
      ))}
    </tr>
  );
});

export function HeatMapDrawing({
  layout,
  labels,
  sortBy,
  onSort,
  emphasis,
  events,
  rowsShown = Infinity,
}: HeatMapDrawingProps) {
  const sorting = { sortBy, onSort, labels };
  return (
    <>
      <p className="sort-status" aria-live="polite">
        {sortBy ? labels.sortedBy(sortBy) : labels.sortedCorpus}
      </p>
      <TableScroll label={labels.caption}>
        <table
          className="heat-map"
          aria-busy={rowsShown < layout.rows.length}
          style={wordWidthVars(
            [...layout.rows.map(({ row }) => row.name), ...Object.values(labels.confidence)],
            [
              ...SECTOR_FAMILIES.map((f) => labels.family[f]),
              ...layout.rows.flatMap(({ cells }) => cells.flatMap((c) => c.cell.sectors)),
            ],
          )}
        >
          <caption className="visually-hidden">{labels.caption}</caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={sortBy ? 'none' : 'other'}>
                <SortButton family={null} {...sorting} />
              </th>
              {SECTOR_FAMILIES.map((f) => (
                <th scope="col" key={f} aria-sort={sortBy === f ? 'descending' : 'none'}>
                  <SortButton family={f} {...sorting} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {layout.rows.slice(0, rowsShown).map((shaded) => (
              <HeatRow
                key={shaded.row.id}
                shaded={shaded}
                focus={focusState(shaded.row.id, emphasis)}
                markerSize={layout.markerSize}
                labels={labels}
                events={events}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ul className="legend heat-scale" aria-label={labels.scale}>
        {layout.scale.map((step) => (
          <li
            key={step.label}
            className="heat-scale__step"
            style={{ background: step.fill, color: step.text }}
          >
            {step.label}
          </li>
        ))}
        <li className="heat-scale__note">
          <span className="heat-scale__approximate" aria-hidden="true">
            ≈
          </span>
          {labels.approximateLegend}
        </li>
      </ul>
    </>
  );
}
