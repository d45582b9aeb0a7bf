/**
 * The compare matrix: one column per model (at most five), one row per codebook dimension, plus
 * rows for key actors, instruments and lessons. Each cell knows its value (numbers and keys; the
 * view says them in words), its confidence and a signature used by "show only differences".
 * No pixels and no words of our own here: corpus text (step names, actor labels) is carried as is.
 */
import type { AnyCode } from '../../corpus/codings';
import { GOVERNANCE_LEVELS, SECTOR_FAMILIES, stepLabel } from '../../corpus/derive';
import type {
  Codebook,
  Confidence,
  DimensionId,
  GovernanceLevel,
  Model,
  SectorFamily,
} from '../../corpus/schema';
import type { EvidenceKey } from '../../corpus/vocabulary';

export const MAX_COMPARE = 5;

export type CellGlyph =
  | { kind: 'ordinal'; value: number }
  | { kind: 'shares'; shares: { key: string; share: number }[]; lead?: string }
  | { kind: 'count'; count: number };

export type CellValue =
  /** A step on a 1–5 scale, with the codebook's name for it. */
  | { kind: 'ordinal'; value: number; stepLabel: string }
  /** Governance: the leading level and every level's share. */
  | { kind: 'lead'; lead: GovernanceLevel; shares: { key: GovernanceLevel; share: number }[] }
  /** Sector focus: the largest family and the sectors the article names. */
  | { kind: 'top-family'; top: { key: SectorFamily; share: number } | null; sectors: string[] }
  /** Key actors or instruments, by their corpus labels. */
  | { kind: 'list'; items: string[] }
  /** Lessons, each a strength or a challenge. */
  | { kind: 'lessons'; items: { kind: 'strength' | 'challenge'; text: string }[] };

export interface CompareCell {
  modelId: string;
  modelName: string;
  value: CellValue;
  confidence: Confidence | null;
  glyph: CellGlyph;
  signature: string;
}

export type ListKey = 'actors' | 'instruments' | 'lessons';

export interface CompareRow {
  key: EvidenceKey;
  /** The codebook's name of a dimension row; null for the list rows, which the view names by key. */
  dimensionLabel: string | null;
  cells: CompareCell[];
  differs: boolean;
}

/**
 * The glyph of one coding of a dimension: its step, or its shares in codebook order (governance
 * with its lead level). The matrix draws the shown coding with it, a split cell each coder's.
 */
export function codeGlyph(dimension: DimensionId, code: AnyCode): CellGlyph {
  if (typeof code.value === 'number') return { kind: 'ordinal', value: code.value };
  const value = code.value as Record<string, number>;
  if (dimension === 'governanceLevel' && 'lead' in code) {
    return {
      kind: 'shares',
      shares: GOVERNANCE_LEVELS.map((key) => ({ key, share: value[key] ?? 0 })),
      lead: code.lead,
    };
  }
  return {
    kind: 'shares',
    shares: SECTOR_FAMILIES.map((key) => ({ key, share: value[key] ?? 0 })),
  };
}

const differs = (cells: readonly CompareCell[]) => new Set(cells.map((c) => c.signature)).size > 1;

function dimensionCells(models: readonly Model[], codebook: Codebook): CompareRow[] {
  return codebook.dimensions.map((dim) => {
    const cells = models.map((m): CompareCell => {
      const base = { modelId: m.id, modelName: m.name };
      switch (dim.id) {
        case 'governanceLevel': {
          const c = m.codes.governanceLevel;
          const shares = GOVERNANCE_LEVELS.map((key) => ({ key, share: c.value[key] }));
          return {
            ...base,
            value: { kind: 'lead', lead: c.lead, shares },
            confidence: c.confidence,
            glyph: codeGlyph(dim.id, c),
            signature: `${c.lead}|${shares.map((s) => s.share).join(',')}`,
          };
        }
        case 'sectorFocus': {
          const c = m.codes.sectorFocus;
          const shares = SECTOR_FAMILIES.map((key) => ({ key, share: c.value[key] }));
          // Array.prototype.sort is stable: a tie goes to the family first in codebook order.
          const top = [...shares].sort((a, b) => b.share - a.share)[0] ?? null;
          return {
            ...base,
            value: { kind: 'top-family', top, sectors: c.sectors.map((s) => s.name) },
            confidence: c.confidence,
            glyph: codeGlyph(dim.id, c),
            signature: shares.map((s) => s.share).join(','),
          };
        }
        default: {
          const c = m.codes[dim.id];
          return {
            ...base,
            value: {
              kind: 'ordinal',
              value: c.value,
              stepLabel: stepLabel(codebook, dim.id, c.value),
            },
            confidence: c.confidence,
            glyph: codeGlyph(dim.id, c),
            signature: String(c.value),
          };
        }
      }
    });
    return { key: dim.id, dimensionLabel: dim.label, cells, differs: differs(cells) };
  });
}

function listRow(
  key: ListKey,
  models: readonly Model[],
  value: (m: Model) => CellValue & { kind: 'list' | 'lessons' },
): CompareRow {
  const cells = models.map((m): CompareCell => {
    const v = value(m);
    const keys = v.kind === 'list' ? v.items : v.items.map((i) => `${i.kind}:${i.text}`);
    return {
      modelId: m.id,
      modelName: m.name,
      value: v,
      confidence: null,
      glyph: { kind: 'count', count: v.items.length },
      signature: [...keys].sort().join('|'),
    };
  });
  return { key, dimensionLabel: null, cells, differs: differs(cells) };
}

export function deriveCompare(models: readonly Model[], codebook: Codebook): CompareRow[] {
  const shown = models.slice(0, MAX_COMPARE);
  return [
    ...dimensionCells(shown, codebook),
    listRow('actors', shown, (m) => ({ kind: 'list', items: m.actors.map((a) => a.label) })),
    listRow('instruments', shown, (m) => ({
      kind: 'list',
      items: m.instruments.map((i) => i.label),
    })),
    listRow('lessons', shown, (m) => ({
      kind: 'lessons',
      items: m.lessons.map((l) => ({ kind: l.kind, text: l.text })),
    })),
  ];
}

/** Moves `id` one place left (-1) or right (+1) in `order`; unchanged at the ends. */
export function moveColumn(order: readonly string[], id: string, step: -1 | 1): string[] {
  const i = order.indexOf(id);
  const j = i + step;
  if (i < 0 || j < 0 || j >= order.length) return [...order];
  const next = [...order];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}

/** Puts `id` where `before` stands (drag and drop); unchanged when either is unknown. */
export function dropColumn(order: readonly string[], id: string, before: string): string[] {
  if (id === before || !order.includes(id) || !order.includes(before)) return [...order];
  const without = order.filter((x) => x !== id);
  const at = without.indexOf(before);
  const from = order.indexOf(id);
  const to = order.indexOf(before);
  without.splice(from < to ? at + 1 : at, 0, id);
  return without;
}
