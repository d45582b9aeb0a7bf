/**
 * Cross-checks for several codings and for reviews: the rules the schema cannot express because
 * they relate a coding to the coders, the evidence and the codebook, or a review's answers to its
 * findings and to the corpus they changed.
 */
import type { CorpusIssue, JsonPath } from './issues.ts';
import { SHARE_TOLERANCE } from './schema.ts';
import type { Bundle, HierarchyCode, Model } from './schema.ts';

const declaredCoders = (bundle: Bundle) => bundle.sources.flatMap((s) => s.coders ?? []);

function checkCoders(bundle: Bundle): CorpusIssue[] {
  const issues: CorpusIssue[] = [];
  bundle.sources.forEach((source, si) => {
    const coders = source.coders ?? [];
    if (coders.length === 0) return;
    const reconciled = coders.filter((c) => c.role === 'reconciled').length;
    if (reconciled !== 1)
      issues.push({
        path: ['sources', si, 'coders'],
        problem: `names ${reconciled} coders with the role "reconciled"`,
        expected: 'exactly one reconciled coder: the one whose coding the views show by default',
      });
    coders.forEach((c, ci) => {
      if (coders.findIndex((d) => d.id === c.id) !== ci)
        issues.push({
          path: ['sources', si, 'coders', ci, 'id'],
          problem: `repeats the coder id "${c.id}"`,
          expected: 'each coder id once',
        });
    });
  });
  return issues;
}

function checkModelCodings(model: Model, at: JsonPath, bundle: Bundle): CorpusIssue[] {
  const coders = declaredCoders(bundle);
  const known = new Set(model.evidence.map((e) => e.id));
  const issues: CorpusIssue[] = [];
  for (const [dimension, code] of Object.entries(model.codes)) {
    (code.codings ?? []).forEach((coding, ci) => {
      const path = [...at, 'codes', dimension, 'codings', ci];
      const coder = coders.find((c) => c.id === coding.coder);
      if (!coder)
        issues.push({
          path: [...path, 'coder'],
          problem: `names the coder "${coding.coder}", who is not described`,
          expected: `a coder of the source's "coders"${coders.length ? ` (${coders.map((c) => c.id).join(', ')})` : ''}`,
        });
      else if (coder.role === 'reconciled')
        issues.push({
          path: [...path, 'coder'],
          problem: `lists the reconciled coder "${coder.id}" as another coding`,
          expected: "the reconciled coding in the code's own fields, other coders under codings",
        });
      if ((code.codings ?? []).findIndex((c) => c.coder === coding.coder) !== ci)
        issues.push({
          path: [...path, 'coder'],
          problem: `gives the coder "${coding.coder}" a second coding of this value`,
          expected: 'one coding per coder and value',
        });
      coding.evidence.forEach((id, ei) => {
        if (!known.has(id))
          issues.push({
            path: [...path, 'evidence', ei],
            problem: `names evidence "${id}", which does not exist`,
            expected: 'the id of an entry in this model\'s "evidence" list',
          });
      });
      if (typeof coding.value === 'object') {
        const total = Object.values(coding.value).reduce((sum, v) => sum + v, 0);
        if (Math.abs(total - 1) > SHARE_TOLERANCE)
          issues.push({
            path: [...path, 'value'],
            problem: `shares sum to ${Number(total.toFixed(4))}`,
            expected: `shares that sum to 1 (± ${SHARE_TOLERANCE})`,
          });
      }
      // Only hierarchy codings draw a structure of their own.
      const { structure } = coding as { structure?: HierarchyCode['structure'] };
      if (structure) {
        const ids = new Set(structure.nodes.map((n) => n.id));
        structure.links.forEach((link, li) => {
          for (const end of ['source', 'target'] as const)
            if (!ids.has(link[end]))
              issues.push({
                path: [...path, 'structure', 'links', li, end],
                problem: `names node "${link[end]}", which does not exist`,
                expected: "the id of a node in this coding's structure.nodes",
              });
        });
      }
    });
  }
  return issues;
}

/** The part of the corpus a changed path's file names, or undefined if the corpus has no such file. */
function fileRoot(bundle: Bundle, file: string): unknown {
  if (file === 'codebook.json') return bundle.codebook;
  if (file === 'sources.json') return bundle.sources;
  if (file === 'concepts.json') return bundle.concepts;
  const [folder, name] = file.split('/');
  const id = name?.replace(/\.json$/, '');
  if (folder === 'models') return bundle.models.find((m) => m.id === id);
  if (folder === 'tours') return bundle.tours.find((t) => t.id === id);
  return undefined;
}

/** Whether an RFC 6901 pointer names something inside `root`. */
export function pointerExists(root: unknown, pointer: string): boolean {
  if (pointer === '') return root !== undefined;
  let at: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(at)) {
      if (!/^(0|[1-9][0-9]*)$/.test(key) || Number(key) >= at.length) return false;
      at = at[Number(key)];
    } else if (typeof at === 'object' && at !== null && Object.hasOwn(at, key)) {
      at = (at as Record<string, unknown>)[key];
    } else return false;
  }
  return true;
}

/** Whether a changed path ("models/italy.json#/summary") names something the corpus has. */
export function changedPathExists(bundle: Bundle, path: string): boolean {
  const hash = path.indexOf('#');
  const root = fileRoot(bundle, path.slice(0, hash));
  return root !== undefined && pointerExists(root, path.slice(hash + 1));
}

function checkReviews(bundle: Bundle): CorpusIssue[] {
  const coders = declaredCoders(bundle);
  const paragraphs = bundle.sources[0]?.paragraphs;
  return bundle.reviews.flatMap((review, ri) => {
    const at: JsonPath = ['reviews', ri];
    const issues: CorpusIssue[] = [];
    if (!coders.some((c) => c.id === review.coder))
      issues.push({
        path: [...at, 'coder'],
        problem: `names the coder "${review.coder}", who is not described`,
        expected: 'a coder of the source\'s "coders"',
      });
    const listed = new Set(review.findings);
    review.findings.forEach((finding, fi) => {
      if (review.findings.indexOf(finding) !== fi)
        issues.push({
          path: [...at, 'findings', fi],
          problem: `lists the finding "${finding}" twice`,
          expected: 'each finding id once',
        });
      const answers = review.responses.filter((r) => r.finding === finding).length;
      if (answers !== 1)
        issues.push({
          path: [...at, 'findings', fi],
          problem:
            answers === 0
              ? `"${finding}" has no response`
              : `"${finding}" has ${answers} responses`,
          expected: 'exactly one response to every finding of the review',
        });
    });
    review.responses.forEach((response, i) => {
      const path = [...at, 'responses', i];
      if (!listed.has(response.finding))
        issues.push({
          path: [...path, 'finding'],
          problem: `answers "${response.finding}", which the review does not list`,
          expected: "one of the review's finding ids",
        });
      if (response.verdict === 'declined' && response.changed.length > 0)
        issues.push({
          path: [...path, 'changed'],
          problem: 'declines the finding but lists changes',
          expected: 'no changes for a declined finding, or the verdict "partly"',
        });
      if (response.verdict !== 'declined' && response.changed.length === 0)
        issues.push({
          path: [...path, 'changed'],
          problem: `is "${response.verdict}" but names no change`,
          expected: 'the JSON paths of what changed',
        });
      response.changed.forEach((changed, ci) => {
        if (!changedPathExists(bundle, changed))
          issues.push({
            path: [...path, 'changed', ci],
            problem: `names "${changed}", which the corpus does not have`,
            expected: 'a file of the corpus and a JSON pointer to something in it',
          });
      });
      response.locators.forEach((locator, li) => {
        if (paragraphs !== undefined && Number(locator.slice(1)) > paragraphs)
          issues.push({
            path: [...path, 'locators', li],
            problem: `names paragraph ${locator}, past the source's ${paragraphs}`,
            expected: `a paragraph from p1 to p${paragraphs}`,
          });
      });
    });
    return issues;
  });
}

/** Every rule for codings, coders and reviews in a bundle. */
export function checkCodingsAndReviews(bundle: Bundle): CorpusIssue[] {
  return [
    ...checkCoders(bundle),
    ...bundle.models.flatMap((m, i) => checkModelCodings(m, ['models', i], bundle)),
    ...checkReviews(bundle),
  ];
}
