/**
 * The model editor's data: a draft is any JSON the user is shaping into a model. These pure
 * functions start drafts, change them at a path, say which problems belong to which field, keep
 * the draft across visits and put a finished model into a corpus.
 */
import { formatPath } from '../../corpus/issues';
import type { CorpusIssue, JsonPath } from '../../corpus/issues';
import type { Bundle, Codebook, Model } from '../../corpus/schema';
import { validateBundle, validateModel } from '../../corpus/validate';
import type { Validated } from '../../corpus/validate';

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

/** Reads the saved draft; anything unreadable counts as no draft (the editor starts afresh). */
export function loadDraft(storage: Pick<Storage, 'getItem'> | undefined): Draft | null {
  try {
    const text = storage?.getItem(DRAFT_STORAGE_KEY);
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Draft)
      : null;
  } catch {
    return null;
  }
}

/** Saves the draft; false when the browser refuses (private mode, storage full). */
export function saveDraft(storage: Pick<Storage, 'setItem'> | undefined, draft: Draft): boolean {
  try {
    storage?.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draft));
    return storage !== undefined;
  } catch {
    return false;
  }
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
