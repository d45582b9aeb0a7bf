/**
 * What the compare slides say, built from the compare matrix (derive.ts): the "codes" part as a
 * grid (a value in words and a glyph per model and dimension), a list part as columns of entries.
 * The words are handed in, in the reader's language, so this stays pure and testable.
 */
import type { CompareCell, CompareRow, ListKey } from './derive';
import type { GridSpec, SlideGlyph } from './slide-grid';
import type { ListsSpec } from './slide-lists';

export interface SlideWords {
  rowName: (key: string) => string;
  /** "4 — coordinator" */
  step: (value: number, label: string) => string;
  /** "national 45%" */
  share: (group: 'levels' | 'families', key: string, share: number) => string;
  /** The letter inside a share segment ("N"). */
  letter: (group: 'levels' | 'families', key: string) => string;
  approximateNote: string;
  hiddenNote: (names: string[]) => string;
}

export interface ListWords {
  /** "and 3 more" */
  more: (count: number) => string;
  /** "8 named" (when not one entry fits) */
  none: (count: number) => string;
  /** "Strength:" */
  lessonLead: (kind: 'strength' | 'challenge') => string;
  hiddenNote: (names: string[]) => string;
}

/** "≈ " before a value coded with low confidence (the slide's key line says what it means). */
export const approximately = (text: string, low: boolean): string =>
  // A no-break space: "≈" never stands alone at the end of a line.
  low ? `≈\u00a0${text}` : text;

/** A compare cell's value in a few words, as on the page (the lead level, the top family). */
export function slideCellText(cell: CompareCell, words: SlideWords): string {
  const v = cell.value;
  const low = cell.confidence === 'low';
  switch (v.kind) {
    case 'ordinal':
      return approximately(words.step(v.value, v.stepLabel), low);
    case 'lead':
      return approximately(
        words.share('levels', v.lead, v.shares.find((s) => s.key === v.lead)?.share ?? 0),
        low,
      );
    case 'top-family':
      return v.top ? approximately(words.share('families', v.top.key, v.top.share), low) : '—';
    default:
      return '';
  }
}

function slideCellGlyph(cell: CompareCell, words: SlideWords): SlideGlyph | null {
  const v = cell.value;
  if (v.kind === 'ordinal') return { kind: 'ordinal', value: v.value, of: 5 };
  if ((v.kind === 'lead' || v.kind === 'top-family') && cell.glyph.kind === 'shares') {
    const group = v.kind === 'lead' ? 'levels' : 'families';
    return {
      kind: 'shares',
      parts: cell.glyph.shares.map((s) => ({ ...s, letter: words.letter(group, s.key) })),
    };
  }
  return null;
}

/** The coded dimensions' rows of the matrix. */
export const codeRows = (rows: readonly CompareRow[]): CompareRow[] =>
  rows.filter((r) => r.dimensionLabel !== null);

export function compareGridSpec(rows: readonly CompareRow[], words: SlideWords): GridSpec {
  const codes = codeRows(rows);
  return {
    rows: codes.map((r) => words.rowName(r.key)),
    columns: (codes[0]?.cells ?? []).map((first, j) => ({
      id: first.modelId,
      name: first.modelName,
      cells: codes.map((r) => {
        const cell = r.cells[j]!;
        return {
          text: slideCellText(cell, words),
          approximate: cell.confidence === 'low',
          glyph: slideCellGlyph(cell, words),
        };
      }),
    })),
    approximateNote: words.approximateNote,
    hiddenNote: words.hiddenNote,
    glyphs: true,
  };
}

export function compareListsSpec(
  rows: readonly CompareRow[],
  part: ListKey,
  words: ListWords,
): ListsSpec | null {
  const row = rows.find((r) => r.key === part);
  if (!row) return null;
  return {
    columns: row.cells.map((cell) => ({
      id: cell.modelId,
      name: cell.modelName,
      items:
        cell.value.kind === 'lessons'
          ? cell.value.items.map((l) => ({ lead: words.lessonLead(l.kind), text: l.text }))
          : cell.value.kind === 'list'
            ? cell.value.items.map((text) => ({ text }))
            : [],
    })),
    more: words.more,
    none: words.none,
    hiddenNote: words.hiddenNote,
  };
}
