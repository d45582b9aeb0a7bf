/**
 * The state-role dot plot, drawn from its layout alone: no store, no translations, no measuring.
 * The container passes the words (already translated) and what the marks do.
 */
import type { Confidence } from '../../corpus/schema';
import { ChartSvg } from '../../charts/ChartSvg';
import { ConfidenceText } from '../../charts/ConfidenceText';
import { MarkHandle } from '../../charts/MarkHandle';
import type { MarkEvents } from '../../charts/MarkHandle';
import { ModelMark, focusState } from '../../charts/ModelMark';
import type { PlacedModel } from './derive';
import type { StateRoleLayout } from './layout';

export interface StateRoleLabels {
  title: string;
  description: string;
  /** The accessible name of a model's mark, e.g. "Japan: state role 5 — director". */
  markName: (model: PlacedModel) => string;
  confidence: Record<Confidence, string>;
  /** What the dashed ring of a low-confidence mark means; the legend shows it when one is drawn. */
  lowConfidence?: string;
}

interface StateRoleDrawingProps {
  layout: StateRoleLayout;
  labels: StateRoleLabels;
  /** The model highlighted across the views, if any. */
  emphasis: string | null;
  events: MarkEvents;
}

export function StateRoleDrawing({ layout, labels, emphasis, events }: StateRoleDrawingProps) {
  const text = { fontSize: layout.fontSize };
  // Low confidence is a dashed ring around the mark, clear of the marker's own outline.
  const ringRadius = Math.sqrt(layout.markSize / Math.PI) + 2 * layout.stroke.mark + 2;
  const anyLow = layout.rows.some((r) => r.model.confidence === 'low');
  return (
    <>
      <ChartSvg
        title={labels.title}
        description={labels.description}
        width={layout.width}
        height={layout.height}
      >
        {layout.ticks.map((tick) => (
          <line
            key={tick.step.value}
            className="gridline"
            x1={tick.x}
            x2={tick.x}
            y1={0}
            y2={layout.axisY}
            style={{ strokeWidth: layout.stroke.grid }}
          />
        ))}
        <line
          className="axis-line"
          x1={layout.plotLeft}
          x2={layout.plotRight}
          y1={layout.axisY}
          y2={layout.axisY}
          style={{ strokeWidth: layout.stroke.axis }}
        />
        {layout.ticks.map((tick) => (
          <g key={tick.step.value} className="axis-tick">
            <text
              x={tick.x}
              y={tick.numberY}
              textAnchor="middle"
              dominantBaseline="central"
              className="axis-number"
              style={text}
            >
              {tick.step.value}
            </text>
            {tick.label ? (
              <text
                x={tick.label.x}
                y={tick.label.y}
                textAnchor="middle"
                dominantBaseline="central"
                className="axis-label"
                style={text}
              >
                {tick.step.label}
              </text>
            ) : null}
          </g>
        ))}
        {layout.rows.map((row) => {
          const state = focusState(row.model.id, emphasis);
          return (
            <g key={row.model.id} className={`row ${state}`} data-model={row.model.id}>
              <line
                className="row-rule"
                x1={layout.plotLeft}
                x2={row.stemEnd}
                y1={row.y}
                y2={row.y}
                style={{ strokeWidth: layout.stroke.rule }}
              />
              <text
                x={row.label.x}
                y={row.label.y}
                textAnchor={row.label.anchor}
                dominantBaseline="central"
                className="row-label"
                style={text}
              >
                {row.model.name}
              </text>
              <ModelMark
                index={row.model.index}
                x={row.x}
                y={row.y}
                size={layout.markSize}
                stroke={layout.stroke.mark}
                state={state}
              />
              {row.model.confidence === 'low' ? (
                <circle
                  className="approximate-outline"
                  cx={row.x}
                  cy={row.y}
                  r={ringRadius}
                  style={{ strokeWidth: layout.stroke.mark }}
                />
              ) : null}
            </g>
          );
        })}
      </ChartSvg>
      {layout.rows.map(({ model, hit }) => (
        <MarkHandle
          key={model.id}
          box={hit}
          label={labels.markName(model)}
          link={events.link(model.id)}
          onActivate={() => events.open(model.id)}
          tooltip={
            <>
              <strong>{model.name}</strong>: {model.value} — {model.stepLabel}
              <ConfidenceText
                confidence={model.confidence}
                text={labels.confidence[model.confidence]}
              />
            </>
          }
        />
      ))}
      {anyLow && labels.lowConfidence ? (
        <p className="legend">
          <svg width={16} height={16} aria-hidden="true">
            <circle className="approximate-outline" cx={8} cy={8} r={6} />
          </svg>
          {labels.lowConfidence}
        </p>
      ) : null}
    </>
  );
}
