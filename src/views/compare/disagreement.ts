/**
 * Where the coders disagree in the compare matrix: for each cell, the distinct values the coders
 * give (one segment each, lettered with the coders who gave it), and the rows the matrix's two
 * filters keep. Pure: coders come in as the corpus names them, values go out as glyphs (numbers
 * and keys), and the view says them in words.
 */
import { codingsFor, valueKey } from '../../corpus/codings';
import type { Coder, DimensionId, Model } from '../../corpus/schema';
import { coderKeys } from '../shared/coder-marks';
import type { CoderKey, RoleLetters } from '../shared/coder-marks';
import { codeGlyph } from './derive';
import type { CellGlyph, CompareRow } from './derive';

/** A coder as the matrix marks it: its name and the short letter on its segment. */
export type CoderTag = CoderKey;

/**
 * Each coder's short letter, by the charts' rule (views/shared/coder-marks.ts): the letter of its
 * role, from the catalogue, so a coder has one letter everywhere.
 */
export const coderTags = (coders: readonly Coder[], letters: RoleLetters): CoderTag[] =>
  coderKeys(coders, letters);

/** One value the coders give a cell, and who gave it. */
export interface DisagreementSegment {
  /** What must match for agreement (corpus/codings valueKey): stable, for React keys. */
  key: string;
  coders: CoderTag[];
  glyph: CellGlyph;
  /** The segment holding the coding the matrix shows (the reconciled one unless `coding=` says). */
  shown: boolean;
}

export interface CellDisagreement {
  modelId: string;
  dimension: DimensionId;
  /** The distinct values, in the order their first coder comes (first coding, reviewers, reconciled). */
  segments: DisagreementSegment[];
  /** Every coder's value, in the coders' order: what the cell's name and tooltip say. */
  codings: { coder: CoderTag; glyph: CellGlyph }[];
}

/**
 * The disagreement in one cell, or null where every coder gives the same value. `model` must be
 * the model as written (its codes the reconciled coding), not as another coder coded it.
 */
export function cellDisagreement(
  model: Model,
  dimension: DimensionId,
  coders: readonly Coder[],
  shownCoder: string,
  letters: RoleLetters,
): CellDisagreement | null {
  const tags = new Map(coderTags(coders, letters).map((t) => [t.id, t]));
  const codings = codingsFor(model, dimension, [...coders]).map((c) => ({
    coder: tags.get(c.coder.id)!,
    key: valueKey(dimension, c.code),
    glyph: codeGlyph(dimension, c.code),
  }));
  const segments: DisagreementSegment[] = [];
  for (const c of codings) {
    const segment = segments.find((s) => s.key === c.key);
    const shown = c.coder.id === shownCoder;
    if (segment) {
      segment.coders.push(c.coder);
      segment.shown ||= shown;
    } else segments.push({ key: c.key, coders: [c.coder], glyph: c.glyph, shown });
  }
  if (segments.length < 2) return null;
  return {
    modelId: model.id,
    dimension,
    segments,
    codings: codings.map(({ coder, glyph }) => ({ coder, glyph })),
  };
}

export const cellKey = (modelId: string, key: string): string => `${modelId}.${key}`;

/**
 * Every disagreeing cell among the rows' dimension cells, by `cellKey(model, dimension)`. The
 * models are looked up as written (`written`), since a model drawn under another coder carries
 * that coder's values in place of the reconciled ones.
 */
export function disagreementsOf(
  rows: readonly CompareRow[],
  written: readonly Model[],
  coders: readonly Coder[],
  shownCoder: string,
  letters: RoleLetters,
): Map<string, CellDisagreement> {
  const byId = new Map(written.map((m) => [m.id, m]));
  const found = new Map<string, CellDisagreement>();
  if (coders.length < 2) return found;
  for (const row of rows) {
    if (row.dimensionLabel === null) continue;
    const dimension = row.key as DimensionId;
    for (const cell of row.cells) {
      const model = byId.get(cell.modelId);
      const d = model && cellDisagreement(model, dimension, coders, shownCoder, letters);
      if (d) found.set(cellKey(cell.modelId, dimension), d);
    }
  }
  return found;
}

export interface CompareFilters {
  /** Rows where the selected models differ. */
  onlyDifferences: boolean;
  /** Rows where the coders disagree on at least one selected model. */
  onlyDisagreements: boolean;
}

const rowDisagrees = (row: CompareRow, found: ReadonlyMap<string, CellDisagreement>) =>
  row.cells.some((c) => found.has(cellKey(c.modelId, row.key)));

/** The rows both filters keep (each filter narrows; both on keeps rows that pass both). */
export function filterRows(
  rows: readonly CompareRow[],
  filters: CompareFilters,
  found: ReadonlyMap<string, CellDisagreement>,
): CompareRow[] {
  return rows.filter(
    (row) =>
      (!filters.onlyDifferences || row.differs) &&
      (!filters.onlyDisagreements || rowDisagrees(row, found)),
  );
}
