/**
 * The policy-fit ranking bars, drawn from their layout alone: no store, no translations, no
 * measuring. The container passes the words and the linked-highlight handlers.
 */
import { ChartSvg } from '../../charts/ChartSvg';
import type { LinkHandlers } from '../../charts/MarkHandle';
import { focusState } from '../../charts/ModelMark';
import { modelColourVar } from '../../charts/palette';
import { ChartNameLink } from '../shared/ModelPageLink';
import type { RankingLayout } from './RankingChartLayout';

export interface RankingLabels {
  title: string;
  description: string;
}

interface RankingChartDrawingProps {
  layout: RankingLayout;
  labels: RankingLabels;
  emphasis: string | null;
  link: (model: string) => LinkHandlers;
}

export function RankingChartDrawing({ layout, labels, emphasis, link }: RankingChartDrawingProps) {
  const text = { fontSize: layout.fontSize };
  return (
    <>
      <ChartSvg
        title={labels.title}
        description={labels.description}
        width={layout.width}
        height={layout.height}
        className="ranking"
      >
        {layout.rows.map((row) => {
          const { onMouseEnter, onMouseLeave } = link(row.model.id);
          return (
            <g
              key={row.model.id}
              className={`row moving ${focusState(row.model.id, emphasis)}`}
              style={{ transform: `translate(0px, ${row.y}px)` }}
              data-model={row.model.id}
              onMouseEnter={onMouseEnter}
              onMouseLeave={onMouseLeave}
            >
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
            </g>
          );
        })}
      </ChartSvg>
      {/* Each name links to its model's page (the bars keep their linked highlight). */}
      {layout.rows.map((row) => (
        <ChartNameLink
          key={row.model.id}
          model={row.model.id}
          name={row.model.name}
          box={row.name.box}
        />
      ))}
    </>
  );
}
