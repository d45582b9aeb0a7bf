/**
 * What the handout prints under "Evidence": for each selected model, each compared dimension's
 * coded value (numbers and keys; Handout.tsx words them) and the verbatim quotes that support it,
 * in the order the charts show them.
 */
import { deriveEvidenceView } from '../../evidence/derive';
import type { CodeEvidence, CodeValue } from '../../evidence/derive';
import type { Codebook, Evidence, Model } from '../../corpus/schema';

/** The four dimensions the handout's charts show, in chart order. */
export const HANDOUT_DIMENSIONS = [
  'stateRole',
  'governanceLevel',
  'sectorFocus',
  'firmHierarchy',
] as const;

export interface HandoutDimension {
  key: (typeof HANDOUT_DIMENSIONS)[number];
  label: string;
  value: CodeValue;
  stepLabel: string | null;
  quotes: Evidence[];
}

export interface HandoutModel {
  id: string;
  name: string;
  dimensions: HandoutDimension[];
}

export function deriveHandoutEvidence(
  models: readonly Model[],
  codebook: Codebook,
): HandoutModel[] {
  return models.map((model) => ({
    id: model.id,
    name: model.name,
    dimensions: HANDOUT_DIMENSIONS.map((key) => {
      const view = deriveEvidenceView(model, key, codebook) as CodeEvidence;
      return {
        key,
        label: view.label,
        value: { dimension: view.dimension, score: view.score, parts: view.parts },
        stepLabel: view.step?.label ?? null,
        quotes: view.quotes,
      };
    }),
  }));
}
