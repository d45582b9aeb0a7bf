/**
 * Governance: each model's national / regional / local shares, the level that leads, and the
 * public actors the corpus places at each level.
 */
import type { Confidence, GovernanceLevel, Model } from '../../corpus/schema';
import { GOVERNANCE_LEVELS, modelIndex } from '../../corpus/derive';

export interface GovernanceRow {
  id: string;
  name: string;
  /** The model's fixed position in the corpus, which decides its colour and marker. */
  index: number;
  shares: Record<GovernanceLevel, number>;
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
    return {
      id: m.id,
      name: m.name,
      index: indexOf.get(m.id) ?? 0,
      shares: code.value,
      lead: code.lead,
      confidence: code.confidence,
      actorsByLevel,
    };
  });
}
