/**
 * The change log of the coding: for each value a review changed, the first coding before and the
 * reconciled coding after, with the responses that changed it. Pure; derived from the codings and
 * the review file, so the log cannot drift from the data.
 */
import { codersOf, codeUnder, valueKey } from './codings.ts';
import type { AnyCode } from './codings.ts';
import type { Bundle, DimensionId, Model, Review, ReviewResponse } from './schema.ts';

export type RevisedPart = 'value' | 'confidence' | 'structure' | 'sectors';

export interface Revision {
  model: string;
  dimension: DimensionId;
  review: Review;
  before: AnyCode;
  after: AnyCode;
  /** What differs between before and after. */
  parts: RevisedPart[];
  /** The review's findings whose changes touched this code. */
  responses: ReviewResponse[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Where two codings of one dimension differ: value, confidence, structure or sectors. */
export function partsChanged(
  dimension: DimensionId,
  before: AnyCode,
  after: AnyCode,
): RevisedPart[] {
  const parts: RevisedPart[] = [];
  if (valueKey(dimension, before) !== valueKey(dimension, after)) parts.push('value');
  if (before.confidence !== after.confidence) parts.push('confidence');
  if ('structure' in before && 'structure' in after && !same(before.structure, after.structure))
    parts.push('structure');
  if ('sectors' in before && 'sectors' in after && !same(before.sectors, after.sectors))
    parts.push('sectors');
  return parts;
}

/** The responses of a review whose changes touch one code of one model. */
export function responsesTouching(review: Review, model: string, dimension: DimensionId) {
  const prefix = `models/${model}.json#/codes/${dimension}`;
  return review.responses.filter((r) =>
    r.changed.some((path) => path === prefix || path.startsWith(`${prefix}/`)),
  );
}

/** Every code a review changed, in the corpus's model order and the codebook's dimension order. */
export function revisionsOf(bundle: Bundle): Revision[] {
  const original = codersOf(bundle).find((c) => c.role === 'original');
  const review = bundle.reviews[0];
  if (!original || !review) return [];
  return bundle.models.flatMap((model: Model) =>
    bundle.codebook.dimensions.flatMap((d) => {
      const after = model.codes[d.id];
      const before = codeUnder<typeof d.id>(after, original.id);
      const parts = partsChanged(d.id, before, after);
      if (parts.length === 0) return [];
      return [
        {
          model: model.id,
          dimension: d.id,
          review,
          before,
          after,
          parts,
          responses: responsesTouching(review, model.id, d.id),
        },
      ];
    }),
  );
}

/**
 * What a finding is about, when its id is a disputed code's address ("italy.governanceLevel"):
 * the model's name and the dimension's label, in the language of the bundle given. Null for any
 * other id ("I1", "O5"), which is the review's own label.
 */
export function findingSubject(
  finding: string,
  bundle: Pick<Bundle, 'models' | 'codebook'>,
): { model: string; dimension: string } | null {
  const dot = finding.indexOf('.');
  if (dot < 0) return null;
  const model = bundle.models.find((m) => m.id === finding.slice(0, dot));
  const dimension = bundle.codebook.dimensions.find((d) => d.id === finding.slice(dot + 1));
  return model && dimension ? { model: model.name, dimension: dimension.label } : null;
}

/** How a reader sees a finding's id: "Italy: Governance level", or the id itself ("I1"). */
export function findingLabel(finding: string, bundle: Pick<Bundle, 'models' | 'codebook'>): string {
  const subject = findingSubject(finding, bundle);
  return subject ? `${subject.model}: ${subject.dimension}` : finding;
}
