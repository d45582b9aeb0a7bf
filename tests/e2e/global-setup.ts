/**
 * Serves the production build once for all end-to-end specs and makes sure a Chromium is there:
 * found on this machine, or Playwright's downloaded now (once per run, never per spec), so a
 * missing browser fails early with one message that says how to install one.
 */
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../src/cli/chromium';
import { startPreview } from '../support/preview-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  await ensureChromium();
  const server = await startPreview();
  project.provide('baseUrl', server.url);
  return async () => server.close();
}
