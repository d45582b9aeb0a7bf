/**
 * What the handout prints under "Evidence": for each selected model, each compared dimension's
 * coded value and the verbatim quotes that support it, in the order the charts show them.
 */
import { deriveEvidenceView } from '../../evidence/derive';
import type { CodeEvidence } from '../../evidence/derive';
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
  value: string;
  stepLabel: string | null;
  quotes: Evidence[];
}

export interface HandoutModel {
  id: string;
  name: string;
  dimensions: HandoutDimension[];
}

const NO_LISTS = { actors: '', instruments: '', lessons: '' };

export function deriveHandoutEvidence(
  models: readonly Model[],
  codebook: Codebook,
): HandoutModel[] {
  return models.map((model) => ({
    id: model.id,
    name: model.name,
    dimensions: HANDOUT_DIMENSIONS.map((key) => {
      const view = deriveEvidenceView(model, key, codebook, NO_LISTS) as CodeEvidence;
      return {
        key,
        label: view.label,
        value: view.value,
        stepLabel: view.step?.label ?? null,
        quotes: view.quotes,
      };
    }),
  }));
}
