/**
 * Serves the production build (dist/) on a free loopback port, as `vite preview` does.
 */
import { existsSync } from 'node:fs';
import { preview } from 'vite';

import { repoRoot } from './paths';
export { repoRoot };

/**
 * The build to serve: dist/, or the folder ATLAS_DIST names (so that several people working in one
 * tree can each build and test their own: `vite build --outDir /tmp/a && ATLAS_DIST=/tmp/a …`).
 */
const outDir = process.env.ATLAS_DIST ?? `${repoRoot}/dist`;

export async function startPreview(port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(
      'No production build in dist/: run "npm run build" first (npm test does it for you).',
    );
  }
  const server = await preview({
    root: repoRoot,
    configFile: `${repoRoot}/vite.config.ts`,
    logLevel: 'silent',
    build: { outDir },
    preview: { port, strictPort: false, host: '127.0.0.1', open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
