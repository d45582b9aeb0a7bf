/**
 * The agreement page, as numbers and keys: which coders can be compared, how far the chosen ones
 * agree on each dimension (with a reading of alpha by Krippendorff's own thresholds), and the
 * change log of the review's revisions. Pure; Agreement.tsx turns it into words.
 *
 * It must be given the corpus as written (the reconciled coding with every other coder's codings
 * beside it), never a corpus already drawn under one coder: under a coder, a code's own fields are
 * that coder's, so "the reconciled coding" would read back the wrong values.
 */
import { agreementOf } from '../../corpus/agreement';
import type { DimensionAgreement } from '../../corpus/agreement';
import type { AnyCode } from '../../corpus/codings';
import { revisionsOf } from '../../corpus/revisions';
import type { RevisedPart } from '../../corpus/revisions';
import type { Bundle, Coder, Confidence, DimensionId, Verdict } from '../../corpus/schema';
import type { CodeValue } from '../../evidence/derive';
import type { AlphaResult } from '../../lib/krippendorff';

/**
 * Krippendorff's guidance (Content Analysis, 2nd ed., 2004): rely on variables with alpha ≥ .800,
 * and draw only tentative conclusions from those between .667 and .800.
 */
export const RELIABLE_ALPHA = 0.8;
export const TENTATIVE_ALPHA = 0.667;

/** What a value of alpha lets a reader conclude, in the few words the table gives it. */
export type AlphaReading = 'reliable' | 'tentative' | 'unreliable' | 'no-variation' | 'undefined';

export function alphaReading(alpha: AlphaResult): AlphaReading {
  if (alpha.alpha === null) return 'undefined';
  if (alpha.noVariation) return 'no-variation';
  if (alpha.alpha >= RELIABLE_ALPHA) return 'reliable';
  return alpha.alpha >= TENTATIVE_ALPHA ? 'tentative' : 'unreliable';
}

/** A choice of coders to compare: a pair, or all of them. */
export interface Comparison {
  /** The coders' ids joined by "+": the value of the choice in the select. */
  id: string;
  coders: Coder[];
}

const comparisonOf = (coders: Coder[]): Comparison => ({
  id: coders.map((c) => c.id).join('+'),
  coders,
});

/** Every pair of coders in the coders' order, then all of them together when there are three or more. */
export function comparisonsOf(coders: readonly Coder[]): Comparison[] {
  const pairs = coders.flatMap((a, i) => coders.slice(i + 1).map((b) => comparisonOf([a, b])));
  return coders.length > 2 ? [...pairs, comparisonOf([...coders])] : pairs;
}

/**
 * The comparison the page opens with: the first coding against the (first) reviewer's, which is
 * what a review is for; else the first pair there is.
 */
export function defaultComparison(comparisons: readonly Comparison[]): Comparison | undefined {
  return (
    comparisons.find(
      (c) =>
        c.coders.length === 2 &&
        c.coders[0]?.role === 'original' &&
        c.coders[1]?.role === 'reviewer',
    ) ?? comparisons[0]
  );
}

export interface AgreementRow extends DimensionAgreement {
  /** The dimension's name in the codebook. */
  label: string;
  /** Models on which the coders give the same value. */
  agreeing: number;
  reading: AlphaReading;
}

/** One row per codebook dimension: how far the given coders agree on it. */
export function agreementRows(bundle: Bundle, coderIds: readonly string[]): AgreementRow[] {
  const labels = new Map(bundle.codebook.dimensions.map((d) => [d.id, d.label]));
  return agreementOf(bundle, coderIds).map((a) => ({
    ...a,
    label: labels.get(a.dimension) ?? a.dimension,
    agreeing: a.models - a.disagreeing.length,
    reading: alphaReading(a.alpha),
  }));
}

/** A coded value as the change log shows it: the value (with the step's name) and the confidence. */
export interface LoggedValue extends CodeValue {
  /** The scale step's name, for an ordinal code. */
  stepLabel: string | null;
  confidence: Confidence;
}

export interface LoggedFinding {
  finding: string;
  verdict: Verdict;
  reason: string;
}

export interface ChangeLogEntry {
  model: { id: string; name: string };
  dimension: DimensionId;
  dimensionLabel: string;
  before: LoggedValue;
  after: LoggedValue;
  parts: RevisedPart[];
  findings: LoggedFinding[];
}

export interface ChangeLog {
  review: { id: string; title: string; coderName: string };
  /** How many of the review's findings got each verdict. */
  verdicts: Record<Verdict, number>;
  entries: ChangeLogEntry[];
}

function loggedValue(bundle: Bundle, dimension: DimensionId, code: AnyCode): LoggedValue {
  const d = bundle.codebook.dimensions.find((x) => x.id === dimension);
  if (typeof code.value === 'number') {
    const steps = d?.steps ?? [];
    return {
      dimension,
      score: { value: code.value, of: steps.length || 5 },
      parts: [],
      stepLabel: steps.find((s) => s.value === code.value)?.label ?? null,
      confidence: code.confidence,
    };
  }
  const lead = 'lead' in code ? code.lead : null;
  // The codebook's order of categories, so before and after list them alike.
  const order = (d?.categories ?? []).map((c) => c.id);
  const value = code.value as Record<string, number>;
  const keys = [...order, ...Object.keys(value).filter((k) => !order.includes(k))];
  return {
    dimension,
    score: null,
    parts: keys
      .filter((key) => key in value)
      .map((key) => ({ key, share: value[key] ?? 0, lead: key === lead })),
    stepLabel: null,
    confidence: code.confidence,
  };
}

/** Every value the (first) review changed, before → after, with the findings behind each. */
export function changeLogOf(bundle: Bundle, coders: readonly Coder[]): ChangeLog | null {
  const review = bundle.reviews[0];
  if (!review) return null;
  const names = new Map(bundle.models.map((m) => [m.id, m.name]));
  const labels = new Map(bundle.codebook.dimensions.map((d) => [d.id, d.label]));
  const verdicts: Record<Verdict, number> = { accepted: 0, partly: 0, declined: 0 };
  for (const r of review.responses) verdicts[r.verdict] += 1;
  return {
    review: {
      id: review.id,
      title: review.title,
      coderName: coders.find((c) => c.id === review.coder)?.name ?? review.coder,
    },
    verdicts,
    entries: revisionsOf(bundle).map((r) => ({
      model: { id: r.model, name: names.get(r.model) ?? r.model },
      dimension: r.dimension,
      dimensionLabel: labels.get(r.dimension) ?? r.dimension,
      before: loggedValue(bundle, r.dimension, r.before),
      after: loggedValue(bundle, r.dimension, r.after),
      parts: r.parts,
      findings: r.responses.map((x) => ({
        finding: x.finding,
        verdict: x.verdict,
        reason: x.reason,
      })),
    })),
  };
}
