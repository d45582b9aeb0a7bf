/**
 * Governance: each model's national / regional / local shares, the level that leads, and the
 * public actors the corpus places at each level.
 */
import type { Confidence, GovernanceLevel, Model } from '../../corpus/schema';
import { codeUnder, valueKey } from '../../corpus/codings';
import { GOVERNANCE_LEVELS, modelIndex } from '../../corpus/derive';
import { shownShares } from '../../charts/honest-share';
import type { CoderKey, CoderReading } from '../shared/coder-marks';
import { keptRowsPerModel } from '../shared/kept-rows';

export interface GovernanceRow {
  id: string;
  name: string;
  /** The model's fixed position in the corpus, which decides its colour and marker. */
  index: number;
  shares: Record<GovernanceLevel, number>;
  /** Each share as shown: "≈50%", rounded to 10% and still adding up, when confidence is low. */
  shown: Record<GovernanceLevel, string>;
  lead: GovernanceLevel;
  confidence: Confidence;
  actorsByLevel: Record<GovernanceLevel, string[]>;
  /** All coders at once: each coder's shares and lead, placed by its national share. */
  codings?: CoderShares[];
}

/** One coder's governance coding of a model; its place on the scale is its national share. */
export interface CoderShares extends CoderReading {
  shares: Record<GovernanceLevel, number>;
  /** Each share as shown ("≈50%" at low confidence). */
  shown: Record<GovernanceLevel, string>;
  lead: GovernanceLevel;
}

const shownOf = (
  shares: Record<GovernanceLevel, number>,
  confidence: Confidence,
): Record<GovernanceLevel, string> => {
  const shown = shownShares(
    GOVERNANCE_LEVELS.map((l) => shares[l]),
    confidence,
  );
  return Object.fromEntries(GOVERNANCE_LEVELS.map((l, i) => [l, shown[i]?.text ?? ''])) as Record<
    GovernanceLevel,
    string
  >;
};

/**
 * Each model's row, kept while the model object and its colour stay the same: a change of
 * selection then hands the unchanged models' panels the same rows, and React skips their
 * memoised panels (each holds three terms with their popovers).
 */
const rowCache = new WeakMap<Model, GovernanceRow>();

export function deriveGovernance(
  models: readonly Model[],
  indexOf: ReadonlyMap<string, number> = modelIndex(models),
): GovernanceRow[] {
  return keptRowsPerModel(rowCache, models, indexOf, governanceRow);
}

function governanceRow(m: Model, index: number): GovernanceRow {
  const code = m.codes.governanceLevel;
  const actorsByLevel = Object.fromEntries(
    GOVERNANCE_LEVELS.map((level) => [
      level,
      m.actors.filter((a) => a.level === level).map((a) => a.label),
    ]),
  ) as Record<GovernanceLevel, string[]>;
  return {
    id: m.id,
    name: m.name,
    index,
    shares: code.value,
    shown: shownOf(code.value, code.confidence),
    lead: code.lead,
    confidence: code.confidence,
    actorsByLevel,
  };
}

/**
 * The rows with every coder's coding beside them. `written` are the models as the corpus writes
 * them (the reconciled coding with the others' beside it), whichever coder the rows are drawn
 * under. The bar encodes the shares left to right from national, so a coder's mark sits where its
 * national segment would end: its national share, on the bar's own scale.
 */
export function withGovernanceCodings(
  rows: readonly GovernanceRow[],
  written: readonly Model[],
  coders: readonly CoderKey[],
): GovernanceRow[] {
  const byId = new Map(written.map((m) => [m.id, m]));
  return rows.map((row) => {
    const model = byId.get(row.id);
    if (!model) return row;
    const codings = coders.map((coder) => {
      const code = codeUnder<'governanceLevel'>(model.codes.governanceLevel, coder.id);
      return {
        coder,
        position: code.value.national,
        key: valueKey('governanceLevel', code),
        confidence: code.confidence,
        shares: code.value,
        shown: shownOf(code.value, code.confidence),
        lead: code.lead,
      };
    });
    return { ...row, codings };
  });
}
