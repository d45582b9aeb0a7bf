/**
 * Serves the production build once for all end-to-end specs and checks Chromium is there,
 * so a missing browser fails early with one clear message.
 */
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../../src/cli/chromium';
import { startPreview } from '../support/preview-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  chromiumPath();
  const server = await startPreview();
  project.provide('baseUrl', server.url);
  return async () => server.close();
}
