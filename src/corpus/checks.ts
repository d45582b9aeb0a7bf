/**
 * Cross-checks: the rules a schema cannot express alone, because they relate one part of the
 * corpus to another (codebook ↔ codes, evidence ids ↔ references, nodes ↔ links).
 * Each returns located issues; an empty list means the rule holds.
 */
import { SHARE_TOLERANCE } from './schema.ts';
import type { Bundle, Codebook, Evidence, Model, Tour } from './schema.ts';
import { checkCodingsAndReviews } from './coding-checks.ts';
import type { EvidenceKey } from './vocabulary.ts';
import type { CorpusIssue, JsonPath } from './issues.ts';
import { isVerbatimIn } from './source-text.ts';
import type { ArticleText } from './source-text.ts';

export { SHARE_TOLERANCE };

function duplicates<T>(
  items: readonly T[],
  key: (item: T) => string,
): { key: string; index: number }[] {
  const seen = new Set<string>();
  const found: { key: string; index: number }[] = [];
  items.forEach((item, index) => {
    const k = key(item);
    if (seen.has(k)) found.push({ key: k, index });
    seen.add(k);
  });
  return found;
}

function checkUniqueIds(model: Model, at: JsonPath): CorpusIssue[] {
  const lists = [
    ['evidence', model.evidence],
    ['actors', model.actors],
    ['instruments', model.instruments],
    ['codes.firmHierarchy.structure.nodes', model.codes.firmHierarchy.structure.nodes],
  ] as const;
  return lists.flatMap(([field, list]) =>
    duplicates<{ id: string }>(list, (x) => x.id).map(({ key, index }) => ({
      path: [...at, ...field.split('.'), index, 'id'],
      problem: `repeats the id "${key}"`,
      expected: `an id used only once in ${field.split('.').pop() ?? field}`,
    })),
  );
}

function checkEvidenceRefs(model: Model, at: JsonPath): CorpusIssue[] {
  const known = new Set(model.evidence.map((e) => e.id));
  const issues: CorpusIssue[] = [];
  const refer = (path: JsonPath, ids: readonly string[]) => {
    ids.forEach((id, i) => {
      if (!known.has(id)) {
        issues.push({
          path: [...at, ...path, i],
          problem: `names evidence "${id}", which does not exist`,
          expected: 'the id of an entry in this model\'s "evidence" list',
        });
      }
    });
  };
  for (const [dim, code] of Object.entries(model.codes))
    refer(['codes', dim, 'evidence'], code.evidence);
  model.actors.forEach((a, i) => refer(['actors', i, 'evidence'], a.evidence));
  model.instruments.forEach((x, i) => refer(['instruments', i, 'evidence'], x.evidence));
  model.examples.forEach((x, i) => refer(['examples', i, 'evidence'], x.evidence));
  model.lessons.forEach((x, i) => refer(['lessons', i, 'evidence'], x.evidence));
  model.facts.forEach((f, i) => {
    if (!known.has(f.evidence)) {
      issues.push({
        path: [...at, 'facts', i, 'evidence'],
        problem: `names evidence "${f.evidence}", which does not exist`,
        expected: 'the id of an entry in this model\'s "evidence" list',
      });
    }
  });
  return issues;
}

function checkStructure(model: Model, at: JsonPath): CorpusIssue[] {
  const { nodes, links } = model.codes.firmHierarchy.structure;
  const ids = new Set(nodes.map((n) => n.id));
  const base = [...at, 'codes', 'firmHierarchy', 'structure', 'links'];
  return links.flatMap((link, i) =>
    (['source', 'target'] as const)
      .filter((end) => !ids.has(link[end]))
      .map((end) => ({
        path: [...base, i, end],
        problem: `names node "${link[end]}", which does not exist`,
        expected: 'the id of a node in structure.nodes',
      })),
  );
}

function checkAgainstCodebook(model: Model, codebook: Codebook, at: JsonPath): CorpusIssue[] {
  const issues: CorpusIssue[] = [];
  const codes = model.codes as Record<string, unknown>;
  for (const dim of codebook.dimensions) {
    const code = codes[dim.id] as { value: unknown } | undefined;
    const path = [...at, 'codes', dim.id];
    if (!code) {
      issues.push({
        path,
        problem: 'is missing',
        expected: `a code for the dimension "${dim.label}"`,
      });
      continue;
    }
    if (dim.kind === 'ordinal' && dim.steps) {
      const allowed = dim.steps.map((s) => s.value);
      if (!allowed.includes(code.value as number)) {
        issues.push({
          path: [...path, 'value'],
          problem: `value ${String(code.value)} is off the scale`,
          expected: `one of the codebook's steps ${allowed.join(', ')}`,
        });
      }
    }
    if (dim.kind === 'shares' && dim.categories) {
      const shares = code.value as Record<string, number>;
      const total = dim.categories.reduce((sum, c) => sum + (shares[c.id] ?? 0), 0);
      if (Math.abs(total - 1) > SHARE_TOLERANCE) {
        issues.push({
          path: [...path, 'value'],
          problem: `shares sum to ${Number(total.toFixed(4))}`,
          expected: `shares that sum to 1 (± ${SHARE_TOLERANCE})`,
        });
      }
    }
  }
  return issues;
}

/** Every rule for one model that the schema alone cannot check. */
export function checkModel(model: Model, codebook: Codebook, at: JsonPath = []): CorpusIssue[] {
  return [
    ...checkAgainstCodebook(model, codebook, at),
    ...checkUniqueIds(model, at),
    ...checkEvidenceRefs(model, at),
    ...checkStructure(model, at),
  ];
}

const paragraphNumber = (locator: string) => Number(locator.slice(1));

/**
 * Every locator names a paragraph its source has (by the source's paragraph count, or the
 * article's when the corpus lists no sources), and, where we hold the source's text, every quote
 * stands verbatim in the paragraph it names. Evidence that names an unknown source is left to
 * the unknown-source rule.
 */
export function checkEvidenceSources(bundle: Bundle, article?: ArticleText): CorpusIssue[] {
  const fallbackId = bundle.sources[0]?.id ?? article?.id;
  const countOf = (id: string | undefined): number | undefined =>
    bundle.sources.length
      ? bundle.sources.find((s) => s.id === id)?.paragraphs
      : id === article?.id
        ? article?.paragraphs.size
        : undefined;
  const pastTheEnd = (path: JsonPath, locator: string, id: string, count: number) => ({
    path,
    problem: `names paragraph ${locator}, but the source "${id}" has ${count} paragraphs`,
    expected: `a paragraph from p1 to p${count}`,
  });
  const checkOne = (e: Evidence, path: JsonPath): CorpusIssue[] => {
    const id = e.source ?? fallbackId;
    const count = countOf(id);
    if (id === undefined || count === undefined) return [];
    if (paragraphNumber(e.locator) > count)
      return [pastTheEnd([...path, 'locator'], e.locator, id, count)];
    if (!article || id !== article.id) return [];
    const paragraph = article.paragraphs.get(e.locator);
    if (paragraph === undefined)
      return [
        {
          path: [...path, 'locator'],
          problem: `names paragraph ${e.locator}, which the article's text does not have`,
          expected: `a paragraph from p1 to p${article.paragraphs.size}`,
        },
      ];
    if (isVerbatimIn(e.quote, paragraph)) return [];
    return [
      {
        path: [...path, 'quote'],
        problem: `is not verbatim in paragraph ${e.locator} of the article`,
        expected: `the article's own words from ${e.locator}; only spacing may differ`,
      },
    ];
  };
  const fromModels = bundle.models.flatMap((m, mi) =>
    m.evidence.flatMap((e, ei) => checkOne(e, ['models', mi, 'evidence', ei])),
  );
  const fromConcepts = bundle.concepts.items.flatMap((c, ci) =>
    c.evidence.flatMap((e, ei) => checkOne(e, ['concepts', 'items', ci, 'evidence', ei])),
  );
  const fromReferences = bundle.sources.flatMap((source, si) =>
    source.references.flatMap((r, ri) =>
      r.locators.flatMap((locator, li) =>
        paragraphNumber(locator) > source.paragraphs
          ? [
              pastTheEnd(
                ['sources', si, 'references', ri, 'locators', li],
                locator,
                source.id,
                source.paragraphs,
              ),
            ]
          : [],
      ),
    ),
  );
  return [...fromModels, ...fromConcepts, ...fromReferences];
}

/**
 * Every rule for a whole bundle: each model, model ids and concept evidence ids unique, sources
 * that exist, locators inside their source, and (given the article's text) verbatim quotes.
 */
export function checkBundle(bundle: Bundle, article?: ArticleText): CorpusIssue[] {
  const modelIssues = bundle.models.flatMap((m, i) =>
    checkModel(m, bundle.codebook, ['models', i]),
  );
  const modelIds = duplicates(bundle.models, (m) => m.id).map(({ key, index }) => ({
    path: ['models', index, 'id'],
    problem: `repeats the model id "${key}"`,
    expected: 'each model id once per corpus',
  }));
  const conceptEvidence = bundle.concepts.items.flatMap((c, ci) =>
    c.evidence.map((e, ei) => ({
      id: e.id,
      path: ['concepts', 'items', ci, 'evidence', ei, 'id'],
    })),
  );
  const conceptIds = duplicates(conceptEvidence, (e) => e.id).map(({ key, index }) => ({
    path: conceptEvidence[index]?.path ?? ['concepts'],
    problem: `repeats the evidence id "${key}"`,
    expected: 'each evidence id once among the concepts',
  }));
  const sourceIds = new Set(bundle.sources.map((x) => x.id));
  const unknownSources = bundle.models.flatMap((m, mi) =>
    m.evidence.flatMap((e, ei) =>
      e.source !== undefined && !sourceIds.has(e.source)
        ? [
            {
              path: ['models', mi, 'evidence', ei, 'source'],
              problem: `names the source "${e.source}", which is not in the corpus`,
              expected: `the id of a source in "sources"${sourceIds.size ? ` (${[...sourceIds].join(', ')})` : ''}`,
            },
          ]
        : [],
    ),
  );
  const ids = new Set(bundle.models.map((m) => m.id));
  const tourIssues = bundle.tours.flatMap((tour, i) =>
    checkTour(tour, ids, ['tours', i], bundle.models),
  );
  const tourIds = duplicates(bundle.tours, (t) => t.id).map(({ key, index }) => ({
    path: ['tours', index, 'id'],
    problem: `repeats the tour id "${key}"`,
    expected: 'each tour id once per corpus',
  }));
  return [
    ...modelIssues,
    ...modelIds,
    ...unknownSources,
    ...checkEvidenceSources(bundle, article),
    ...conceptIds,
    ...tourIssues,
    ...tourIds,
    ...checkCodingsAndReviews(bundle),
  ];
}

/** Every model a tour step names must exist in the corpus, and tour ids must be unique. */
export function checkTour(
  tour: Tour,
  modelIds: ReadonlySet<string>,
  at: JsonPath = [],
  /** The corpus's models: given, a step's chosen quote is checked to exist. */
  models?: readonly Model[],
): CorpusIssue[] {
  const issues: CorpusIssue[] = [];
  const known = (path: JsonPath, model: string) => {
    if (!modelIds.has(model)) {
      issues.push({
        path: [...at, ...path],
        problem: `names model "${model}", which is not in the corpus`,
        expected: 'the id of a model in the corpus',
      });
    }
  };
  tour.steps.forEach((step, i) => {
    step.models?.forEach((m, k) => known(['steps', i, 'models', k], m));
    if (step.focus) known(['steps', i, 'focus'], step.focus);
    if (step.evidence) known(['steps', i, 'evidence', 'model'], step.evidence.model);
    const quote = step.evidence?.quote;
    const model = models?.find((m) => m.id === step.evidence?.model);
    if (step.evidence && quote !== undefined && model) {
      const count = quoteCount(model, step.evidence.key);
      if (quote >= count)
        issues.push({
          path: [...at, 'steps', i, 'evidence', 'quote'],
          problem: `asks for quote ${quote}, but ${model.id}'s ${step.evidence.key} has ${count} quote(s)`,
          expected: `a number from 0 to ${Math.max(0, count - 1)} (0 is the first quote)`,
        });
    }
  });
  return issues;
}

/**
 * How many quotes back a model's coded dimension or entry list, counted as a slide counts them
 * (lists flattened in order, each quote once: see evidence/slide-quote.ts).
 */
export function quoteCount(model: Model, key: EvidenceKey): number {
  if (key === 'actors' || key === 'instruments' || key === 'lessons')
    return new Set(model[key].flatMap((item) => item.evidence)).size;
  return model.codes[key].evidence.length;
}
