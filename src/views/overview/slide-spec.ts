/**
 * What the overview's slide says about each model, as a table for the slide grid: the model's
 * name and phrase, and its four card dimensions in words with a glyph each. Numbers and keys come
 * from deriveCard; the words are handed in (the reader's language), so this stays pure.
 */
import type { Codebook, Model } from '../../corpus/schema';
import { GOVERNANCE_LEVELS, SECTOR_FAMILIES } from '../../corpus/derive';
import type { GridSpec } from '../compare/slide-grid';
import { approximately } from '../compare/slide-spec';
import type { SlideWords } from '../compare/slide-spec';
import { deriveCard } from './derive';

/** The slide's rows: the card's four dimensions, each the evidence its cells open. */
export const SLIDE_ROWS = ['stateRole', 'governanceLevel', 'sectorFocus', 'firmHierarchy'] as const;

export function slideGridSpec(
  models: readonly Model[],
  codebook: Codebook,
  words: SlideWords,
): GridSpec {
  return {
    rows: SLIDE_ROWS.map(words.rowName),
    columns: models.map((model) => {
      const card = deriveCard(model, codebook);
      const parts = (group: 'levels' | 'families', order: readonly string[], shares: object) =>
        order.map((key) => ({
          key,
          share: (shares as Record<string, number>)[key] ?? 0,
          letter: words.letter(group, key),
        }));
      const low = {
        stateRole: card.stateRole.confidence === 'low',
        lead: card.lead.confidence === 'low',
        sectors: card.mainFamily.confidence === 'low',
        hierarchy: model.codes.firmHierarchy.confidence === 'low',
      };
      return {
        id: card.id,
        name: card.name,
        phrase: card.modelName,
        cells: [
          {
            text: approximately(
              words.step(card.stateRole.value, card.stateRole.label),
              low.stateRole,
            ),
            approximate: low.stateRole,
            glyph: { kind: 'ordinal', value: card.glyph.stateRole, of: 5 },
          },
          {
            text: approximately(words.share('levels', card.lead.level, card.lead.share), low.lead),
            approximate: low.lead,
            glyph: {
              kind: 'shares',
              parts: parts('levels', GOVERNANCE_LEVELS, card.glyph.governance),
            },
          },
          {
            text: approximately(
              words.share('families', card.mainFamily.family, card.mainFamily.share),
              low.sectors,
            ),
            approximate: low.sectors,
            glyph: {
              kind: 'shares',
              parts: parts('families', SECTOR_FAMILIES, card.glyph.sectors),
            },
          },
          {
            text: approximately(
              words.step(card.glyph.hierarchy, card.hierarchyLabel),
              low.hierarchy,
            ),
            approximate: low.hierarchy,
            glyph: { kind: 'ordinal', value: card.glyph.hierarchy, of: 5 },
          },
        ],
      };
    }),
    approximateNote: words.approximateNote,
    hiddenNote: words.hiddenNote,
    glyphs: true,
  };
}
