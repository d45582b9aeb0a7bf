/**
 * The structure diagrams as a slide, drawn from their layout alone: a card per model at the place
 * the layout gave it, its name and step over a tiered diagram or an outline. No store, no
 * translations, no measuring: the container passes the words and what the nodes do.
 */
import { ChartSvg } from '../../charts/ChartSvg';
import { MarkHandle } from '../../charts/MarkHandle';
import type { MarkEvents } from '../../charts/MarkHandle';
import { focusState } from '../../charts/ModelMark';
import { modelColourVar } from '../../charts/palette';
import type { Box } from '../../charts/text-width';
import { ActorGlyph, Badge, LinkLine, NodeLabel } from './HierarchyDrawing';
import type { HierarchyLabels } from './HierarchyDrawing';
import type { HierarchyNode } from './derive';
import type { PlacedLink } from './layout';
import type { HierarchySlideLayout, SlidePanel, SlideTextLine } from './slide-layout';

function Lines({
  lines,
  className,
  fontSize,
}: {
  lines: SlideTextLine[];
  className: string;
  fontSize: number;
}) {
  return (
    <text className={className} fontSize={fontSize} dominantBaseline="central">
      {lines.map((l, i) => (
        <tspan key={i} x={l.x} y={l.y}>
          {l.text}
        </tspan>
      ))}
    </text>
  );
}

interface CardProps {
  panel: SlidePanel;
  layout: HierarchySlideLayout;
  labels: HierarchyLabels;
  emphasis: string | null;
  events: MarkEvents;
}

function SlideCard({ panel, layout, labels, emphasis, events }: CardProps) {
  const { graph, diagram } = panel;
  const colour = modelColourVar(graph.index);
  const { stroke, glyph } = layout.style;
  const links: PlacedLink[] = diagram.layout.links;
  const marks: { node: HierarchyNode; hit: Box }[] = diagram.layout.nodes.map((n) => ({
    node: n.node,
    hit: n.hit,
  }));
  const shift = (b: Box): Box => ({ ...b, x: b.x + panel.diagramX, y: b.y + panel.diagramY });
  return (
    <li
      className={`hierarchy-slide__card ${focusState(graph.id, emphasis)}`}
      data-model={graph.id}
      style={{ left: panel.x, top: panel.y, width: panel.width, height: panel.height }}
    >
      <div className="chart">
        <ChartSvg
          title={labels.panelTitle(graph)}
          description={labels.panelText(graph)}
          width={panel.width}
          height={panel.height}
        >
          <rect
            className="hierarchy-slide__frame"
            x={stroke.glyph / 2}
            y={stroke.glyph / 2}
            width={panel.width - stroke.glyph}
            height={panel.height - stroke.glyph}
            rx={8}
            style={{ strokeWidth: stroke.glyph }}
          />
          <Lines lines={panel.name} className="hierarchy-slide__name" fontSize={layout.fontSize} />
          <Lines lines={panel.step} className="hierarchy-slide__step" fontSize={layout.fontSize} />
          <g transform={`translate(${panel.diagramX} ${panel.diagramY})`}>
            {links.map((l) => (
              <LinkLine key={l.key} d={l.d} style={l.style} width={stroke.link} />
            ))}
            {diagram.kind === 'tiers'
              ? diagram.layout.nodes.map((n) => (
                  <g key={n.node.id} data-node={n.node.id}>
                    <g transform={`translate(${n.x} ${n.y})`}>
                      <ActorGlyph
                        letters={labels.glyph(n.node.type)}
                        glyph={glyph}
                        colour={colour}
                      />
                    </g>
                    {n.badge ? <Badge badge={n.badge} colour={colour} /> : null}
                    <NodeLabel n={n} />
                  </g>
                ))
              : diagram.layout.nodes.map((n) => (
                  <g key={n.node.id} data-node={n.node.id}>
                    <g transform={`translate(${n.x} ${n.y})`}>
                      <ActorGlyph
                        letters={labels.glyph(n.node.type)}
                        glyph={glyph}
                        colour={colour}
                      />
                    </g>
                    {n.badge ? <Badge badge={n.badge} colour={colour} /> : null}
                    <text
                      className="hierarchy-label"
                      fontSize={n.fontSize}
                      dominantBaseline="central"
                    >
                      {n.lines.map((l, i) => (
                        <tspan key={i} x={l.x} y={l.y}>
                          {l.text}
                        </tspan>
                      ))}
                    </text>
                  </g>
                ))}
          </g>
        </ChartSvg>
        {marks.map(({ node, hit }) => (
          <MarkHandle
            key={node.id}
            box={shift(hit)}
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
}

export function HierarchySlideDrawing({
  layout,
  labels,
  emphasis,
  events,
}: {
  layout: HierarchySlideLayout;
  labels: HierarchyLabels;
  emphasis: string | null;
  events: MarkEvents;
}) {
  return (
    <ul
      className="hierarchy-slide"
      data-mode={layout.mode}
      style={{ width: layout.width, height: layout.height }}
    >
      {layout.panels.map((panel) => (
        <SlideCard
          key={panel.graph.id}
          panel={panel}
          layout={layout}
          labels={labels}
          emphasis={emphasis}
          events={events}
        />
      ))}
    </ul>
  );
}
