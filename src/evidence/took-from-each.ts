/**
 * What the reconciled value took from each other coder: whether it kept their value (or moved it,
 * from what to what), their confidence, their structure or sectors, and how many of their quotes
 * it still cites. Derived from the codings, so the line cannot drift from the data. Pure.
 */
import { codingsFor } from '../corpus/codings';
import { partsChanged } from '../corpus/revisions';
import type { RevisedPart } from '../corpus/revisions';
import type { AnyCode } from '../corpus/codings';
import type { Codebook, Coder, Confidence, DimensionId, Model } from '../corpus/schema';
import { valueOfCode } from './derive';
import { shapeOfCode } from './structure-shape';
import type { StructureShape } from './structure-shape';
import type { CodeValue } from './derive';

/** A part of a coding in which another coder differs from the reconciled coding. */
export type CodingDifference = RevisedPart;

export interface TookFrom {
  coder: Coder;
  /** Not written out: this coder agrees with the reconciled coding in everything. */
  agrees: boolean;
  /** Where this coder's coding differs from the reconciled one (empty: the same throughout). */
  differences: CodingDifference[];
  /** This coder's value, then the reconciled value. */
  value: CodeValue;
  reconciledValue: CodeValue;
  confidence: Confidence;
  reconciledConfidence: Confidence;
  /** How many of this coder's quotes the reconciled coding cites too, of how many it cites. */
  quotesKept: number;
  quotes: number;
  /** Where the structures differ: this coder's, then the reconciled one's, as tiers and links. */
  shapes: { mine: StructureShape; reconciled: StructureShape } | null;
}

/** One line per coder other than the reconciled one, in the coders' order. */
export function tookFromEach(
  model: Model,
  dimension: DimensionId,
  coders: Coder[],
  codebook: Codebook,
): TookFrom[] {
  const ours = model.codes[dimension];
  const reconciled = coders.find((c) => c.role === 'reconciled')?.id;
  const valueOf = (code: AnyCode) => valueOfCode(dimension, code, codebook);
  return codingsFor(model, dimension, coders)
    .filter((c) => c.coder.id !== reconciled)
    .map(({ coder, code, listed }) => {
      const differences = partsChanged(dimension, code, ours);
      const mine = shapeOfCode(code);
      const reconciledShape = shapeOfCode(ours);
      return {
        coder,
        agrees: !listed,
        differences,
        value: valueOf(code),
        reconciledValue: valueOf(ours),
        confidence: code.confidence,
        reconciledConfidence: ours.confidence,
        quotesKept: code.evidence.filter((id) => ours.evidence.includes(id)).length,
        quotes: code.evidence.length,
        shapes:
          differences.includes('structure') && mine && reconciledShape
            ? { mine, reconciled: reconciledShape }
            : null,
      };
    });
}
