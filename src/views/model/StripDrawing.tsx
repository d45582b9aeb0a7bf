/**
 * One strip, drawn from its layout alone: the scale's line and ticks, every other model as its own
 * marker, small and muted (named in a tooltip), this model's large (a dashed ring when its value
 * is low-confidence).
 * One image with a text alternative; the container passes the words.
 */
import { ChartSvg } from '../../charts/ChartSvg';
import { ModelMark } from '../../charts/ModelMark';
import type { StripLayout } from './layout';

export function StripDrawing({
  layout,
  index,
  low,
  title,
  description,
  tickLabel,
  otherTitle,
}: {
  layout: StripLayout;
  /** This model's corpus position: its colour and marker. */
  index: number;
  low: boolean;
  title: string;
  description: string;
  tickLabel: (value: number) => string;
  /** Another model's name and value, shown on hover over its marker. */
  otherTitle?: (id: string) => string;
}) {
  const text = { fontSize: layout.fontSize };
  return (
    <ChartSvg
      title={title}
      description={description}
      width={layout.width}
      height={layout.height}
      className="model-strip"
    >
      <line
        className="axis-line"
        x1={layout.plotLeft}
        x2={layout.plotRight}
        y1={layout.axisY}
        y2={layout.axisY}
        style={{ strokeWidth: layout.stroke }}
      />
      {layout.ticks.map((tick) => (
        <g key={tick.value}>
          <line
            className="gridline"
            x1={tick.x}
            x2={tick.x}
            y1={layout.axisY - 4}
            y2={layout.axisY + 4}
            style={{ strokeWidth: layout.stroke }}
          />
          <text
            className="axis-number"
            x={tick.x}
            y={layout.tickY}
            textAnchor={tick.anchor}
            dominantBaseline="central"
            style={text}
          >
            {tickLabel(tick.value)}
          </text>
        </g>
      ))}
      {layout.others.map((dot) => (
        <g key={dot.id} className="model-strip__other" data-model={dot.id}>
          {otherTitle ? <title>{otherTitle(dot.id)}</title> : null}
          <ModelMark
            index={dot.index}
            x={dot.x}
            y={dot.y}
            size={layout.otherSize}
            stroke={layout.stroke}
            state="is-plain"
          />
        </g>
      ))}
      <ModelMark
        index={index}
        x={layout.own.x}
        y={layout.own.y}
        size={layout.own.size}
        stroke={layout.stroke}
        state="is-focused"
      />
      {low ? (
        <circle
          className="approximate-outline"
          cx={layout.own.x}
          cy={layout.own.y}
          r={layout.own.radius + layout.stroke + 1}
          style={{ strokeWidth: layout.stroke }}
        />
      ) : null}
    </ChartSvg>
  );
}
