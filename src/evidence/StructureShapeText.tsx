import { useTranslation } from '../i18n/react';
import type { DimensionId } from '../corpus/schema';
import { useReconciledBundle } from '../state/selectors';
import { revisedShapes } from './structure-shape';
import type { StructureShape } from './structure-shape';

/** A structure's shape in the reader's words: "5 groups in 2 tiers and 5 links". */
export function useShapeWords(): (shape: StructureShape) => string {
  const { t } = useTranslation();
  return (shape) =>
    t('codingsEvidence.shape.text', {
      groups: t('codingsEvidence.shape.groups', { count: shape.groups }),
      tiers: t('codingsEvidence.shape.tiers', { count: shape.tiers }),
      links: t('codingsEvidence.shape.links', { count: shape.links }),
    });
}

/**
 * A model's hierarchy structure before or after the review, in words ("structure: 5 groups in
 * 2 tiers and 5 links"): what tells the change log's before and after apart where only the
 * structure changed. Nothing for another dimension, or where the review left the structure.
 */
export function RevisedStructureText({
  model,
  dimension,
  side,
  className,
}: {
  model: string;
  dimension: DimensionId;
  side: 'before' | 'after';
  className?: string;
}) {
  const { t } = useTranslation();
  const shapeWords = useShapeWords();
  const shapes = revisedShapes(useReconciledBundle(), model);
  if (dimension !== 'firmHierarchy' || !shapes) return null;
  return (
    <span className={className}>
      {t('codingsEvidence.shape.cell', { shape: shapeWords(shapes[side]) })}
    </span>
  );
}
