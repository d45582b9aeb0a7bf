import { useMemo } from 'react';
import type { ComponentProps } from 'react';
import { useTranslation } from '../../i18n/react';
import { ChartFrame } from '../shared/ChartFrame';
import { DataTable } from '../../charts/DataTable';
import { useElementSize } from '../../lib/useElementSize';
import { contentSize } from '../../lib/content-size';
import { useBundle, useEmphasis, useModelIndex, useSelectedModels } from '../../state/selectors';
import { useMeasureRender } from '../../lib/perf';
import { useMeasureDrawn } from '../../lib/perf-drawn';
import { useProgressiveCount } from '../../lib/useProgressiveCount';
import { useMarkEvents, useTypeScale } from '../shared/chart-hooks';
import { deriveHierarchy, usedActorTypes, usedLinkKinds } from './derive';
import type { HierarchyGraph } from './derive';
import { layoutGridPanels, layoutHierarchyGrid } from './layout';
import type { HierarchyGrid } from './layout';
import { HierarchyLegend, HierarchyPanels } from './HierarchyDrawing';
import { useHierarchyLabels } from './useHierarchyLabels';
import { ViewTitle } from '../shared/ViewTitle';
import { TermKey } from '../shared/TermKey';
import { usePrintWidth } from './usePrintWidth';

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

/**
 * Rows of panels drawn at once: the grid starts below the view's title and legend, so a screen
 * shows at most two rows of it (a panel is some 250 px high or more). Then at least six panels a
 * frame, so that a phone's one column does not take a hundred frames to fill.
 */
const ROWS_AT_ONCE = 2;
const LEAST_PER_FRAME = 6;

/** The panels with the model held across the views: a hover draws them again, not the whole
 *  view with its table and legends. */
function EmphasisedPanels({
  graphs,
  grid,
  ...props
}: { graphs: HierarchyGraph[]; grid: HierarchyGrid } & Omit<
  ComponentProps<typeof HierarchyPanels>,
  'emphasis' | 'busy' | 'layout'
>) {
  const emphasis = useEmphasis();
  // A long grid is drawn a screen of panels at a time, as the overview draws its cards, and only
  // the panels drawn are laid out: each is kept once laid out (layout.ts), so each frame lays out
  // its own screen's worth. At 50 models, laying out every panel before the first screen was
  // about a fifth of the first render at 4× throttle (profiled).
  const first = ROWS_AT_ONCE * grid.columns;
  const shown = useProgressiveCount(graphs.length, first, Math.max(first, LEAST_PER_FRAME));
  const layout = useMemo(
    () => layoutGridPanels(graphs.slice(0, shown), grid),
    [graphs, grid, shown],
  );
  return (
    <HierarchyPanels {...props} layout={layout} emphasis={emphasis} busy={shown < graphs.length} />
  );
}

export function Hierarchy() {
  const { t } = useTranslation();
  const bundle = useBundle();
  const models = useSelectedModels();
  const indexOf = useModelIndex();
  const events = useMarkEvents('firmHierarchy');
  const labels = useHierarchyLabels();
  const type = useTypeScale();
  const graphs = useMemo(
    () => deriveHierarchy(models, bundle.codebook, indexOf),
    [models, bundle, indexOf],
  );
  const [ref, size, measured] = useElementSize<HTMLDivElement>(
    undefined,
    undefined,
    false,
    contentSize,
  );
  useMeasureDrawn('hierarchy', measured);
  const width = usePrintWidth(size.width);
  // The panels themselves are laid out as they are drawn, below (EmphasisedPanels).
  const grid = useMemo(() => layoutHierarchyGrid(graphs, width, type), [graphs, width, type]);
  const types = useMemo(() => usedActorTypes(graphs, bundle.codebook), [graphs, bundle]);
  const kinds = useMemo(() => usedLinkKinds(graphs, bundle.codebook), [graphs, bundle]);
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
        <HierarchyLegend
          types={types}
          kinds={kinds}
          layout={grid}
          glyph={labels.glyph}
          labels={{
            types: t('hierarchy.typesLegend'),
            links: t('hierarchy.linksLegend'),
            count: t('hierarchy.countLegend'),
          }}
        />
        {/* The legend above is drawn with plain words: the meanings of its words sit here. */}
        <TermKey heading={t('glossary.key.actor-type')} kind="actor-type" terms={types} />
        <TermKey heading={t('glossary.key.link-kind')} kind="link-kind" terms={kinds} />
        <div ref={ref}>
          {measured ? (
            <EmphasisedPanels graphs={graphs} grid={grid} labels={labels} events={events} />
          ) : null}
        </div>
      </ChartFrame>
    </>
  );
}
