/**
 * The governance bars, drawn from their layout alone: no store, no translations, no measuring.
 * The container passes the words (already translated) and what the segments do.
 */
import { memo, useId, useMemo } from 'react';
import type { Confidence, GovernanceLevel } from '../../corpus/schema';
import { GOVERNANCE_LEVELS } from '../../corpus/derive';
import { ChartNameLink } from '../shared/ModelPageLink';
import { ChartSvg } from '../../charts/ChartSvg';
import { ConfidenceText } from '../../charts/ConfidenceText';
import { MarkHandle } from '../../charts/MarkHandle';
import type { MarkEvents } from '../../charts/MarkHandle';
import { useFocusState } from '../../charts/useFocusState';
import type { EmphasisChannel } from '../../lib/emphasis-channel';
import { movedBy, rememberedComparison, RowBox } from '../../charts/moved';
import { shareColourVar, shareTextVar } from '../../charts/palette';
import { ShareTextures, textureFill } from '../../charts/ShareTextures';
import type { CoderGroup, CoderKey } from '../shared/coder-marks';
import { CoderLegend, CoderRowHandles, CoderRowMarks } from '../shared/CoderMarks';
import type { CoderFollowing } from '../shared/CoderMarks';
import type { CoderShares, GovernanceRow } from './derive';
import type { GovernanceBar, GovernanceLayout, GovernanceSegment } from './layout';

export interface GovernanceLabels {
  title: string;
  description: string;
  level: Record<GovernanceLevel, string>;
  initial: Record<GovernanceLevel, string>;
  /** "lead", said of the leading level. */
  lead: string;
  leadLegend: string;
  /** What a dashed outline and "≈" mean. */
  approximateLegend: string;
  legend: string;
  actorsHere: string;
  noActors: string;
  markName: (row: GovernanceRow, segment: GovernanceSegment) => string;
  confidence: Record<Confidence, string>;
  /** The words of the coder marks, when the chart shows all coders at once. */
  coders?: GovernanceCoderLabels;
}

export interface GovernanceCoderLabels {
  keys: CoderKey[];
  legend: string;
  allAgree: string;
  /** What the marks under the bars stand for (each coder's national share). */
  note: string;
  markName: (row: GovernanceRow, group: CoderGroup<CoderShares>) => string;
  lines: (group: CoderGroup<CoderShares>) => string[];
}

const NOT_FOLLOWING: CoderFollowing = { active: null, follow: () => undefined };

interface GovernanceDrawingProps {
  layout: GovernanceLayout;
  labels: GovernanceLabels;
  /** The model highlighted across the views, which each bar watches for itself (fixedEmphasis
   *  for a still drawing): a hover draws again the bars it dims or lights, not the chart. */
  emphasis: EmphasisChannel;
  events: MarkEvents;
  /**
   * Where the legend goes: under the bars (the page), or nowhere, because a slide sets it apart
   * (GovernanceLegend, with the same `textures`).
   */
  legend?: boolean;
  /** The id prefix of the print textures, shared with a legend drawn apart. */
  textures?: string;
  /** The coders whose marks stand out (all coders at once), and how a mark changes that. */
  following?: CoderFollowing;
  /** How many bars to draw now (a long chart is drawn a screen at a time); all by default. */
  barsShown?: number;
}

/** A unique prefix for a chart's print textures. */
export function useTexturesId(): string {
  return `governance-${useId().replace(/:/g, '')}`;
}

export function GovernanceDrawing({
  layout,
  labels,
  emphasis,
  events,
  legend = true,
  textures: given,
  following = NOT_FOLLOWING,
  barsShown = Infinity,
}: GovernanceDrawingProps) {
  const bars = layout.bars.slice(0, barsShown);
  const own = useTexturesId();
  const textures = given ?? own;
  // What the segment handles say, apart from the chart's description (which names every row): the
  // same object through a change of selection, so the handles of bars that only move are skipped.
  const { markName, level, lead, confidence, actorsHere, noActors, coders } = labels;
  const handleWords = useMemo(
    () => ({ markName, level, lead, confidence, actorsHere, noActors, coders }),
    [markName, level, lead, confidence, actorsHere, noActors, coders],
  );
  return (
    <>
      <ChartSvg
        title={labels.title}
        description={labels.description}
        width={layout.width}
        height={layout.height}
      >
        <ShareTextures prefix={textures} keys={GOVERNANCE_LEVELS} size={8 * (layout.swatch / 14)} />
        {/* Each bar is drawn at its own origin and moved into place: a change of selection that
            moves the bars below it moves their groups, and draws none of them again. */}
        {bars.map((bar) => (
          <BarRow
            key={bar.row.id}
            bar={bar}
            layout={layout}
            textures={textures}
            following={following}
            emphasis={emphasis}
          />
        ))}
      </ChartSvg>
      {/* Row by row, so the keyboard reaches a model's name and then its segments. */}
      {bars.map((bar) => (
        <RowBox key={bar.row.id} top={barTop(bar)}>
          <BarOverlay bar={bar} words={handleWords} events={events} following={following} />
        </RowBox>
      ))}
      {legend ? <GovernanceLegend layout={layout} labels={labels} textures={textures} /> : null}
      {layout.coderMarks && labels.coders ? (
        <CoderLegend
          coders={labels.coders.keys}
          sizes={layout.coderMarks}
          stroke={layout.stroke}
          label={labels.coders.legend}
          allAgree={labels.coders.allAgree}
          note={labels.coders.note}
        />
      ) : null}
    </>
  );
}

/**
 * Whether two bars are drawn alike but for where they sit: the same row, with every piece where it
 * was relative to the bar (charts/moved.ts says why). Coder marks are drawn where their layout
 * puts them, so a bar with them is alike only when it is the same bar.
 */
const sameBarShape = rememberedComparison(
  (a: GovernanceBar, b: GovernanceBar): boolean =>
    a.row === b.row &&
    a.approximate === b.approximate &&
    !a.coders &&
    !b.coders &&
    movedBy(a.name, b.name, b.y - a.y) &&
    movedBy(a.confidence, b.confidence, b.y - a.y) &&
    movedBy(a.segments, b.segments, b.y - a.y),
);

/** One bar moved to its place, dimmed or lit as the emphasis of its own model says. */
const BarRow = memo(function BarRow({
  emphasis,
  ...shape
}: BarShapeProps & { emphasis: EmphasisChannel }) {
  const { bar } = shape;
  return (
    <g
      className={`row ${useFocusState(emphasis, bar.row.id)}`}
      data-model={bar.row.id}
      transform={`translate(0 ${bar.y})`}
    >
      <BarShape {...shape} />
    </g>
  );
});

/** What a bar's drawing takes from the whole layout. */
const sameBarStyle = (a: GovernanceLayout, b: GovernanceLayout) =>
  a === b ||
  (a.barHeight === b.barHeight &&
    a.leadStroke === b.leadStroke &&
    a.plotLeft === b.plotLeft &&
    a.plotRight === b.plotRight &&
    a.stroke === b.stroke &&
    a.coderMarks === b.coderMarks &&
    a.fontSize.name === b.fontSize.name &&
    a.fontSize.segment === b.fontSize.segment &&
    a.fontSize.confidence === b.fontSize.confidence);

interface BarShapeProps {
  bar: GovernanceBar;
  layout: GovernanceLayout;
  textures: string;
  following: CoderFollowing;
}

/** One bar with its name and confidence, at the bar's own origin (its top edge at 0). */
const BarShape = memo(
  function BarShape({ bar, layout, textures, following }: BarShapeProps) {
    const top = bar.y;
    const outline = { strokeWidth: layout.stroke };
    const lead = { strokeWidth: layout.leadStroke };
    return (
      <>
        <text
          x={bar.name.x}
          y={bar.name.y - top}
          textAnchor={bar.name.anchor}
          dominantBaseline="central"
          className="row-label"
          style={{ fontSize: layout.fontSize.name }}
        >
          {bar.name.text}
        </text>
        <text
          x={bar.confidence.x}
          y={bar.confidence.y - top}
          textAnchor={bar.confidence.anchor}
          dominantBaseline="central"
          className={`row-confidence row-confidence--${bar.row.confidence}`}
          style={{ fontSize: layout.fontSize.confidence }}
        >
          {bar.confidence.text}
        </text>
        {bar.segments.map((s) => (
          <g key={s.level}>
            <rect
              x={s.x}
              y={0}
              width={Math.max(0, s.width - 2)}
              height={layout.barHeight}
              style={{ fill: shareColourVar(s.level) }}
            />
            <rect
              x={s.x}
              y={0}
              width={Math.max(0, s.width - 2)}
              height={layout.barHeight}
              className="share-texture"
              fill={textureFill(textures, s.level)}
            />
            {s.label ? (
              <text
                x={s.label.x}
                y={s.label.y - top}
                dominantBaseline="central"
                className="segment-label"
                style={{ fontSize: layout.fontSize.segment, fill: shareTextVar(s.level) }}
              >
                {s.label.text}
              </text>
            ) : null}
          </g>
        ))}
        {bar.approximate ? (
          <rect
            x={layout.plotLeft - layout.stroke}
            y={-layout.stroke}
            width={layout.plotRight - layout.plotLeft + layout.stroke}
            height={layout.barHeight + 2 * layout.stroke}
            className="approximate-outline"
            style={outline}
          />
        ) : null}
        {bar.segments
          .filter((s) => s.isLead)
          .map((s) => (
            // A double line, dark then light, so the outline shows on the darkest and the
            // lightest level alike.
            <g key="lead">
              <rect
                x={s.x}
                y={0}
                width={Math.max(0, s.width - 2)}
                height={layout.barHeight}
                className="lead-outline"
                style={lead}
              />
              <rect
                x={s.x + layout.leadStroke}
                y={layout.leadStroke}
                width={Math.max(0, s.width - 2 - 2 * layout.leadStroke)}
                height={Math.max(0, layout.barHeight - 2 * layout.leadStroke)}
                className="lead-outline__inner"
                style={outline}
              />
            </g>
          ))}
        {/* The coder marks are placed in the chart's coordinates: undo the bar's move. */}
        <g transform={`translate(0 ${-top})`}>
          <CoderStrip bar={bar} layout={layout} following={following} />
        </g>
      </>
    );
  },
  (a, b) =>
    sameBarShape(a.bar, b.bar) &&
    sameBarStyle(a.layout, b.layout) &&
    a.textures === b.textures &&
    a.following === b.following,
);

/**
 * Where a bar's overlay is drawn from: the bar's top, or the chart's for a bar with coder marks
 * (which are placed in the chart's coordinates).
 */
const barTop = (bar: GovernanceBar) => (bar.coders ? 0 : bar.y);

type HandleWords = Pick<
  GovernanceLabels,
  'markName' | 'level' | 'lead' | 'confidence' | 'actorsHere' | 'noActors' | 'coders'
>;

interface BarOverlayProps {
  bar: GovernanceBar;
  words: HandleWords;
  events: MarkEvents;
  following: CoderFollowing;
}

/** The link over a bar's name, the coders' handles under it if shown, and its segments' handles. */
const BarOverlay = memo(
  function BarOverlay({ bar, words: labels, events, following }: BarOverlayProps) {
    const { row, coders } = bar;
    const top = barTop(bar);
    const coderLabels = labels.coders;
    const name = bar.name.box;
    return (
      <>
        <ChartNameLink model={row.id} name={bar.name.text} box={{ ...name, y: name.y - top }} />
        {coders && coderLabels ? (
          <CoderRowHandles
            rowKey={row.id}
            marks={coders.marks}
            link={events.link(row.id)}
            following={following}
            name={(mark) => coderLabels.markName(row, mark.group)}
            onActivate={() => events.open(row.id)}
            title={row.name}
            lines={coderLabels.lines}
          />
        ) : null}
        {bar.segments.map((s) => (
          <MarkHandle
            key={s.level}
            box={{ ...s.hit, y: s.hit.y - top }}
            label={labels.markName(row, s)}
            link={events.link(row.id)}
            onActivate={() => events.open(row.id)}
            tooltip={
              <>
                <strong>
                  {row.name} — {labels.level[s.level]} {s.shown}
                </strong>
                {s.isLead ? ` (${labels.lead})` : ''}
                <ConfidenceText
                  confidence={row.confidence}
                  text={labels.confidence[row.confidence]}
                />
                <br />
                {row.actorsByLevel[s.level].length
                  ? `${labels.actorsHere}: ${row.actorsByLevel[s.level].join('; ')}`
                  : labels.noActors}
              </>
            }
          />
        ))}
      </>
    );
  },
  (a, b) =>
    sameBarShape(a.bar, b.bar) &&
    a.words === b.words &&
    a.events === b.events &&
    a.following === b.following,
);

/**
 * All coders at once, under a bar: a thin line across the bar's scale, a heavier one from the
 * lowest coder's national share to the highest, and the coders' marks on it.
 */
function CoderStrip({
  bar,
  layout,
  following,
}: {
  bar: GovernanceBar;
  layout: GovernanceLayout;
  following: CoderFollowing;
}) {
  const strip = bar.coders;
  if (!strip || !layout.coderMarks) return null;
  return (
    <g className="coder-strip">
      <line
        className="coder-guide"
        x1={layout.plotLeft}
        x2={layout.plotRight}
        y1={strip.y}
        y2={strip.y}
        style={{ strokeWidth: layout.stroke * 0.7 }}
      />
      {strip.span ? (
        <line
          className="coder-span"
          x1={strip.span.x1}
          x2={strip.span.x2}
          y1={strip.y}
          y2={strip.y}
          style={{ strokeWidth: layout.stroke * 2 }}
        />
      ) : null}
      <CoderRowMarks
        marks={strip.marks}
        following={following}
        sizes={layout.coderMarks}
        stroke={layout.stroke}
      />
    </g>
  );
}

/**
 * What the colours, letters and outlines mean. `approximate`: also say what a dashed outline and
 * "≈" mean (a slide leaves it out where no bar is approximate).
 */
export function GovernanceLegend({
  layout,
  labels,
  textures,
  approximate = true,
}: {
  layout: GovernanceLayout;
  labels: GovernanceLabels;
  textures: string;
  approximate?: boolean;
}) {
  const swatch = layout.swatch;
  const outline = { strokeWidth: layout.stroke };
  const lead = { strokeWidth: layout.leadStroke };
  return (
    <ul className="legend" aria-label={labels.legend}>
      {GOVERNANCE_LEVELS.map((level) => (
        <li key={level}>
          <svg width={swatch} height={swatch} aria-hidden="true">
            <rect width={swatch} height={swatch} style={{ fill: shareColourVar(level) }} />
            <rect
              width={swatch}
              height={swatch}
              className="share-texture"
              fill={textureFill(textures, level)}
            />
          </svg>
          {labels.level[level]} ({labels.initial[level]})
        </li>
      ))}
      <li>
        <svg width={swatch} height={swatch} aria-hidden="true">
          <rect
            x={layout.leadStroke / 2}
            y={layout.leadStroke / 2}
            width={swatch - layout.leadStroke}
            height={swatch - layout.leadStroke}
            className="lead-outline lead-outline--swatch"
            style={lead}
          />
        </svg>
        {labels.leadLegend}
      </li>
      {approximate ? (
        <li>
          <svg width={swatch} height={swatch} aria-hidden="true">
            <rect
              x={layout.stroke}
              y={layout.stroke}
              width={swatch - 2 * layout.stroke}
              height={swatch - 2 * layout.stroke}
              className="approximate-outline"
              style={outline}
            />
          </svg>
          {labels.approximateLegend}
        </li>
      ) : null}
    </ul>
  );
}
