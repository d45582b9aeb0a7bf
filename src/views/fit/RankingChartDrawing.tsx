/**
 * The policy-fit ranking bars, drawn from their layout alone: no store, no translations, no
 * measuring. The container passes the words and the linked-highlight handlers.
 */
import { memo } from 'react';
import { ChartSvg } from '../../charts/ChartSvg';
import type { LinkHandlers } from '../../charts/MarkHandle';
import { useFocusState } from '../../charts/useFocusState';
import type { EmphasisChannel } from '../../lib/emphasis-channel';
import { movedBy, rememberedComparison, RowBox } from '../../charts/moved';
import { modelColourVar } from '../../charts/palette';
import { ChartNameLink } from '../shared/ModelPageLink';
import type { RankingLayout, RankingRow } from './RankingChartLayout';

export interface RankingLabels {
  title: string;
  description: string;
}

interface RankingChartDrawingProps {
  layout: RankingLayout;
  labels: RankingLabels;
  /** The model highlighted across the views, which each row watches for itself (fixedEmphasis
   *  for a still drawing): a hover draws again the rows it dims or lights, not the ranking. */
  emphasis: EmphasisChannel;
  link: (model: string) => LinkHandlers;
}

export function RankingChartDrawing({ layout, labels, emphasis, link }: RankingChartDrawingProps) {
  const fontSize = layout.fontSize;
  return (
    <>
      <ChartSvg
        title={labels.title}
        description={labels.description}
        width={layout.width}
        height={layout.height}
        className="ranking"
      >
        {layout.rows.map((row) => (
          <PlacedRankingRow
            key={row.model.id}
            row={row}
            fontSize={fontSize}
            emphasis={emphasis}
            link={link}
          />
        ))}
      </ChartSvg>
      {/* Each name links to its model's page (the bars keep their linked highlight); each link
          sits in a box moved with its row, as the row's drawing is. */}
      {layout.rows.map((row) => (
        <RowBox key={row.model.id} top={row.y}>
          <RankingNameLink row={row} />
        </RowBox>
      ))}
    </>
  );
}

/** One row moved to its place (gliding), dimmed or lit as the emphasis of its model says. */
const PlacedRankingRow = memo(function PlacedRankingRow({
  row,
  fontSize,
  emphasis,
  link,
}: {
  row: RankingRow;
  fontSize: number;
  emphasis: EmphasisChannel;
  link: (model: string) => LinkHandlers;
}) {
  const { onMouseEnter, onMouseLeave } = link(row.model.id);
  return (
    <g
      className={`row moving ${useFocusState(emphasis, row.model.id)}`}
      style={{ transform: `translate(0px, ${row.y}px)` }}
      data-model={row.model.id}
      onMouseEnter={onMouseEnter}
      onMouseLeave={onMouseLeave}
    >
      <RankingRowShape row={row} fontSize={fontSize} />
    </g>
  );
});

/**
 * Whether two rows of the ranking are drawn alike but for where they sit (charts/moved.ts): a
 * change of selection or of the answers moves most rows, and with 200 models drawing each again
 * was a large part of the change (profiled). The model's own fields are compared by what is drawn.
 */
const sameRankingShape = rememberedComparison(
  (a: RankingRow, b: RankingRow): boolean =>
    a.model.id === b.model.id &&
    a.model.name === b.model.name &&
    a.model.index === b.model.index &&
    a.similarity === b.similarity &&
    movedBy(a.bar, b.bar, 0) &&
    movedBy(a.name, b.name, b.y - a.y) &&
    movedBy(a.value, b.value, b.y - a.y),
);

/** A row's name, bar and percentage, at the row's own origin. */
const RankingRowShape = memo(
  function RankingRowShape({ row, fontSize }: { row: RankingRow; fontSize: number }) {
    const text = { fontSize };
    return (
      <>
        <text
          x={row.name.x}
          y={row.name.y - row.y}
          textAnchor={row.name.anchor}
          dominantBaseline="central"
          className="row-label ranking-name"
          style={text}
        >
          {row.model.name}
        </text>
        <rect
          x={row.bar.x}
          y={0}
          width={row.bar.width}
          height={row.bar.height}
          fill={modelColourVar(row.model.index)}
        />
        <text
          x={row.value.x}
          y={row.value.y - row.y}
          dominantBaseline="central"
          className="row-label"
          style={text}
        >
          {row.similarity}%
        </text>
      </>
    );
  },
  (a, b) => a.fontSize === b.fontSize && sameRankingShape(a.row, b.row),
);

/** The link over a row's name, at the row's own origin. */
const RankingNameLink = memo(
  function RankingNameLink({ row }: { row: RankingRow }) {
    const box = row.name.box;
    return (
      <ChartNameLink
        model={row.model.id}
        name={row.model.name}
        box={{ ...box, y: box.y - row.y }}
      />
    );
  },
  (a, b) => sameRankingShape(a.row, b.row),
);
