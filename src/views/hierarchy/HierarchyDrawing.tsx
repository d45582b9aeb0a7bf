/**
 * The structure diagrams and their legend, drawn from layout alone: no store, no translations,
 * no measuring. The container passes the words (already translated) and what the nodes do.
 * Nodes take their model's colour; the letter in the box says the actor type.
 */
import { memo } from 'react';
import { LINK_STYLES, LINK_STYLE_OF, linkDash } from '../../charts/actorShapes';
import type { LinkStyle } from '../../charts/actorShapes';
import { ChartSvg } from '../../charts/ChartSvg';
import { ConfidenceText } from '../../charts/ConfidenceText';
import { MarkHandle } from '../../charts/MarkHandle';
import type { MarkEvents } from '../../charts/MarkHandle';
import { focusState } from '../../charts/ModelMark';
import type { FocusState } from '../../charts/ModelMark';
import { ModelNameLink } from '../shared/ModelPageLink';
import { ModelMarker } from '../../charts/ModelMarker';
import { modelColourVar } from '../../charts/palette';
import type { ActorType, Confidence } from '../../corpus/schema';
import type { HierarchyGraph, HierarchyNode } from './derive';
import type { HierarchyLayout, PanelLayout, PlacedNode } from './layout';

export interface HierarchyLabels {
  panelTitle: (graph: HierarchyGraph) => string;
  /** The full text alternative of one panel: its step, nodes and links in words. */
  panelText: (graph: HierarchyGraph) => string;
  markName: (graph: HierarchyGraph, node: HierarchyNode) => string;
  tier: (tier: number) => string;
  /** The letter code of an actor type, drawn in its node's box. */
  glyph: (type: ActorType) => string;
  confidence: Record<Confidence, string>;
}

export type Glyph = HierarchyLayout['glyph'];

/** The rounded box with its letter code, centred on the origin. */
export function ActorGlyph({
  letters,
  glyph,
  colour,
}: {
  letters: string;
  glyph: Glyph;
  colour: string;
}) {
  const s = glyph.size;
  return (
    <>
      <rect
        x={-s / 2}
        y={-s / 2}
        width={s}
        height={s}
        rx={glyph.radius}
        fill={colour}
        className="hierarchy-glyph"
      />
      <text
        className="hierarchy-glyph__letter"
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={letters.length > 1 ? glyph.fontPair : glyph.font}
      >
        {letters}
      </text>
    </>
  );
}

/** One link in its style: a double line is a wide stroke with the card's colour down its middle. */
export function LinkLine({ d, style, width }: { d: string; style: LinkStyle; width: number }) {
  if (style === 'double')
    return (
      <>
        <path d={d} className="hierarchy-link" style={{ strokeWidth: width * 2.6 }} />
        <path d={d} className="hierarchy-link__gap" style={{ strokeWidth: width * 0.9 }} />
      </>
    );
  return (
    <path
      d={d}
      className={`hierarchy-link hierarchy-link--${style}`}
      strokeDasharray={linkDash(style, width)}
      style={{ strokeWidth: width }}
    />
  );
}

export function NodeLabel({ n }: { n: PlacedNode }) {
  const { label } = n;
  return (
    <text className="hierarchy-label" textAnchor="middle" fontSize={label.fontSize}>
      {label.lines.map((line, i) => (
        <tspan key={i} x={label.x} y={label.top + (i + 0.8) * label.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function Badge({
  badge,
  colour,
}: {
  badge: NonNullable<PlacedNode['badge']>;
  colour: string;
}) {
  const { box } = badge;
  return (
    <g className="hierarchy-badge">
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={box.height / 2}
        stroke={colour}
      />
      <text
        x={box.x + box.width / 2}
        y={box.y + box.height / 2}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={badge.fontSize}
      >
        {badge.text}
      </text>
    </g>
  );
}

interface PanelProps {
  layout: PanelLayout;
  stroke: HierarchyLayout['stroke'];
  glyph: Glyph;
  state: FocusState;
  labels: HierarchyLabels;
  events: MarkEvents;
}

/** Two objects of numbers with the same numbers (the layout makes new ones each time). */
const sameNumbers = <T extends object>(a: T, b: T) =>
  a === b ||
  Object.entries(a).every(([key, value]) => (b as Record<string, unknown>)[key] === value);

/**
 * Panels redraw only when their own layout or emphasis changed, not when a neighbour's did. A
 * panel's layout is kept while its graph, width and type are (layout.ts); stroke and glyph are
 * compared by value. `events` is left out of the comparison: its handlers are rebuilt each render
 * of the container but always do the same thing.
 */
const samePanel = (a: PanelProps, b: PanelProps) =>
  a.layout === b.layout &&
  a.state === b.state &&
  a.labels === b.labels &&
  sameNumbers(a.stroke, b.stroke) &&
  sameNumbers(a.glyph, b.glyph);

export const HierarchyPanel = memo(function HierarchyPanel({
  layout,
  stroke,
  glyph,
  state,
  labels,
  events,
}: PanelProps) {
  const { graph } = layout;
  const colour = modelColourVar(graph.index);
  return (
    <li className={`panel hierarchy-panel ${state}`} data-model={graph.id}>
      <h3 className="panel__model">
        <ModelMarker index={graph.index} size={14} />{' '}
        <ModelNameLink model={graph.id}>{graph.name}</ModelNameLink>
      </h3>
      <p className="panel__definition">
        {graph.value} — {graph.stepLabel}
        <ConfidenceText confidence={graph.confidence} text={labels.confidence[graph.confidence]} />
      </p>
      <div className="chart">
        <ChartSvg
          title={labels.panelTitle(graph)}
          description={labels.panelText(graph)}
          width={layout.width}
          height={layout.height}
        >
          {layout.links.map((l) => (
            <LinkLine key={l.key} d={l.d} style={l.style} width={stroke.link} />
          ))}
          {layout.nodes.map((n) => (
            <g key={n.node.id} data-node={n.node.id}>
              <g style={{ transform: `translate(${n.x}px, ${n.y}px)` }} className="moving">
                <ActorGlyph letters={labels.glyph(n.node.type)} glyph={glyph} colour={colour} />
              </g>
              {n.badge ? <Badge badge={n.badge} colour={colour} /> : null}
              <NodeLabel n={n} />
            </g>
          ))}
        </ChartSvg>
        {layout.nodes.map(({ node, hit }) => (
          <MarkHandle
            key={node.id}
            box={hit}
            label={labels.markName(graph, node)}
            link={events.link(graph.id)}
            onActivate={() => events.open(graph.id)}
            tooltip={
              <>
                <strong>{node.label}</strong> ({node.typeLabel}) — {labels.tier(node.tier + 1)}
              </>
            }
          />
        ))}
      </div>
    </li>
  );
}, samePanel);

/** The panels laid out, in the columns the layout chose. */
export function HierarchyPanels({
  layout,
  labels,
  emphasis,
  events,
  busy = false,
}: {
  layout: HierarchyLayout;
  labels: HierarchyLabels;
  emphasis: string | null;
  events: MarkEvents;
  /** More panels are still to come (a long grid is drawn a screen at a time). */
  busy?: boolean;
}) {
  return (
    <ul
      className="hierarchy-grid"
      style={{ gridTemplateColumns: `repeat(${layout.columns}, minmax(0, 1fr))` }}
      aria-busy={busy}
    >
      {layout.panels.map((panel) => (
        <HierarchyPanel
          key={panel.graph.id}
          layout={panel}
          stroke={layout.stroke}
          glyph={layout.glyph}
          state={focusState(panel.graph.id, emphasis)}
          labels={labels}
          events={events}
        />
      ))}
    </ul>
  );
}

export interface HierarchyLegendProps {
  types: { id: ActorType; label: string }[];
  kinds: { id: string; label: string }[];
  layout: Pick<HierarchyLayout, 'glyph' | 'legend' | 'stroke'>;
  glyph: (type: ActorType) => string;
  labels: { types: string; links: string; count: string };
}

/** Letters by actor type, and one line sample per style in use with the kinds it stands for. */
export function HierarchyLegend({ types, kinds, layout, glyph, labels }: HierarchyLegendProps) {
  const s = Math.ceil(layout.glyph.size + 2);
  const line = layout.legend.lineWidth;
  const styles = LINK_STYLES.map((style) => ({
    style,
    kinds: kinds.filter((k) => (LINK_STYLE_OF[k.id] ?? 'dashed') === style),
  })).filter((g) => g.kinds.length > 0);
  return (
    <div className="legend-block">
      <ul className="legend" aria-label={labels.types}>
        {types.map((type) => (
          <li key={type.id}>
            <svg width={s} height={s} viewBox={`${-s / 2} ${-s / 2} ${s} ${s}`} aria-hidden="true">
              <ActorGlyph letters={glyph(type.id)} glyph={layout.glyph} colour="var(--muted)" />
            </svg>
            {type.label}
          </li>
        ))}
      </ul>
      <ul className="legend" aria-label={labels.links}>
        {styles.map((g) => (
          <li key={g.style} data-style={g.style}>
            <svg width={line + 4} height={s} aria-hidden="true">
              <LinkLine d={`M2,${s / 2} H${line + 2}`} style={g.style} width={layout.stroke.link} />
            </svg>
            {g.kinds.map((k) => k.label).join(', ')}
          </li>
        ))}
      </ul>
      <p className="muted">{labels.count}</p>
    </div>
  );
}
