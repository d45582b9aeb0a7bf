/**
 * The state-role dot plot, drawn from its layout alone: no store, no translations, no measuring.
 * The container passes the words (already translated) and what the marks do.
 */
import { memo, useMemo } from 'react';
import type { CSSProperties } from 'react';
import type { Confidence } from '../../corpus/schema';
import { ChartSvg } from '../../charts/ChartSvg';
import { ConfidenceText } from '../../charts/ConfidenceText';
import { MarkHandle } from '../../charts/MarkHandle';
import type { MarkEvents } from '../../charts/MarkHandle';
import { ModelMark, focusState } from '../../charts/ModelMark';
import type { CoderGroup, CoderKey } from '../shared/coder-marks';
import { ChartNameLink } from '../shared/ModelPageLink';
import { CoderLegend, CoderRowHandles, CoderRowMarks } from '../shared/CoderMarks';
import type { CoderFollowing } from '../shared/CoderMarks';
import type { CoderStep, PlacedModel } from './derive';
import type { StateRoleLayout, StateRoleRow } from './layout';

export interface StateRoleLabels {
  title: string;
  description: string;
  /** The accessible name of a model's mark, e.g. "Japan: state role 5 — director". */
  markName: (model: PlacedModel) => string;
  confidence: Record<Confidence, string>;
  /** What the dashed ring of a low-confidence mark means; the legend shows it when one is drawn. */
  lowConfidence?: string;
  /** The words of the coder marks, when the chart shows all coders at once. */
  coders?: StateRoleCoderLabels;
}

export interface StateRoleCoderLabels {
  keys: CoderKey[];
  legend: string;
  allAgree: string;
  markName: (model: PlacedModel, group: CoderGroup<CoderStep>) => string;
  /** The tooltip's lines: one per coder of the mark, or one saying all agree. */
  lines: (group: CoderGroup<CoderStep>) => string[];
}

const NOT_FOLLOWING: CoderFollowing = { active: null, follow: () => undefined };

interface StateRoleDrawingProps {
  layout: StateRoleLayout;
  labels: StateRoleLabels;
  /** The model highlighted across the views, if any. */
  emphasis: string | null;
  events: MarkEvents;
  /** The coders whose marks stand out (all coders at once), and how a mark changes that. */
  following?: CoderFollowing;
  /** How many rows to draw now (a long chart is drawn a screen at a time); all by default. */
  rowsShown?: number;
}

export function StateRoleDrawing({
  layout,
  labels,
  emphasis,
  events,
  following = NOT_FOLLOWING,
  rowsShown = Infinity,
}: StateRoleDrawingProps) {
  const rows = useMemo(() => layout.rows.slice(0, rowsShown), [layout.rows, rowsShown]);
  const text = useMemo(() => ({ fontSize: layout.fontSize }), [layout.fontSize]);
  const sizes = layout.coderMarks;
  // Low confidence is a dashed ring around the mark, clear of the marker's own outline.
  const ringRadius = Math.sqrt(layout.markSize / Math.PI) + 2 * layout.stroke.mark + 2;
  const anyLow = layout.rows.some((r) => r.model.confidence === 'low');
  // A hover changes only the emphasis: the name links and the marks' handles do not depend on
  // it, so they are made once per layout and React skips them (with 200 models, drawing all 200
  // rows, links and handles again on each move of the pointer was most of a hover's cost).
  const nameLinks = useMemo(
    () =>
      rows.map((row) => (
        <ChartNameLink
          key={row.model.id}
          model={row.model.id}
          name={row.model.name}
          box={row.label.box}
        />
      )),
    [rows],
  );
  const handles = useMemo(
    () =>
      rows.map(({ model, hit, coders }) =>
        coders && labels.coders ? (
          <CoderRowHandles
            key={model.id}
            rowKey={model.id}
            marks={coders.marks}
            link={events.link(model.id)}
            following={following}
            name={(mark) => labels.coders?.markName(model, mark.group) ?? ''}
            onActivate={() => events.open(model.id)}
            tooltip={(mark) => (
              <>
                <strong>{model.name}</strong>
                {labels.coders?.lines(mark.group).map((line) => (
                  <span key={line} className="chart-tooltip__line">
                    {line}
                  </span>
                ))}
              </>
            )}
          />
        ) : (
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
        ),
      ),
    [rows, labels, events, following],
  );
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
        {rows.map((row) => (
          <PlotRow
            key={row.model.id}
            row={row}
            layout={layout}
            state={focusState(row.model.id, emphasis)}
            ringRadius={ringRadius}
            following={following}
            text={text}
          />
        ))}
      </ChartSvg>
      {nameLinks}
      {handles}
      {sizes && labels.coders ? (
        <CoderLegend
          coders={labels.coders.keys}
          sizes={sizes}
          stroke={layout.stroke.mark}
          label={labels.coders.legend}
          allAgree={labels.coders.allAgree}
        />
      ) : null}
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

/** One model's row of the plot, memoised: a hover draws again only the rows it dims or lights. */
const PlotRow = memo(function PlotRow({
  row,
  layout,
  state,
  ringRadius,
  following,
  text,
}: {
  row: StateRoleRow;
  layout: StateRoleLayout;
  state: ReturnType<typeof focusState>;
  ringRadius: number;
  following: CoderFollowing;
  text: CSSProperties;
}) {
  return (
    <g className={`row ${state}`} data-model={row.model.id}>
      {row.coders && layout.coderMarks ? (
        <CoderRow row={row} layout={layout} following={following} />
      ) : (
        <ModelRow row={row} layout={layout} state={state} ringRadius={ringRadius} />
      )}
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
    </g>
  );
});

/** A model's own row: the stem to its step, its marker, a dashed ring at low confidence. */
function ModelRow({
  row,
  layout,
  state,
  ringRadius,
}: {
  row: StateRoleRow;
  layout: StateRoleLayout;
  state: ReturnType<typeof focusState>;
  ringRadius: number;
}) {
  return (
    <>
      <line
        className="row-rule"
        x1={layout.plotLeft}
        x2={row.stemEnd}
        y1={row.y}
        y2={row.y}
        style={{ strokeWidth: layout.stroke.rule }}
      />
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
    </>
  );
}

/**
 * All coders at once: a thin line across the scale, a heavier one spanning from the lowest
 * coder's step to the highest (how far apart they are), and the coders' marks on it.
 */
function CoderRow({
  row,
  layout,
  following,
}: {
  row: StateRoleRow;
  layout: StateRoleLayout;
  following: CoderFollowing;
}) {
  if (!row.coders || !layout.coderMarks) return null;
  return (
    <>
      <line
        className="coder-guide"
        x1={layout.plotLeft}
        x2={layout.plotRight}
        y1={row.y}
        y2={row.y}
        style={{ strokeWidth: layout.stroke.grid }}
      />
      {row.coders.span ? (
        <line
          className="coder-span"
          x1={row.coders.span.x1}
          x2={row.coders.span.x2}
          y1={row.y}
          y2={row.y}
          style={{ strokeWidth: layout.stroke.rule }}
        />
      ) : null}
      <CoderRowMarks
        marks={row.coders.marks}
        following={following}
        sizes={layout.coderMarks}
        stroke={layout.stroke.mark}
      />
    </>
  );
}
