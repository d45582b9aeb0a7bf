/**
 * The compare matrix: one column per model (at most five), one row per codebook dimension, plus
 * rows for key actors, instruments and lessons. Each cell knows its short label, its confidence and
 * a signature used by "show only differences". No pixels here.
 */
import { GOVERNANCE_LEVELS, percent, SECTOR_FAMILIES, stepLabel } from '../../corpus/derive';
import type { Codebook, Confidence, Model } from '../../corpus/schema';
import type { EvidenceKey } from '../../corpus/vocabulary';

export const MAX_COMPARE = 5;

export type CellGlyph =
  | { kind: 'ordinal'; value: number }
  | { kind: 'shares'; shares: { key: string; share: number }[]; lead?: string }
  | { kind: 'count'; count: number };

export interface CompareCell {
  modelId: string;
  modelName: string;
  short: string;
  detail: string[];
  confidence: Confidence | null;
  glyph: CellGlyph;
  signature: string;
}

export interface CompareRow {
  key: EvidenceKey;
  label: string;
  cells: CompareCell[];
  differs: boolean;
}

const pct = (v: number) => `${percent(v)}%`;

function dimensionCells(models: readonly Model[], codebook: Codebook): CompareRow[] {
  return codebook.dimensions.map((dim) => {
    const cells = models.map((m): CompareCell => {
      const base = { modelId: m.id, modelName: m.name };
      switch (dim.id) {
        case 'governanceLevel': {
          const c = m.codes.governanceLevel;
          const shares = GOVERNANCE_LEVELS.map((key) => ({
            key,
            share: c.value[key],
          }));
          return {
            ...base,
            short: `${c.lead} lead`,
            detail: shares.map((s) => `${s.key} ${pct(s.share)}`),
            confidence: c.confidence,
            glyph: { kind: 'shares', shares, lead: c.lead },
            signature: `${c.lead}|${shares.map((s) => s.share).join(',')}`,
          };
        }
        case 'sectorFocus': {
          const c = m.codes.sectorFocus;
          const shares = SECTOR_FAMILIES.map((key) => ({ key, share: c.value[key] }));
          const top = [...shares].sort((a, b) => b.share - a.share)[0];
          return {
            ...base,
            short: top ? `${top.key} ${pct(top.share)}` : '',
            detail: c.sectors.map((s) => s.name),
            confidence: c.confidence,
            glyph: { kind: 'shares', shares },
            signature: shares.map((s) => s.share).join(','),
          };
        }
        default: {
          const c = m.codes[dim.id];
          return {
            ...base,
            short: `${c.value} — ${stepLabel(codebook, dim.id, c.value)}`,
            detail: [],
            confidence: c.confidence,
            glyph: { kind: 'ordinal', value: c.value },
            signature: String(c.value),
          };
        }
      }
    });
    return {
      key: dim.id,
      label: dim.label,
      cells,
      differs: new Set(cells.map((c) => c.signature)).size > 1,
    };
  });
}

function listRow(
  key: 'actors' | 'instruments' | 'lessons',
  label: string,
  models: readonly Model[],
  items: (m: Model) => string[],
): CompareRow {
  const cells = models.map((m): CompareCell => {
    const list = items(m);
    return {
      modelId: m.id,
      modelName: m.name,
      short: String(list.length),
      detail: list,
      confidence: null,
      glyph: { kind: 'count', count: list.length },
      signature: [...list].sort().join('|'),
    };
  });
  return { key, label, cells, differs: new Set(cells.map((c) => c.signature)).size > 1 };
}

export interface CompareLabels {
  actors: string;
  instruments: string;
  lessons: string;
  strength: string;
  challenge: string;
}

export function deriveCompare(
  models: readonly Model[],
  codebook: Codebook,
  labels: CompareLabels,
): CompareRow[] {
  const shown = models.slice(0, MAX_COMPARE);
  return [
    ...dimensionCells(shown, codebook),
    listRow('actors', labels.actors, shown, (m) => m.actors.map((a) => a.label)),
    listRow('instruments', labels.instruments, shown, (m) => m.instruments.map((i) => i.label)),
    listRow('lessons', labels.lessons, shown, (m) =>
      m.lessons.map(
        (l) => `${l.kind === 'strength' ? labels.strength : labels.challenge}: ${l.text}`,
      ),
    ),
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
