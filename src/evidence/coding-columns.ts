/**
 * The codings of one coded value, side by side: a column for each coding written out (every
 * listed coder's, and the reconciled one), and the coders who simply agree with the reconciled
 * coding, named once rather than repeated. Numbers, keys and corpus text only; the panel words it.
 */
import { codingsFor } from '../corpus/codings';
import type { Codebook, Coder, Confidence, DimensionId, Model } from '../corpus/schema';
import { stepOf, valueOfCode } from './derive';
import type { CodeValue, Step } from './derive';

export interface CodingColumn {
  coder: Coder;
  value: CodeValue;
  step: Step | null;
  confidence: Confidence;
  rationale: string;
  /** The evidence ids this coding cites, in its own order. */
  evidence: readonly string[];
  /** The reconciled coding (the code's own fields), which the views show by default. */
  reconciled: boolean;
}

export interface CodingsSideBySide {
  columns: CodingColumn[];
  /** Coders with no coding of their own here: they agree with the reconciled coding. */
  agreeing: Coder[];
  /** The coder whose coding the charts draw now. */
  shown: string;
}

/**
 * Each coder's coding of `dimension` in coder order. `model` is the corpus as written (the
 * reconciled coding in its own fields); `chosen` is the coder `coding=` names (null: reconciled).
 */
export function codingColumns(
  model: Model,
  dimension: DimensionId,
  coders: Coder[],
  codebook: Codebook,
  chosen: string | null,
): CodingsSideBySide {
  const codings = codingsFor(model, dimension, coders);
  const reconciled = coders.find((c) => c.role === 'reconciled')?.id;
  const columns = codings
    .filter((c) => c.listed || c.coder.id === reconciled)
    .map(({ coder, code }): CodingColumn => {
      const value = valueOfCode(dimension, code, codebook);
      return {
        coder,
        value,
        step: stepOf(value, codebook),
        confidence: code.confidence,
        rationale: code.rationale,
        evidence: code.evidence,
        reconciled: coder.id === reconciled,
      };
    });
  const agreeing = codings
    .filter((c) => !c.listed && c.coder.id !== reconciled)
    .map((c) => c.coder);
  const known = chosen !== null && coders.some((c) => c.id === chosen);
  return { columns, agreeing, shown: known ? chosen : (reconciled ?? '') };
}
