/**
 * "Revised after review 1" for one coded value: the first coding before and the reconciled coding
 * after, what changed between them, and the review's findings whose answers changed it. Taken
 * from revisionsOf (the corpus's change log), so the panel cannot tell another story. Pure.
 */
import { revisionsOf } from '../corpus/revisions';
import type { RevisedPart } from '../corpus/revisions';
import type { AnyCode } from '../corpus/codings';
import type { Bundle, Confidence, DimensionId, ReviewResponse } from '../corpus/schema';
import { stepOf, valueOfCode } from './derive';
import type { CodeValue, Step } from './derive';
import { shapeOfCode } from './structure-shape';
import type { StructureShape } from './structure-shape';

export interface CodingState {
  value: CodeValue;
  step: Step | null;
  confidence: Confidence;
}

export interface RevisionSummary {
  /** The review's place among the corpus's reviews, 1-based ("review 1"). */
  reviewNumber: number;
  reviewTitle: string;
  before: CodingState;
  after: CodingState;
  /** What differs between before and after, in a fixed order: value, confidence, structure, sectors. */
  parts: RevisedPart[];
  /** Our answers to the findings whose changes touched this value, in the review's order. */
  responses: ReviewResponse[];
  /** A hierarchy's structure before and after, as groups, tiers and links (null: another dimension). */
  shapes: { before: StructureShape; after: StructureShape } | null;
}

function shapesOf(before: AnyCode, after: AnyCode): RevisionSummary['shapes'] {
  const [b, a] = [shapeOfCode(before), shapeOfCode(after)];
  return b && a ? { before: b, after: a } : null;
}

/** The revision of one model's value, or null when no review changed it. */
export function revisionSummary(
  bundle: Bundle,
  model: string,
  dimension: DimensionId,
): RevisionSummary | null {
  const revision = revisionsOf(bundle).find((r) => r.model === model && r.dimension === dimension);
  if (!revision) return null;
  const stateOf = (code: typeof revision.before): CodingState => {
    const value = valueOfCode(dimension, code, bundle.codebook);
    return { value, step: stepOf(value, bundle.codebook), confidence: code.confidence };
  };
  return {
    reviewNumber: bundle.reviews.indexOf(revision.review) + 1,
    reviewTitle: revision.review.title,
    before: stateOf(revision.before),
    after: stateOf(revision.after),
    parts: revision.parts,
    responses: revision.responses,
    shapes: shapesOf(revision.before, revision.after),
  };
}
