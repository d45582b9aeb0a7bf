import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const fixturesDir = `${repoRoot}tests/fixtures`;
/** The source article lives beside the repository, in the shared folder. */
export const sourceArticle = fileURLToPath(
  new URL('../../../shared/source/foreign-experience-regional-clusters.md', import.meta.url),
);
