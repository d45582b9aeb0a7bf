/**
 * Governance: each model's national / regional / local shares, the level that leads, and the
 * public actors the corpus places at each level.
 */
import type { Confidence, GovernanceLevel, Model } from '../../corpus/schema';
import { GOVERNANCE_LEVELS, modelIndex } from '../../corpus/derive';
import { shownShares } from '../../charts/honest-share';

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
}

export function deriveGovernance(
  models: readonly Model[],
  indexOf: ReadonlyMap<string, number> = modelIndex(models),
): GovernanceRow[] {
  return models.map((m) => {
    const code = m.codes.governanceLevel;
    const actorsByLevel = Object.fromEntries(
      GOVERNANCE_LEVELS.map((level) => [
        level,
        m.actors.filter((a) => a.level === level).map((a) => a.label),
      ]),
    ) as Record<GovernanceLevel, string[]>;
    const shown = shownShares(
      GOVERNANCE_LEVELS.map((l) => code.value[l]),
      code.confidence,
    );
    return {
      id: m.id,
      name: m.name,
      index: indexOf.get(m.id) ?? 0,
      shares: code.value,
      shown: Object.fromEntries(
        GOVERNANCE_LEVELS.map((l, i) => [l, shown[i]?.text ?? '']),
      ) as Record<GovernanceLevel, string>,
      lead: code.lead,
      confidence: code.confidence,
      actorsByLevel,
    };
  });
}
