/**
 * Overview cards: what each card says about its model, computed from the corpus (no pixels).
 */
import { largestShare, stepLabel } from '../../corpus/derive';
import type {
  Codebook,
  Confidence,
  GovernanceLevel,
  Model,
  SectorFamily,
} from '../../corpus/schema';

/**
 * A card shows at most this many characters of a summary; the rest is in the compare view. The
 * bundled summaries show whole in every language (up to ~900 characters in Russian and Uzbek,
 * which run longer than the English); the limit guards against a user's corpus whose summaries
 * run to kilobytes.
 */
export const CARD_SUMMARY_CHARS = 1000;

/**
 * The start of a summary, cut at a word and marked with an ellipsis when longer. A user's corpus
 * may carry summaries of many kilobytes: laying out all of them would stall the overview.
 */
export function cardSummary(summary: string, max = CARD_SUMMARY_CHARS): string {
  if (summary.length <= max) return summary;
  const cut = summary.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export interface CardGlyphData {
  stateRole: number;
  governance: Record<GovernanceLevel, number>;
  lead: GovernanceLevel;
  sectors: Record<SectorFamily, number>;
  hierarchy: number;
}

export interface CardData {
  id: string;
  name: string;
  modelName: string;
  summary: string;
  stateRole: { value: number; label: string; confidence: Confidence };
  lead: { level: GovernanceLevel; share: number; confidence: Confidence };
  mainFamily: { family: SectorFamily; share: number; confidence: Confidence };
  hierarchyLabel: string;
  glyph: CardGlyphData;
  counts: { actors: number; instruments: number; quotes: number };
}

const cardCache = new WeakMap<Model, WeakMap<Codebook, CardData>>();

/**
 * Card data for a model; the same model object always yields the same card object, so memoised
 * cards skip re-rendering when only other models are added or removed.
 */
export function deriveCard(model: Model, codebook: Codebook): CardData {
  let byCodebook = cardCache.get(model);
  if (!byCodebook) {
    byCodebook = new WeakMap();
    cardCache.set(model, byCodebook);
  }
  const cached = byCodebook.get(codebook);
  if (cached) return cached;
  const card = computeCard(model, codebook);
  byCodebook.set(codebook, card);
  return card;
}

function computeCard(model: Model, codebook: Codebook): CardData {
  const { stateRole, governanceLevel, sectorFocus, firmHierarchy } = model.codes;
  const main = largestShare(sectorFocus.value);
  return {
    id: model.id,
    name: model.name,
    modelName: model.modelName,
    summary: cardSummary(model.summary),
    stateRole: {
      value: stateRole.value,
      label: stepLabel(codebook, 'stateRole', stateRole.value),
      confidence: stateRole.confidence,
    },
    lead: {
      level: governanceLevel.lead,
      share: governanceLevel.value[governanceLevel.lead],
      confidence: governanceLevel.confidence,
    },
    mainFamily: { family: main.key, share: main.share, confidence: sectorFocus.confidence },
    hierarchyLabel: stepLabel(codebook, 'firmHierarchy', firmHierarchy.value),
    glyph: {
      stateRole: stateRole.value,
      governance: governanceLevel.value,
      lead: governanceLevel.lead,
      sectors: sectorFocus.value,
      hierarchy: firmHierarchy.value,
    },
    counts: {
      actors: model.actors.length,
      instruments: model.instruments.length,
      quotes: model.evidence.length,
    },
  };
}

/** deriveCard's result per codebook and model, kept while both live (models never change once
 *  loaded), so the overview hands memoised cards the same object on every render. */
const cards = new WeakMap<Codebook, WeakMap<Model, CardData>>();

export function cardOf(model: Model, codebook: Codebook): CardData {
  let byModel = cards.get(codebook);
  if (!byModel) cards.set(codebook, (byModel = new WeakMap()));
  let card = byModel.get(model);
  if (!card) byModel.set(model, (card = deriveCard(model, codebook)));
  return card;
}
