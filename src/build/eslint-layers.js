/**
 * The import rule that keeps the house standing: code depends only on layers below its own (or
 * beside it, where the table says so), so data flows one way — corpus → state → features and
 * charts → views → shell. An import against that flow is a lint error, and so fails `npm test`.
 *
 * Plain JavaScript so that eslint.config.js can load it without a TypeScript loader.
 */
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * Every folder of src/ and its layer (lower numbers are nearer the ground). A file may import a
 * file of a lower layer, or of its own folder; `peers` lists the other folders of the same
 * layer it may use. `only` narrows a folder to the folders it may import at all.
 */
const FEATURES = ['charts', 'evidence', 'tours', 'profile', 'export', 'user-corpus', 'search'];

export const LAYERS = {
  lib: { rank: 0, note: 'helpers that know nothing of the app' },
  corpus: { rank: 1, note: 'format, vocabulary, validation, I/O' },
  i18n: { rank: 2, note: 'catalogues and Intl formatting' },
  state: { rank: 2, note: 'the store and the URL' },
  charts: { rank: 3, only: ['lib', 'corpus', 'charts'], note: 'drawing parts: props in, SVG out' },
  // Features: one folder each, holding its logic and the components that belong to it. They may
  // draw with charts/ and use each other (a tour step opens evidence), never views or the shell.
  evidence: { rank: 3, peers: FEATURES },
  tours: { rank: 3, peers: FEATURES },
  profile: { rank: 3, peers: FEATURES },
  export: { rank: 3, peers: FEATURES },
  'user-corpus': { rank: 3, peers: FEATURES },
  search: { rank: 3, peers: FEATURES },
  views: { rank: 4 },
  ui: { rank: 5, note: 'the shell' },
  // The app's tree, shared by the browser's entry and the build's server render of it.
  'app-root.tsx': { rank: 5.5 },
  'main.tsx': { rank: 6 },
  'bake.tsx': { rank: 6, note: "the build's server render of the first page" },
  'boot.ts': { rank: 7, note: "the page's entry: the stylesheet, then main.tsx once painted" },
  // Tools outside the app: they may use the corpus layer and nothing of the app above it.
  build: { rank: 1.5, only: ['lib', 'corpus', 'build'] },
  cli: { rank: 1.5, only: ['lib', 'corpus', 'cli'] },
};

/** The layer of a path relative to src/, or null outside src/. */
export function layerOf(pathFromSrc) {
  if (pathFromSrc.startsWith('..')) return null;
  const top = pathFromSrc.split(sep)[0];
  return top in LAYERS ? top : null;
}

/** Why `from` may not import `to` (both folders of src/), or null where it may. */
export function layerProblem(from, to) {
  if (from === to) return null;
  const a = LAYERS[from];
  const b = LAYERS[to];
  if (a.only) return a.only.includes(to) ? null : `${from}/ may import only ${a.only.join(', ')}`;
  if (b.rank < a.rank) return null;
  if (b.rank === a.rank && a.peers?.includes(to)) return null;
  return `${from}/ (layer ${a.rank}) may not import ${to}/ (layer ${b.rank}): imports go down only`;
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports go one way: down the layers of src/, never into tests/.' },
    schema: [],
    messages: { against: '{{problem}} (README: Architecture).', tests: '{{problem}}' },
  },
  create(context) {
    const file = context.filename;
    const srcRoot = resolve(context.cwd, 'src');
    const fromPath = relative(srcRoot, file);
    const from = layerOf(fromPath);
    if (!from) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = resolve(dirname(file), spec);
      const toPath = relative(srcRoot, target);
      if (toPath.startsWith('..')) {
        if (relative(resolve(context.cwd, 'tests'), target).startsWith('..')) return;
        context.report({
          node,
          messageId: 'tests',
          data: { problem: 'production code never imports tests/' },
        });
        return;
      }
      const to = layerOf(toPath);
      if (!to) return;
      const problem = layerProblem(from, to);
      if (problem) context.report({ node, messageId: 'against', data: { problem } });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) =>
        node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export default { rules: { layers: layersRule } };
