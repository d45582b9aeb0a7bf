/**
 * The model editor's data: a draft is any JSON the user is shaping into a model. These pure
 * functions start drafts, change them at a path, say which problems belong to which field, keep
 * the draft across visits and put a finished model into a corpus.
 */
import * as z from 'zod/mini';
import { formatPath } from '../../corpus/issues';
import { parseJsonText } from '../../corpus/json-text';
import type { CorpusIssue, JsonPath } from '../../corpus/issues';
import type { Bundle, Codebook, Model } from '../../corpus/schema';
import { validateBundle, validateModel } from '../../corpus/validate';
import type { Validated } from '../../corpus/validate';
import { browserStorage } from '../../state/storage';
import type { GuardedStorage } from '../../state/storage';

export type Draft = Record<string, unknown>;

export const DRAFT_STORAGE_KEY = 'cluster-atlas.editor-draft.v1';

/** A new model with every part present and neutral values; it becomes valid once filled in. */
export function blankModel(codebook: Codebook): Draft {
  const code = (value: unknown) => ({
    value,
    confidence: 'low',
    rationale: '',
    evidence: ['q1'],
  });
  const ordinalDimensions = codebook.dimensions.filter((d) => d.kind === 'ordinal');
  const codes: Record<string, unknown> = {};
  for (const d of ordinalDimensions) codes[d.id] = code(3);
  codes.governanceLevel = {
    ...code({ national: 0.34, regional: 0.33, local: 0.33 }),
    lead: 'national',
  };
  codes.sectorFocus = {
    ...code({ traditional: 0.25, industrial: 0.25, 'high-tech': 0.25, mixed: 0.25 }),
    sectors: [],
  };
  codes.firmHierarchy = {
    ...code(3),
    structure: {
      nodes: [{ id: 'firms', type: 'sme', label: 'Firms of the cluster', tier: 0, count: 10 }],
      links: [],
    },
  };
  return {
    id: '',
    name: '',
    iso3: '',
    modelName: '',
    summary: '',
    codes,
    actors: [],
    instruments: [],
    examples: [],
    lessons: [],
    facts: [],
    evidence: [{ id: 'q1', quote: '', locator: 'p1', cites: [] }],
  };
}

/** A copy of a model to re-code, under an id of its own. */
export function copyOfModel(model: Model, takenIds: ReadonlySet<string>): Draft {
  let id = `${model.id}-recoded`;
  for (let n = 2; takenIds.has(id); n++) id = `${model.id}-recoded-${n}`;
  return { ...structuredClone(model), id, name: `${model.name} (re-coded)` } as Draft;
}

/** The draft with `value` at `path`; arrays and objects on the way are copied, never changed. */
export function setAt(draft: unknown, path: JsonPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(draft)) {
    const copy = [...draft];
    copy[Number(head)] = setAt(copy[Number(head)], rest, value);
    return copy;
  }
  const object = typeof draft === 'object' && draft !== null ? (draft as Draft) : {};
  return {
    ...object,
    [head]: setAt(Object.hasOwn(object, head) ? object[head] : undefined, rest, value),
  };
}

export function getAt(draft: unknown, path: JsonPath): unknown {
  let here: unknown = draft;
  for (const part of path) {
    if (typeof here !== 'object' || here === null || !Object.hasOwn(here, part)) return undefined;
    here = (here as Record<string | number, unknown>)[part];
  }
  return here;
}

export interface DraftCheck {
  model: Model | null;
  issues: CorpusIssue[];
}

export function checkDraft(draft: unknown, codebook: Codebook): DraftCheck {
  const result = validateModel(draft, codebook);
  return result.ok ? { model: result.value, issues: [] } : { model: null, issues: result.issues };
}

/**
 * The problems a field shows beside it: those at its path or inside it (a field for
 * `codes.stateRole.value` also shows a problem about that value's parts).
 */
export function issuesAt(issues: readonly CorpusIssue[], path: JsonPath): CorpusIssue[] {
  const key = formatPath(path);
  return issues.filter((i) => {
    const at = formatPath(i.path);
    return at === key || at.startsWith(`${key}.`) || at.startsWith(`${key}[`);
  });
}

/** The problems no field on the form claims, listed together above the form. */
export function unclaimedIssues(
  issues: readonly CorpusIssue[],
  fieldPaths: readonly JsonPath[],
): CorpusIssue[] {
  const claimed = new Set(fieldPaths.flatMap((p) => issuesAt(issues, p)));
  return issues.filter((i) => !claimed.has(i));
}

/**
 * What the form needs of a draft to show it: an object whose lists are lists. Anything inside
 * may be wrong (that is what the form is for); a draft without this shape cannot be shown.
 */
const list = z.optional(z.array(z.unknown()));
const showableDraftSchema = z.looseObject({
  codes: z.optional(z.record(z.string(), z.unknown())),
  evidence: list,
  actors: list,
  instruments: list,
  examples: list,
  lessons: list,
  facts: list,
});

export type DraftRead =
  | { status: 'none' }
  | { status: 'ok'; draft: Draft }
  /** Stored but unreadable: `name` is the draft's name where one could be read. */
  | { status: 'setAside'; raw: string; name: string | null };

/** Reads the saved draft; one that cannot be shown is set aside, never thrown over. */
export function readDraft(storage: GuardedStorage = browserStorage()): DraftRead {
  const text = storage.read(DRAFT_STORAGE_KEY);
  if (text === null) return { status: 'none' };
  const parsed = parseJsonText(text);
  const value: unknown = parsed.ok ? parsed.value : undefined;
  const shown = showableDraftSchema.safeParse(value);
  if (shown.success) return { status: 'ok', draft: shown.data };
  const name = (value as { name?: unknown } | undefined)?.name;
  return {
    status: 'setAside',
    raw: text,
    name: typeof name === 'string' && name.trim() ? name.trim().slice(0, 80) : null,
  };
}

/** Where a draft that could not be read is kept when a new one takes its place. */
export const setAsideDraftKey = (at: Date) => `${DRAFT_STORAGE_KEY}.set-aside.${at.getTime()}`;

/**
 * Saves the draft; false when the browser refuses (it then lasts for this visit). `replacing`
 * is a stored draft that could not be read: it is moved to a key of its own first, not lost.
 */
export function saveDraft(
  draft: Draft,
  storage: GuardedStorage = browserStorage(),
  replacing?: string,
  now: Date = new Date(),
): boolean {
  if (replacing !== undefined) storage.write(setAsideDraftKey(now), replacing);
  return storage.write(DRAFT_STORAGE_KEY, JSON.stringify(draft));
}

/** The corpus with this model added, or in place of the model with the same id. */
export function withModel(bundle: Bundle, model: Model): Validated<Bundle> {
  const others = bundle.models.filter((m) => m.id !== model.id);
  const replaced = others.length < bundle.models.length;
  const models = replaced
    ? bundle.models.map((m) => (m.id === model.id ? model : m))
    : [...others, model];
  return validateBundle({ ...bundle, models });
}
