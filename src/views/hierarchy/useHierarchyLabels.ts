import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { useConfidenceWords } from '../shared/chart-hooks';
import type { HierarchyLabels } from './HierarchyDrawing';

/** The words of the panels, translated once per language and corpus. */
export function useHierarchyLabels(): HierarchyLabels {
  const { t } = useTranslation();
  const confidence = useConfidenceWords();
  return useMemo(
    () => ({
      panelTitle: (g) => t('hierarchy.panelTitle', { model: g.name }),
      panelText: (g) => {
        const label = new Map(g.nodes.map((n) => [n.id, n.label]));
        return [
          t('hierarchy.panelText', {
            model: g.name,
            value: g.value,
            label: g.stepLabel,
            tiers: g.tiers,
          }),
          ...g.nodes.map((n) =>
            t('hierarchy.nodeText', { label: n.label, type: n.typeLabel, tier: n.tier + 1 }),
          ),
          ...g.links.map((l) =>
            t('hierarchy.linkText', {
              source: label.get(l.source),
              target: label.get(l.target),
              kind: l.kindLabel,
            }),
          ),
        ].join('. ');
      },
      markName: (g, n) =>
        t('hierarchy.markName', {
          model: g.name,
          label: n.label,
          type: n.typeLabel,
          tier: n.tier + 1,
        }),
      tier: (tier) => t('hierarchy.tier', { tier }),
      glyph: (type) => t(`hierarchy.glyph.${type}`),
      confidence,
    }),
    [t, confidence],
  );
}
