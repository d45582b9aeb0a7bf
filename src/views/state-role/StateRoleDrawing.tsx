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
import { ModelMark } from '../../charts/ModelMark';
import type { FocusState } from '../../charts/ModelMark';
import { useFocusState } from '../../charts/useFocusState';
import type { EmphasisChannel } from '../../lib/emphasis-channel';
import { movedBy, rememberedComparison, RowBox } from '../../charts/moved';
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
  /**
   * The model highlighted across the views, if any, which each row watches for itself: a hover
   * draws again the rows it dims or lights, not the chart (fixedEmphasis for a still drawing).
   */
  emphasis: EmphasisChannel;
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
  // What the marks' handles say, apart from the chart's description (which names every row):
  // the same object through a change of selection, so the handles of rows that only move are
  // skipped.
  const { markName, confidence, coders } = labels;
  const handleWords = useMemo(
    () => ({ markName, confidence, coders }),
    [markName, confidence, coders],
  );
  // A hover changes only the emphasis: the name links and the marks' handles do not depend on
  // it, so they are made once per layout and React skips them (with 200 models, drawing all 200
  // rows, links and handles again on each move of the pointer was most of a hover's cost). Each
  // row's link and handle are drawn at the row's own origin and moved into place, as its marks
  // are, so a change of selection that moves a row draws neither again, and a long plot filling
  // in a screen at a time draws only the new rows' ones. Row by row, so the keyboard reaches a
  // model's name and then its mark.
  const overlays = useMemo(
    () =>
      rows.map((row) => (
        <RowBox key={row.model.id} top={rowTop(row)}>
          <RowOverlay row={row} words={handleWords} events={events} following={following} />
        </RowBox>
      )),
    [rows, handleWords, events, following],
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
            emphasis={emphasis}
            ringRadius={ringRadius}
            following={following}
            text={text}
          />
        ))}
      </ChartSvg>
      {overlays}
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

/**
 * Where a row's pieces are drawn from: its own line, or the chart's top for a row of coder marks
 * (which are placed in the chart's coordinates).
 */
const rowTop = (row: StateRoleRow) => (row.coders ? 0 : row.y);

/**
 * Whether two rows are drawn alike but for where they sit (charts/moved.ts). Coder marks are
 * drawn where their layout puts them, so a row with them is alike only when it is the same row.
 */
const sameRowShape = rememberedComparison(
  (a: StateRoleRow, b: StateRoleRow): boolean => !a.coders && !b.coders && movedBy(a, b, b.y - a.y),
);

type HandleWords = Pick<StateRoleLabels, 'markName' | 'confidence' | 'coders'>;

interface RowOverlayProps {
  row: StateRoleRow;
  words: HandleWords;
  events: MarkEvents;
  following: CoderFollowing;
}

/** The link over a row's name and the handle over its mark (or the coders' over theirs). */
const RowOverlay = memo(
  function RowOverlay({ row, words, events, following }: RowOverlayProps) {
    const { model, hit, coders } = row;
    const top = rowTop(row);
    const coderLabels = words.coders;
    const box = row.label.box;
    return (
      <>
        <ChartNameLink model={model.id} name={model.name} box={{ ...box, y: box.y - top }} />
        {coders && coderLabels ? (
          <CoderRowHandles
            rowKey={model.id}
            marks={coders.marks}
            link={events.link(model.id)}
            following={following}
            name={(mark) => coderLabels.markName(model, mark.group)}
            onActivate={() => events.open(model.id)}
            title={model.name}
            lines={coderLabels.lines}
          />
        ) : (
          <MarkHandle
            box={{ ...hit, y: hit.y - top }}
            label={words.markName(model)}
            link={events.link(model.id)}
            onActivate={() => events.open(model.id)}
            tooltip={
              <>
                <strong>{model.name}</strong>: {model.value} — {model.stepLabel}
                <ConfidenceText
                  confidence={model.confidence}
                  text={words.confidence[model.confidence]}
                />
              </>
            }
          />
        )}
      </>
    );
  },
  (a, b) =>
    sameRowShape(a.row, b.row) &&
    a.words === b.words &&
    a.events === b.events &&
    a.following === b.following,
);

/**
 * One model's row, moved to its line, in the state the emphasis gives it now. A model's own row
 * dims its pieces one by one, not as a group: the mark inside a dimmed group, moved by a
 * transform of its own, made Chromium split the plot into some 290 compositor layers while any
 * row was dimmed, and laying them out again took a fifth of each hover's frame at 4× throttle
 * with 200 models. A row of coder marks still dims as a group.
 */
const PlotRow = memo(function PlotRow({
  row,
  emphasis,
  ...shape
}: Omit<RowShapeProps, 'state'> & { emphasis: EmphasisChannel }) {
  const state = useFocusState(emphasis, row.model.id);
  return (
    <g
      className={row.coders ? `row ${state}` : 'row'}
      data-model={row.model.id}
      transform={`translate(0 ${row.y})`}
    >
      <RowShape row={row} state={state} {...shape} />
    </g>
  );
});

/** What a row's drawing takes from the whole layout. */
const sameRowStyle = (a: StateRoleLayout, b: StateRoleLayout) =>
  a === b ||
  (a.plotLeft === b.plotLeft &&
    a.plotRight === b.plotRight &&
    a.markSize === b.markSize &&
    a.coderMarks === b.coderMarks &&
    a.stroke.mark === b.stroke.mark &&
    a.stroke.rule === b.stroke.rule &&
    a.stroke.grid === b.stroke.grid);

interface RowShapeProps {
  row: StateRoleRow;
  layout: StateRoleLayout;
  state: FocusState;
  ringRadius: number;
  following: CoderFollowing;
  text: CSSProperties;
}

/**
 * One model's row of the plot at the row's own origin (its line at 0), memoised: a hover draws
 * again only the rows it dims or lights, a change of selection only the rows it adds.
 */
const RowShape = memo(
  function RowShape({ row, layout, state, ringRadius, following, text }: RowShapeProps) {
    return (
      <>
        {row.coders && layout.coderMarks ? (
          // The coder marks are placed in the chart's coordinates: undo the row's move.
          <g transform={`translate(0 ${-row.y})`}>
            <CoderRow row={row} layout={layout} following={following} />
          </g>
        ) : (
          <ModelRow row={row} layout={layout} state={state} ringRadius={ringRadius} />
        )}
        <text
          x={row.label.x}
          y={row.label.y - row.y}
          textAnchor={row.label.anchor}
          dominantBaseline="central"
          className={row.coders ? 'row-label' : `row-label ${state}`}
          style={text}
        >
          {row.model.name}
        </text>
      </>
    );
  },
  (a, b) =>
    sameRowShape(a.row, b.row) &&
    sameRowStyle(a.layout, b.layout) &&
    a.state === b.state &&
    a.ringRadius === b.ringRadius &&
    a.following === b.following &&
    a.text === b.text,
);

/** A model's own row, at the row's origin: the stem to its step, its marker, a dashed ring at low
 *  confidence. */
function ModelRow({
  row,
  layout,
  state,
  ringRadius,
}: {
  row: StateRoleRow;
  layout: StateRoleLayout;
  state: FocusState;
  ringRadius: number;
}) {
  return (
    <>
      <line
        className={`row-rule ${state}`}
        x1={layout.plotLeft}
        x2={row.stemEnd}
        y1={0}
        y2={0}
        style={{ strokeWidth: layout.stroke.rule }}
      />
      <ModelMark
        index={row.model.index}
        x={row.x}
        y={0}
        size={layout.markSize}
        stroke={layout.stroke.mark}
        state={state}
      />
      {row.model.confidence === 'low' ? (
        <circle
          className={`approximate-outline ${state}`}
          cx={row.x}
          cy={0}
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
