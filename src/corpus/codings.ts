/**
 * Several codings per value: who coded what, the value each coder gives, where they disagree,
 * and the corpus as one coder coded it. Pure; the views read the corpus through these functions.
 *
 * The rule of the format: a code's own fields are the reconciled coding, and `codings` lists each
 * other coder's coding where it differs; a coder who is not listed agrees with the reconciled one.
 */
import type { Bundle, Codes, Coder, DimensionId, Model } from './schema.ts';

export type AnyCode = Codes[DimensionId];
type CodingOf<D extends DimensionId> = NonNullable<Codes[D]['codings']>[number];

/** The coder a corpus without coders has: one coding per value, the reconciled one. */
export const SOLE_CODER: Coder = {
  id: 'reconciled',
  name: 'Reconciled',
  role: 'reconciled',
  date: '2026-11',
  description: 'The one coding this corpus gives for each value.',
};

const ROLE_ORDER = { original: 0, reviewer: 1, reconciled: 2 } as const;

/**
 * The corpus's coders, in the order a reader meets them (the first coding, reviewers, then the
 * reconciled coding); a corpus that names none has one, the reconciled coder.
 */
export function codersOf(bundle: Pick<Bundle, 'sources'>): Coder[] {
  const named = bundle.sources.flatMap((s) => s.coders ?? []);
  const unique = named.filter((c, i) => named.findIndex((d) => d.id === c.id) === i);
  if (!unique.some((c) => c.role === 'reconciled')) unique.push(SOLE_CODER);
  return unique
    .map((c, i) => ({ c, i }))
    .sort((a, b) => ROLE_ORDER[a.c.role] - ROLE_ORDER[b.c.role] || a.i - b.i)
    .map(({ c }) => c);
}

/** The id of the coder whose coding the views show by default. */
export const reconciledCoderId = (bundle: Pick<Bundle, 'sources'>): string =>
  codersOf(bundle).find((c) => c.role === 'reconciled')?.id ?? SOLE_CODER.id;

/**
 * The coding a coder gives this code: its listed coding, or the reconciled one if not listed. The
 * result keeps every coder's `codings`, so a view drawn under one coder still knows the others.
 */
export function codeUnder<D extends DimensionId>(code: Codes[D], coder: string): Codes[D] {
  const codings = (code.codings ?? []) as CodingOf<D>[];
  const own = codings.find((c) => c.coder === coder) as Record<string, unknown> | undefined;
  if (!own) return code;
  // A coder who names no sectors or draws no structure keeps the reconciled ones.
  const merged: Record<string, unknown> = { ...code, ...own };
  delete merged.coder;
  return merged as unknown as Codes[D];
}

/** Whether this coder's coding of the code is written out (not just agreement with the reconciled). */
export const isListed = (code: AnyCode, coder: string): boolean =>
  (code.codings ?? []).some((c) => c.coder === coder);

function withoutCodings(code: AnyCode): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...code };
  delete copy.codings;
  return copy;
}

/**
 * A model as one coder coded it: each code's own fields become that coder's coding, and its
 * `codings` list every other coder's coding written out (the reconciled one included), so that
 * whatever is drawn under one coder can still tell each coder's value with codeUnder.
 * `coderIds` are the corpus's coders (codersOf); `reconciled` the id of the reconciled one.
 */
export function modelUnder(
  model: Model,
  coder: string,
  coderIds: readonly string[] = [],
  reconciled: string = SOLE_CODER.id,
): Model {
  if (coder === reconciled) return model;
  const listed = Object.values(model.codes).some((code) => (code.codings ?? []).length > 0);
  if (!listed) return model;
  const under = <D extends DimensionId>(code: Codes[D]): Codes[D] => {
    if (!code.codings?.length) return code;
    const ids = new Set([reconciled, ...coderIds, ...code.codings.map((c) => c.coder)]);
    ids.delete(coder);
    const codings = [...ids].map((id) => ({
      ...withoutCodings(codeUnder<D>(code, id)),
      coder: id,
    }));
    return { ...withoutCodings(codeUnder<D>(code, coder)), codings } as unknown as Codes[D];
  };
  const codes = model.codes;
  return {
    ...model,
    codes: {
      stateRole: under<'stateRole'>(codes.stateRole),
      governanceLevel: under<'governanceLevel'>(codes.governanceLevel),
      sectorFocus: under<'sectorFocus'>(codes.sectorFocus),
      firmHierarchy: under<'firmHierarchy'>(codes.firmHierarchy),
      universityIndustry: under<'universityIndustry'>(codes.universityIndustry),
    },
  };
}

/** The corpus as one coder coded it; the reconciled coder gets the corpus itself. */
export function bundleUnder<B extends Bundle>(bundle: B, coder: string): B {
  const reconciled = reconciledCoderId(bundle);
  if (coder === reconciled) return bundle;
  const ids = codersOf(bundle).map((c) => c.id);
  return { ...bundle, models: bundle.models.map((m) => modelUnder(m, coder, ids, reconciled)) };
}

const round = (n: number) => Math.round(n * 100);

/**
 * What two codings must share to agree on a value: the step, or every share to the hundredth and
 * the lead level. Confidence, rationale and evidence may differ without a disagreement.
 */
export function valueKey(dimension: DimensionId, code: AnyCode): string {
  const value = code.value;
  if (typeof value === 'number') return String(value);
  const shares = Object.entries(value)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}:${round(v)}`)
    .join(',');
  return dimension === 'governanceLevel' && 'lead' in code ? `${shares};${code.lead}` : shares;
}

export interface CoderCoding {
  coder: Coder;
  code: AnyCode;
  /** Written out for this coder, rather than agreement with the reconciled coding. */
  listed: boolean;
}

/** Each coder's coding of one dimension of a model, in the coders' order. */
export function codingsFor(model: Model, dimension: DimensionId, coders: Coder[]): CoderCoding[] {
  const code = model.codes[dimension];
  return coders.map((coder) => ({
    coder,
    code: codeUnder<typeof dimension>(code, coder.id),
    listed: isListed(code, coder.id),
  }));
}

/** Whether the coders give this dimension of the model different values. */
export function disagrees(model: Model, dimension: DimensionId, coders: Coder[]): boolean {
  const keys = new Set(
    codingsFor(model, dimension, coders).map((c) => valueKey(dimension, c.code)),
  );
  return keys.size > 1;
}

/** Whether the corpus describes more than one coder (so there is something to compare). */
export function hasSeveralCodings(bundle: Pick<Bundle, 'sources'>): boolean {
  return codersOf(bundle).length > 1;
}
