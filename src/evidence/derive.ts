/**
 * What the evidence panel shows for a model and a key: a coded value with its scale step,
 * confidence, rationale and quotes; or a list (actors, instruments, lessons) with each entry's
 * quotes. Numbers and keys only: the words ("4 of 5", "national 30%") are the UI's, from i18n
 * (see useCodeValueText in code-value-text.ts).
 */
import type { AnyCode } from '../corpus/codings';
import type { Codebook, Confidence, DimensionId, Evidence, Model } from '../corpus/schema';
import type { EvidenceKey } from '../corpus/vocabulary';

/** An ordinal code: `value` on a scale of `of` steps. */
export interface Score {
  value: number;
  of: number;
}

/** A step of an ordinal scale, as the codebook names and defines it. */
export interface Step {
  label: string;
  definition: string;
}

/** One share of a share code: a governance level or a sector family, by its id. */
export interface SharePart {
  key: string;
  /** 0–1. */
  share: number;
  lead: boolean;
}

/** The value of a code, as numbers and keys. */
export interface CodeValue {
  dimension: DimensionId;
  /** Set for an ordinal code; null for a share code. */
  score: Score | null;
  /** Set for a share code (in the code's order); empty for an ordinal code. */
  parts: SharePart[];
}

export interface CodeEvidence extends CodeValue {
  kind: 'code';
  modelName: string;
  /** The dimension's name in the codebook. */
  label: string;
  step: Step | null;
  confidence: Confidence;
  confidenceDefinition: string;
  rationale: string;
  quotes: Evidence[];
}

export type ListKey = 'actors' | 'instruments' | 'lessons';

export interface ListItem {
  /** An actor's or instrument's own label, or for a lesson its kind (worded by the UI). */
  heading: { kind: 'label'; text: string } | { kind: 'lesson'; lesson: 'strength' | 'challenge' };
  text: string;
  quotes: Evidence[];
}

export interface ListEvidence {
  kind: 'list';
  modelName: string;
  key: ListKey;
  items: ListItem[];
}

export type EvidenceView = CodeEvidence | ListEvidence;

const isListKey = (key: EvidenceKey): key is ListKey =>
  key === 'actors' || key === 'instruments' || key === 'lessons';

function listItems(model: Model, key: ListKey, quotes: (ids: readonly string[]) => Evidence[]) {
  const label = (text: string) => ({ kind: 'label' as const, text });
  switch (key) {
    case 'actors':
      return model.actors.map((a) => ({
        heading: label(a.label),
        text: a.role,
        quotes: quotes(a.evidence),
      }));
    case 'instruments':
      return model.instruments.map((i) => ({
        heading: label(i.label),
        text: i.description,
        quotes: quotes(i.evidence),
      }));
    case 'lessons':
      return model.lessons.map((l) => ({
        heading: { kind: 'lesson' as const, lesson: l.kind },
        text: l.text,
        quotes: quotes(l.evidence),
      }));
  }
}

/** The value of a code (a model's own, or one coder's coding of it), as numbers and keys. */
export function valueOfCode(dimension: DimensionId, code: AnyCode, codebook: Codebook): CodeValue {
  if (typeof code.value === 'number') {
    const steps = codebook.dimensions.find((d) => d.id === dimension)?.steps;
    return { dimension, score: { value: code.value, of: steps?.length ?? 5 }, parts: [] };
  }
  const lead = 'lead' in code ? code.lead : null;
  const parts = Object.entries(code.value).map(([key, share]) => ({
    key,
    share,
    lead: key === lead,
  }));
  return { dimension, score: null, parts };
}

/** The value of one of a model's codes, as numbers and keys. */
export const codeValue = (model: Model, dimension: DimensionId, codebook: Codebook): CodeValue =>
  valueOfCode(dimension, model.codes[dimension], codebook);

/** The codebook's step an ordinal value stands on (its name and meaning); null for shares. */
export function stepOf(value: CodeValue, codebook: Codebook): Step | null {
  if (!value.score) return null;
  const steps = codebook.dimensions.find((d) => d.id === value.dimension)?.steps;
  const step = steps?.find((st) => st.value === value.score?.value);
  return step ? { label: step.label, definition: step.definition } : null;
}

export function deriveEvidenceView(
  model: Model,
  key: EvidenceKey,
  codebook: Codebook,
): EvidenceView {
  const byId = new Map(model.evidence.map((e) => [e.id, e]));
  const quotes = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  if (isListKey(key)) {
    return { kind: 'list', modelName: model.name, key, items: listItems(model, key, quotes) };
  }
  const dimension = codebook.dimensions.find((d) => d.id === key);
  const code = model.codes[key];
  const value = codeValue(model, key, codebook);
  return {
    kind: 'code',
    modelName: model.name,
    label: dimension?.label ?? key,
    ...value,
    step: stepOf(value, codebook),
    confidence: code.confidence,
    confidenceDefinition:
      codebook.confidence.find((c) => c.id === code.confidence)?.definition ?? '',
    rationale: code.rationale,
    quotes: quotes(code.evidence),
  };
}
