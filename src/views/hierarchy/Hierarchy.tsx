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
import { layoutHierarchy } from './layout';
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

/** Panels drawn at once (two rows of a wide screen's grid and more), then per frame. */
const FIRST_PANELS = 12;
const PANELS_PER_FRAME = 12;

/** The panels with the model held across the views: a hover draws them again, not the whole
 *  view with its table and legends. */
function EmphasisedPanels(
  props: Omit<ComponentProps<typeof HierarchyPanels>, 'emphasis' | 'panelsShown'>,
) {
  const emphasis = useEmphasis();
  // A long grid is drawn a screen of panels at a time, as the overview draws its cards.
  const shown = useProgressiveCount(props.layout.panels.length, FIRST_PANELS, PANELS_PER_FRAME);
  return <HierarchyPanels {...props} emphasis={emphasis} panelsShown={shown} />;
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
  const layout = useMemo(() => layoutHierarchy(graphs, width, type), [graphs, width, type]);
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
          layout={layout}
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
          {measured ? <EmphasisedPanels layout={layout} labels={labels} events={events} /> : null}
        </div>
      </ChartFrame>
    </>
  );
}
