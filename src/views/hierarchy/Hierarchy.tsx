import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_SHAPES, LINK_DASHES } from '../../charts/actorShapes';
import { ChartFrame } from '../shared/ChartFrame';
import { DataTable } from '../../charts/DataTable';
import { ChartSvg } from '../../charts/ChartSvg';
import { MarkButton } from '../../evidence/MarkButton';
import { focusState } from '../../charts/ModelMark';
import { ModelMarker } from '../../charts/ModelMarker';
import { markerPath } from '../../charts/markers';
import { modelColourVar } from '../../charts/palette';
import { useElementSize } from '../../lib/useElementSize';
import { useBundle, useEmphasis, useModelIndex, useSelectedModels } from '../../state/selectors';
import { ConfidenceNote } from '../../evidence/ConfidenceNote';
import { useMeasureRender } from '../../lib/perf';
import { deriveHierarchy, usedActorTypes, usedLinkKinds } from './derive';
import type { HierarchyGraph } from './derive';
import { layoutHierarchy } from './layout';
import type { PanelLayout } from './layout';
import { ViewTitle } from '../shared/ViewTitle';

function NodeShape({
  type,
  r,
  colour,
}: {
  type: keyof typeof ACTOR_SHAPES;
  r: number;
  colour: string;
}) {
  const { shape, hollow } = ACTOR_SHAPES[type];
  return (
    <path
      d={markerPath(shape, Math.PI * r * r)}
      fill={hollow ? 'var(--bg)' : colour}
      stroke={colour}
      strokeWidth={hollow ? 2.5 : 1}
    />
  );
}

interface PanelProps {
  graph: HierarchyGraph;
  layout: PanelLayout;
  index: number;
}

/** Panels are redrawn only when their own graph or geometry changed, not when a neighbour did. */
const samePanel = (a: PanelProps, b: PanelProps) =>
  a.graph === b.graph &&
  a.index === b.index &&
  a.layout.width === b.layout.width &&
  a.layout.height === b.layout.height &&
  a.layout.nodes.length === b.layout.nodes.length &&
  a.layout.nodes.every((n, i) => {
    const m = b.layout.nodes[i];
    return m !== undefined && m.x === n.x && m.y === n.y && m.r === n.r;
  });

const Panel = memo(function Panel({ graph, layout, index }: PanelProps) {
  const { t } = useTranslation();
  const focus = useEmphasis();
  const colour = modelColourVar(index);
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  const description = [
    t('hierarchy.panelText', {
      model: graph.name,
      value: graph.value,
      label: graph.stepLabel,
      tiers: graph.tiers,
    }),
    ...graph.nodes.map((n) =>
      t('hierarchy.nodeText', { label: n.label, type: n.typeLabel, tier: n.tier + 1 }),
    ),
    ...graph.links.map((l) =>
      t('hierarchy.linkText', {
        source: nodeById.get(l.source)?.label,
        target: nodeById.get(l.target)?.label,
        kind: l.kindLabel,
      }),
    ),
  ].join('. ');
  return (
    <li className={`panel hierarchy-panel ${focusState(graph.id, focus)}`}>
      <h3 className="panel__model">
        <ModelMarker index={index} size={14} /> {graph.name}
      </h3>
      <p className="panel__definition">
        {graph.value} — {graph.stepLabel}
        <ConfidenceNote confidence={graph.confidence} />
      </p>
      <div className="chart">
        <ChartSvg
          title={t('hierarchy.panelTitle', { model: graph.name })}
          description={description}
          width={layout.width}
          height={layout.height}
        >
          {layout.links.map((l) => (
            <path
              key={l.key}
              d={l.d}
              className="hierarchy-link"
              strokeDasharray={LINK_DASHES[l.kind] || undefined}
            />
          ))}
          {layout.nodes.map((n) => {
            const node = nodeById.get(n.id);
            return node ? (
              <g
                key={n.id}
                style={{ transform: `translate(${n.x}px, ${n.y}px)` }}
                className="moving"
              >
                <NodeShape type={node.type} r={n.r} colour={colour} />
              </g>
            ) : null;
          })}
        </ChartSvg>
        {layout.nodes.map((n) => {
          const node = nodeById.get(n.id);
          if (!node) return null;
          const pad = Math.max(n.r, 12);
          return (
            <MarkButton
              key={n.id}
              box={{ x: n.x - pad, y: n.y - pad, width: pad * 2, height: pad * 2 }}
              label={t('hierarchy.markName', {
                model: graph.name,
                label: node.label,
                type: node.typeLabel,
                tier: node.tier + 1,
              })}
              model={graph.id}
              evidence="firmHierarchy"
              tooltip={
                <>
                  <strong>{node.label}</strong> ({node.typeLabel}) —{' '}
                  {t('hierarchy.tier', { tier: node.tier + 1 })}
                </>
              }
            />
          );
        })}
      </div>
      <ol className="tier-list" aria-label={t('hierarchy.tiersOf', { model: graph.name })}>
        {[...new Set(graph.nodes.map((n) => n.tier))]
          .sort((a, b) => a - b)
          .map((tier) => (
            <li key={tier}>
              <span className="muted">{t('hierarchy.tier', { tier: tier + 1 })}:</span>{' '}
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

function Legend({ graphs }: { graphs: HierarchyGraph[] }) {
  const { t } = useTranslation();
  const { codebook } = useBundle();
  const types = usedActorTypes(graphs, codebook);
  const kinds = usedLinkKinds(graphs, codebook);
  return (
    <div className="legend-block">
      <ul className="legend" aria-label={t('hierarchy.shapesLegend')}>
        {types.map((type) => (
          <li key={type.id}>
            <svg width="20" height="20" viewBox="-10 -10 20 20" aria-hidden="true">
              <NodeShape type={type.id} r={7} colour="var(--text)" />
            </svg>
            {type.label}
          </li>
        ))}
      </ul>
      <ul className="legend" aria-label={t('hierarchy.linksLegend')}>
        {kinds.map((kind) => (
          <li key={kind.id}>
            <svg width="36" height="12" aria-hidden="true">
              <line
                x1="2"
                x2="34"
                y1="6"
                y2="6"
                className="hierarchy-link"
                strokeDasharray={LINK_DASHES[kind.id] || undefined}
              />
            </svg>
            {kind.label}
          </li>
        ))}
      </ul>
      <p className="muted">{t('hierarchy.sizeLegend')}</p>
    </div>
  );
}

function HierarchyTable({ graphs }: { graphs: HierarchyGraph[] }) {
  const { t } = useTranslation();
  const nodeText = (g: HierarchyGraph) =>
    g.nodes
      .map(
        (n) =>
          `${n.label} (${n.typeLabel}, ${t('hierarchy.tier', { tier: n.tier + 1 })}, ×${n.count})`,
      )
      .join('; ');
  const linkText = (g: HierarchyGraph) => {
    const label = new Map(g.nodes.map((n) => [n.id, n.label]));
    return g.links
      .map((l) => `${label.get(l.source)} → ${label.get(l.target)}: ${l.kindLabel}`)
      .join('; ');
  };
  return (
    <DataTable
      caption={t('hierarchy.chartTitle')}
      rows={graphs}
      rowKey={(g) => g.id}
      rowHeader={{ header: t('table.model'), cell: (g) => g.name }}
      columns={[
        { header: t('table.value'), cell: (g) => g.value },
        { header: t('table.step'), cell: (g) => g.stepLabel },
        { header: t('hierarchy.tiersHeading'), cell: (g) => g.tiers },
        { header: t('hierarchy.nodesHeading'), cell: nodeText },
        { header: t('hierarchy.linksHeading'), cell: linkText },
      ]}
    />
  );
}

export function Hierarchy() {
  const { t } = useTranslation();
  const bundle = useBundle();
  const models = useSelectedModels();
  const indexOf = useModelIndex();
  const graphs = useMemo(() => deriveHierarchy(models, bundle.codebook), [models, bundle]);
  const [ref, size, measured] = useElementSize<HTMLDivElement>();
  const layout = useMemo(() => layoutHierarchy(graphs, size.width), [graphs, size.width]);
  useMeasureRender('hierarchy', models);
  return (
    <>
      <ViewTitle>{t('hierarchy.title')}</ViewTitle>
      <p className="lead">{t('hierarchy.intro')}</p>
      <ChartFrame
        title={t('hierarchy.chartTitle')}
        summary={t('hierarchy.summary')}
        table={<HierarchyTable graphs={graphs} />}
      >
        <Legend graphs={graphs} />
        <div ref={ref}>
          <ul
            className="hierarchy-grid"
            style={{ gridTemplateColumns: `repeat(${layout.columns}, minmax(0, 1fr))` }}
          >
            {graphs.map((g, i) => {
              const panel = measured ? layout.panels[i] : undefined;
              return panel ? (
                <Panel key={g.id} graph={g} layout={panel} index={indexOf.get(g.id) ?? 0} />
              ) : null;
            })}
          </ul>
        </div>
      </ChartFrame>
    </>
  );
}
