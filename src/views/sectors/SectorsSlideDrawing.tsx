/**
 * The sector heat map as a slide, drawn from its layout alone: an SVG grid of shaded cells with
 * their shares, the family heads over the columns and the names beside (or above) the rows. The
 * container passes the words (already translated) and what the cells do.
 */
import type { Confidence } from '../../corpus/schema';
import { ChartSvg } from '../../charts/ChartSvg';
import { ConfidenceText } from '../../charts/ConfidenceText';
import { MarkHandle } from '../../charts/MarkHandle';
import type { MarkEvents } from '../../charts/MarkHandle';
import { focusState } from '../../charts/ModelMark';
import type { SectorRow } from './derive';
import type { SectorSlideLayout, SlideCell } from './layout';

export interface SectorSlideLabels {
  title: string;
  description: string;
  cellName: (row: SectorRow, cell: SlideCell) => string;
  /** The sectors named in a cell, or "no sector named". */
  cellSectors: (cell: SlideCell) => string;
  familyName: (cell: SlideCell) => string;
  confidence: Record<Confidence, string>;
}

export function SectorsSlideDrawing({
  layout,
  labels,
  emphasis,
  events,
}: {
  layout: SectorSlideLayout;
  labels: SectorSlideLabels;
  emphasis: string | null;
  events: MarkEvents;
}) {
  const text = { fontSize: layout.fontSize };
  const dash = `${layout.stroke * 2} ${layout.stroke * 1.5}`;
  return (
    <>
      <ChartSvg
        title={labels.title}
        description={labels.description}
        width={layout.width}
        height={layout.height}
      >
        {layout.columns.map((c) => (
          <text
            key={c.family}
            x={c.header.x}
            y={c.header.y}
            textAnchor="middle"
            dominantBaseline="central"
            className="heat-slide__head"
            style={text}
          >
            {c.header.text}
          </text>
        ))}
        {layout.rows.map((r) => (
          <g
            key={r.row.id}
            className={`row ${focusState(r.row.id, emphasis)}`}
            data-model={r.row.id}
          >
            <text
              x={r.name.x}
              y={r.name.y}
              textAnchor={r.name.anchor}
              dominantBaseline="central"
              className="row-label"
              style={text}
            >
              {r.name.text}
            </text>
            <text
              x={r.confidence.x}
              y={r.confidence.y}
              textAnchor={r.confidence.anchor}
              dominantBaseline="central"
              className={`row-confidence row-confidence--${r.row.confidence}`}
              style={text}
            >
              {r.confidence.text}
            </text>
            {r.cells.map((c) => (
              <g key={c.cell.family}>
                <rect
                  x={c.x}
                  y={c.y}
                  width={c.width}
                  height={c.height}
                  className="heat-slide__cell"
                  style={{ fill: c.fill, strokeWidth: layout.stroke / 2 }}
                />
                {c.approximate ? (
                  // An estimate: a dashed line inside the cell, in the colour of its text.
                  <rect
                    x={c.x + 2 * layout.stroke}
                    y={c.y + 2 * layout.stroke}
                    width={Math.max(0, c.width - 4 * layout.stroke)}
                    height={Math.max(0, c.height - 4 * layout.stroke)}
                    fill="none"
                    stroke={c.text}
                    strokeWidth={layout.stroke * 0.8}
                    strokeDasharray={dash}
                  />
                ) : null}
                <text
                  x={c.label.x}
                  y={c.label.y}
                  textAnchor="middle"
                  dominantBaseline="central"
                  className="heat-slide__share"
                  style={{ ...text, fill: c.text }}
                >
                  {c.label.text}
                </text>
              </g>
            ))}
          </g>
        ))}
      </ChartSvg>
      {layout.rows.flatMap(({ row, cells }) =>
        cells.map((c) => (
          <MarkHandle
            key={`${row.id}-${c.cell.family}`}
            box={{ x: c.x, y: c.y, width: c.width, height: c.height }}
            label={labels.cellName(row, c)}
            link={events.link(row.id)}
            onActivate={() => events.open(row.id)}
            tooltip={
              <>
                <strong>
                  {row.name} — {labels.familyName(c)} {c.shown}
                </strong>
                <ConfidenceText
                  confidence={row.confidence}
                  text={labels.confidence[row.confidence]}
                />
                <br />
                {labels.cellSectors(c)}
              </>
            }
          />
        )),
      )}
    </>
  );
}
