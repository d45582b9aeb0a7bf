/**
 * A compare cell in words, in the reader's language: its value in short, the lines under it, and
 * where the coders disagree, each coder's value. Derive hands over numbers and keys; this file is
 * where they become the catalogue's words.
 */
import type { TFunction } from '../../i18n/strings';
import { percent } from '../../corpus/derive';
import type { DimensionId } from '../../corpus/schema';
import { stepKindOf } from '../../corpus/definitions';
import type { TermKind } from '../../corpus/definitions';
import type { CellGlyph, CompareCell, CompareRow, ListKey } from './derive';
import type { CellDisagreement } from './disagreement';

/** A cell's value in a few words, for its button and accessible name. */
export function shortText(cell: CompareCell, t: TFunction): string {
  const v = cell.value;
  switch (v.kind) {
    case 'ordinal':
      return t('compare.stepShort', { value: v.value, label: v.stepLabel });
    case 'lead':
      return t('compare.leadShort', { level: t(`levels.${v.lead}`) });
    case 'top-family':
      return v.top
        ? t('compare.shareShort', {
            name: t(`families.${v.top.key}`),
            percent: percent(v.top.share),
          })
        : '';
    case 'list':
    case 'lessons':
      return t('compare.count', { count: v.items.length });
  }
}

/**
 * The codebook step a cell's value stands on, as a term with a definition: the button keeps the
 * number, and the step's name goes beside it, outside the button (a term may not sit inside one).
 */
export function cellStepTerm(
  row: CompareRow,
  cell: CompareCell,
): { kind: TermKind; id: number; label: string } | null {
  const v = cell.value;
  const kind = v.kind === 'ordinal' ? stepKindOf(row.key as DimensionId) : null;
  return kind && v.kind === 'ordinal' ? { kind, id: v.value, label: v.stepLabel } : null;
}

/** The lines listed under a cell's button. */
export function detailText(cell: CompareCell, t: TFunction): string[] {
  const v = cell.value;
  switch (v.kind) {
    case 'ordinal':
      return [];
    case 'lead':
      return v.shares.map((s) =>
        t('compare.shareShort', { name: t(`levels.${s.key}`), percent: percent(s.share) }),
      );
    case 'top-family':
      return v.sectors;
    case 'list':
      return v.items;
    case 'lessons':
      return v.items.map((l) =>
        t('compare.lessonLine', { kind: t(`compare.${l.kind}`), text: l.text }),
      );
  }
}

export const rowLabel = (row: CompareRow, t: TFunction): string =>
  row.dimensionLabel ?? t(`compare.${row.key as ListKey}`);

/**
 * One coder's value of a dimension: the step ("3"), the lead level with every share
 * ("national lead (national 30%, regional 20%, local 50%)"), or the sector families it gives.
 */
export function codingValueText(dimension: DimensionId, glyph: CellGlyph, t: TFunction): string {
  if (glyph.kind === 'ordinal') return t('codingsCompare.step', { value: glyph.value });
  if (glyph.kind === 'count') return t('compare.count', { count: glyph.count });
  const group = dimension === 'governanceLevel' ? 'levels' : 'families';
  const shares = glyph.shares
    // A sector family the coder gives no share is left out; every governance level is said.
    .filter((s) => group === 'levels' || s.share > 0)
    .map((s) =>
      t('compare.shareShort', { name: t(`${group}.${s.key}`), percent: percent(s.share) }),
    )
    .join(t('codingsCompare.shareSeparator'));
  return glyph.lead
    ? t('codingsCompare.leadShares', {
        lead: t('compare.leadShort', { level: t(`levels.${glyph.lead}`) }),
        shares,
      })
    : shares;
}

/** "coders disagree: First coding: 3; External review 1: 4; Reconciled: 4" */
export function disagreementText(d: CellDisagreement, t: TFunction): string {
  const codings = d.codings
    .map((c) =>
      t('codingsCompare.coderValue', {
        coder: c.coder.name,
        value: codingValueText(d.dimension, c.glyph, t),
      }),
    )
    .join(t('codingsCompare.coderSeparator'));
  return t('codingsCompare.disagree', { codings });
}
