import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { LINK_STYLES, LINK_STYLE_OF } from '../../charts/actorShapes';
import { PRESENT_TYPE } from '../../charts/type-scale';
import { useBundle, useEmphasis, useModelIndex, useSelectedModels } from '../../state/selectors';
import { useMarkEvents } from '../shared/chart-hooks';
import { SlideChart } from '../shared/SlideChart';
import { deriveHierarchy, usedLinkKinds } from './derive';
import type { HierarchyGraph } from './derive';
import { LinkLine } from './HierarchyDrawing';
import { HierarchySlideDrawing } from './HierarchySlideDrawing';
import { panelStyle } from './layout';
import { layoutHierarchySlide } from './slide-layout';
import type { HierarchySlideWords } from './slide-layout';
import { useHierarchyLabels } from './useHierarchyLabels';
import { SlideHiddenNote } from '../shared/SlideHiddenNote';

/**
 * The structure diagrams as a slide: a card per model, set in columns so that all of them fit
 * the stage at the projector's type — tiered diagrams where they fit, else outlines (a row per
 * node, indented by tier). The key under them gives the line styles and the count badge; each
 * node's own label says what its letter stands for. The table and the long legend stay on the page.
 */
export function HierarchySlide() {
  const { t } = useTranslation();
  const bundle = useBundle();
  const models = useSelectedModels();
  const indexOf = useModelIndex();
  const emphasis = useEmphasis();
  const events = useMarkEvents('firmHierarchy');
  const labels = useHierarchyLabels();
  const graphs = useMemo(
    () => deriveHierarchy(models, bundle.codebook, indexOf),
    [models, bundle, indexOf],
  );
  const words = useMemo(
    (): HierarchySlideWords => ({
      step: (g: HierarchyGraph) =>
        `${g.value} — ${g.stepLabel}${g.confidence === 'low' ? ` (${t('confidence.low')})` : ''}`,
    }),
    [t],
  );
  const kinds = usedLinkKinds(graphs, bundle.codebook);
  const styles = LINK_STYLES.map((style) => ({
    style,
    kinds: kinds.filter((k) => (LINK_STYLE_OF[k.id] ?? 'dashed') === style),
  })).filter((g) => g.kinds.length > 0);
  const key = panelStyle(PRESENT_TYPE);
  const line = key.legend.lineWidth;
  const anyCount = graphs.some((g) => g.nodes.some((n) => n.count > 1));
  return (
    <div className="slide-view slide-view--centred">
      <SlideChart>
        {(box) => {
          // A line for the names of models left out, when some are, comes off the cards' room.
          const all = layoutHierarchySlide(graphs, box, PRESENT_TYPE, words);
          const layout = all.hidden.length
            ? layoutHierarchySlide(
                graphs,
                { ...box, height: box.height - 2 * PRESENT_TYPE.label },
                PRESENT_TYPE,
                words,
              )
            : all;
          return (
            <div
              className="chart"
              data-mode={layout.mode}
              data-font={layout.shrunk ? layout.fontSize.toFixed(1) : undefined}
            >
              <HierarchySlideDrawing
                layout={layout}
                labels={labels}
                emphasis={emphasis}
                events={events}
              />
              <SlideHiddenNote names={layout.hidden.map((g) => g.name)} />
            </div>
          );
        }}
      </SlideChart>
      <ul className="legend hierarchy-slide__key" aria-label={t('hierarchy.slideKey')}>
        {styles.map((g) => (
          <li key={g.style} data-style={g.style}>
            <svg width={line + 4} height={24} aria-hidden="true">
              <LinkLine d={`M2,12 H${line + 2}`} style={g.style} width={key.stroke.link} />
            </svg>
            {g.kinds.map((k) => k.label).join(', ')}
          </li>
        ))}
        {anyCount ? (
          <li>
            <strong>×20</strong> {t('hierarchy.countKey')}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
