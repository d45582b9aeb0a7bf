import { resolve } from 'node:path';

// import.meta.dirname is a file path under Node and vitest's node environment; jsdom's module URLs
// are not file: URLs, so fall back to the working folder (npm scripts always run from the root).
const here = (import.meta as { dirname?: string }).dirname;
export const repoRoot = `${here ? resolve(here, '../..') : process.cwd()}/`;
export const fixturesDir = `${repoRoot}tests/fixtures`;
/** The source article lives beside the repository, in the shared folder. */
export const sourceArticle = resolve(
  repoRoot,
  '../shared/source/foreign-experience-regional-clusters.md',
);
