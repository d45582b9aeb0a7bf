/**
 * The structure diagrams and their legend, drawn from layout alone: no store, no translations,
 * no measuring. The container passes the words (already translated) and what the nodes do.
 */
import { memo } from 'react';
import { ACTOR_SHAPES, LINK_DASHES } from '../../charts/actorShapes';
import { ChartSvg } from '../../charts/ChartSvg';
import { ConfidenceText } from '../../charts/ConfidenceText';
import { MarkHandle } from '../../charts/MarkHandle';
import type { MarkEvents } from '../../charts/MarkHandle';
import { focusState } from '../../charts/ModelMark';
import type { FocusState } from '../../charts/ModelMark';
import { ModelMarker } from '../../charts/ModelMarker';
import { markerPath } from '../../charts/markers';
import { modelColourVar } from '../../charts/palette';
import type { ActorType, Confidence } from '../../corpus/schema';
import type { HierarchyGraph, HierarchyNode } from './derive';
import type { HierarchyLayout, PanelLayout } from './layout';

export interface HierarchyLabels {
  panelTitle: (graph: HierarchyGraph) => string;
  /** The full text alternative of one panel: its step, nodes and links in words. */
  panelText: (graph: HierarchyGraph) => string;
  markName: (graph: HierarchyGraph, node: HierarchyNode) => string;
  tier: (tier: number) => string;
  tiersOf: (graph: HierarchyGraph) => string;
  confidence: Record<Confidence, string>;
}

type Stroke = HierarchyLayout['stroke'];

function NodeShape({
  type,
  r,
  colour,
  stroke,
}: {
  type: ActorType;
  r: number;
  colour: string;
  stroke: Stroke;
}) {
  const { shape, hollow } = ACTOR_SHAPES[type];
  return (
    <path
      d={markerPath(shape, Math.PI * r * r)}
      fill={hollow ? 'var(--bg)' : colour}
      stroke={colour}
      strokeWidth={hollow ? stroke.hollow : stroke.node}
    />
  );
}

interface PanelProps {
  layout: PanelLayout;
  stroke: Stroke;
  state: FocusState;
  labels: HierarchyLabels;
  events: MarkEvents;
}

/**
 * Panels redraw only when their own graph, geometry or emphasis changed, not when a neighbour's
 * did. `events` is left out of the comparison: its handlers are rebuilt each render of the
 * container but always do the same thing.
 */
const samePanel = (a: PanelProps, b: PanelProps) =>
  a.layout.graph === b.layout.graph &&
  a.state === b.state &&
  a.labels === b.labels &&
  a.stroke === b.stroke &&
  a.layout.width === b.layout.width &&
  a.layout.height === b.layout.height &&
  a.layout.nodes.length === b.layout.nodes.length &&
  a.layout.nodes.every((n, i) => {
    const m = b.layout.nodes[i];
    return m !== undefined && m.x === n.x && m.y === n.y && m.r === n.r;
  });

export const HierarchyPanel = memo(function HierarchyPanel({
  layout,
  stroke,
  state,
  labels,
  events,
}: PanelProps) {
  const { graph } = layout;
  const colour = modelColourVar(graph.index);
  const tiers = [...new Set(graph.nodes.map((n) => n.tier))].sort((a, b) => a - b);
  return (
    <li className={`panel hierarchy-panel ${state}`} data-model={graph.id}>
      <h3 className="panel__model">
        <ModelMarker index={graph.index} size={14} /> {graph.name}
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
            <path
              key={l.key}
              d={l.d}
              className="hierarchy-link"
              strokeDasharray={LINK_DASHES[l.link.kind] || undefined}
              style={{ strokeWidth: stroke.link }}
            />
          ))}
          {layout.nodes.map((n) => (
            <g
              key={n.node.id}
              style={{ transform: `translate(${n.x}px, ${n.y}px)` }}
              className="moving"
            >
              <NodeShape type={n.node.type} r={n.r} colour={colour} stroke={stroke} />
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
      <ol className="tier-list" aria-label={labels.tiersOf(graph)}>
        {tiers.map((tier) => (
          <li key={tier}>
            <span className="muted">{labels.tier(tier + 1)}:</span>{' '}
            {graph.nodes
              .filter((n) => n.tier === tier)
              .map((n) => n.label)
              .join('; ')}
          </li>
        ))}
      </ol>
    </li>
  );
}, samePanel);

/** All panels, in the columns the layout chose. */
export function HierarchyPanels({
  layout,
  labels,
  emphasis,
  events,
}: {
  layout: HierarchyLayout;
  labels: HierarchyLabels;
  emphasis: string | null;
  events: MarkEvents;
}) {
  return (
    <ul
      className="hierarchy-grid"
      style={{ gridTemplateColumns: `repeat(${layout.columns}, minmax(0, 1fr))` }}
    >
      {layout.panels.map((panel) => (
        <HierarchyPanel
          key={panel.graph.id}
          layout={panel}
          stroke={layout.stroke}
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
  layout: HierarchyLayout;
  labels: { shapes: string; links: string; size: string };
}

/** Shapes by actor type and line styles by link kind, for the types and kinds in use. */
export function HierarchyLegend({ types, kinds, layout, labels }: HierarchyLegendProps) {
  const r = layout.legend.shapeRadius;
  const side = Math.ceil(2 * r + 6);
  const line = layout.legend.lineWidth;
  return (
    <div className="legend-block">
      <ul className="legend" aria-label={labels.shapes}>
        {types.map((type) => (
          <li key={type.id}>
            <svg
              width={side}
              height={side}
              viewBox={`${-side / 2} ${-side / 2} ${side} ${side}`}
              aria-hidden="true"
            >
              <NodeShape type={type.id} r={r} colour="var(--text)" stroke={layout.stroke} />
            </svg>
            {type.label}
          </li>
        ))}
      </ul>
      <ul className="legend" aria-label={labels.links}>
        {kinds.map((kind) => (
          <li key={kind.id}>
            <svg width={line + 4} height={side} aria-hidden="true">
              <line
                x1="2"
                x2={line + 2}
                y1={side / 2}
                y2={side / 2}
                className="hierarchy-link"
                strokeDasharray={LINK_DASHES[kind.id] || undefined}
                style={{ strokeWidth: layout.stroke.link }}
              />
            </svg>
            {kind.label}
          </li>
        ))}
      </ul>
      <p className="muted">{labels.size}</p>
    </div>
  );
}
