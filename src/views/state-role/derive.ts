/**
 * State role: each model's step on the 1–5 scale, and what each state does — the models'
 * instruments grouped by type. No pixels here.
 */
import { codeUnder, valueKey } from '../../corpus/codings';
import { modelIndex, stepLabel } from '../../corpus/derive';
import type { Codebook, Confidence, InstrumentType, Model } from '../../corpus/schema';
import { instrumentTypeSchema } from '../../corpus/schema';
import type { CoderKey, CoderReading } from '../shared/coder-marks';

export interface PlacedModel {
  id: string;
  name: string;
  /** The model's fixed position in the corpus, which decides its colour and marker. */
  index: number;
  value: number;
  stepLabel: string;
  confidence: Confidence;
}

export interface InstrumentRow {
  modelId: string;
  name: string;
  index: number;
  instruments: { id: string; label: string }[];
}

export interface InstrumentPanel {
  type: InstrumentType;
  label: string;
  definition: string;
  rows: InstrumentRow[];
  total: number;
}

/** One coder's step for a model. */
export interface CoderStep extends CoderReading {
  value: number;
  stepLabel: string;
}

/** Every coder's step for every model, when the chart shows all coders at once. */
export interface StateRoleCodings {
  coders: CoderKey[];
  byModel: Record<string, CoderStep[]>;
}

export interface StateRoleData {
  steps: { value: number; label: string; definition: string }[];
  models: PlacedModel[];
  panels: InstrumentPanel[];
  codings?: StateRoleCodings;
}

/** `indexOf` gives each model its corpus position (default: its place in `models`). */
export function deriveStateRole(
  models: readonly Model[],
  codebook: Codebook,
  indexOf: ReadonlyMap<string, number> = modelIndex(models),
): StateRoleData {
  const dimension = codebook.dimensions.find((d) => d.id === 'stateRole');
  const steps = dimension?.steps ?? [];
  const placed = models.map((m) => ({
    id: m.id,
    name: m.name,
    index: indexOf.get(m.id) ?? 0,
    value: m.codes.stateRole.value,
    stepLabel: stepLabel(codebook, 'stateRole', m.codes.stateRole.value),
    confidence: m.codes.stateRole.confidence,
  }));
  const panels = instrumentTypeSchema.options.map((type) => {
    const vocabulary = codebook.instrumentTypes.find((v) => v.id === type);
    const rows = models.map((m) => ({
      modelId: m.id,
      name: m.name,
      index: indexOf.get(m.id) ?? 0,
      instruments: m.instruments
        .filter((i) => i.type === type)
        .map((i) => ({ id: i.id, label: i.label })),
    }));
    return {
      type,
      label: vocabulary?.label ?? type,
      definition: vocabulary?.definition ?? '',
      rows,
      total: rows.reduce((n, r) => n + r.instruments.length, 0),
    };
  });
  return { steps, models: placed, panels };
}

/**
 * Each coder's step for each model. `written` are the models as the corpus writes them (the
 * reconciled coding with the others' codings beside it), not as one coder coded them: under
 * another coder a code's own fields are that coder's, and the reconciled coding would be lost.
 */
export function stateRoleCodings(
  written: readonly Model[],
  codebook: Codebook,
  coders: readonly CoderKey[],
): StateRoleCodings {
  const byModel = Object.fromEntries(
    written.map((m) => [
      m.id,
      coders.map((coder) => {
        const code = codeUnder<'stateRole'>(m.codes.stateRole, coder.id);
        return {
          coder,
          position: code.value,
          key: valueKey('stateRole', code),
          confidence: code.confidence,
          value: code.value,
          stepLabel: stepLabel(codebook, 'stateRole', code.value),
        };
      }),
    ]),
  );
  return { coders: [...coders], byModel };
}

/** How the dot plot orders its rows: by step, highest first, or in the corpus's own order. */
export type StateRoleOrder = 'value' | 'corpus';

/**
 * The models in the chosen order. By value the strongest state comes first, so "which state does
 * most" is the top row; ties and the corpus order follow the corpus position. Pure: a new array.
 */
export function sortPlacedModels(
  models: readonly PlacedModel[],
  order: StateRoleOrder,
): PlacedModel[] {
  return [...models].sort((a, b) =>
    order === 'value' ? b.value - a.value || a.index - b.index : a.index - b.index,
  );
}

export interface InstrumentCell {
  modelId: string;
  name: string;
  count: number;
  instruments: { id: string; label: string }[];
  /** The instruments' names, one string: the cell's accessible name lists them. */
  names: string;
}

export interface InstrumentMatrixRow {
  type: InstrumentType;
  label: string;
  definition: string;
  total: number;
  cells: InstrumentCell[];
}

export interface InstrumentMatrix {
  /** One column per model, in the order the models are shown, with its count of instruments. */
  columns: { id: string; name: string; index: number; total: number }[];
  rows: InstrumentMatrixRow[];
  /** The largest count in any one cell: the mark sizes scale to it. */
  maxCount: number;
}

/** The instruments as a types × models matrix: a cell per type and model, holding its count. */
export function instrumentMatrix(data: StateRoleData): InstrumentMatrix {
  const rows = data.panels.map((panel) => ({
    type: panel.type,
    label: panel.label,
    definition: panel.definition,
    total: panel.total,
    cells: panel.rows.map((r) => ({
      modelId: r.modelId,
      name: r.name,
      count: r.instruments.length,
      instruments: r.instruments,
      names: r.instruments.map((i) => i.label).join('; '),
    })),
  }));
  const totals = new Map<string, number>();
  for (const row of rows)
    for (const c of row.cells) totals.set(c.modelId, (totals.get(c.modelId) ?? 0) + c.count);
  const columns = data.models.map((m) => ({
    id: m.id,
    name: m.name,
    index: m.index,
    total: totals.get(m.id) ?? 0,
  }));
  const maxCount = Math.max(0, ...rows.flatMap((row) => row.cells.map((c) => c.count)));
  return { columns, rows, maxCount };
}
