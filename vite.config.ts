import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { corpusPlugin } from './src/build/corpus-plugin.ts';
import { fontPreloadPlugin } from './src/build/font-preload-plugin.ts';
import { pwaOptions } from './src/build/pwa-options.ts';
import { cspPlugin } from './src/build/csp-plugin.ts';
import { bakePlugin } from './src/build/bake-plugin.ts';
import { alternatesPlugin } from './src/build/alternates-plugin.ts';
import { compileHintPlugin } from './src/build/compile-hint-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  // Relative asset URLs so the build works from any folder of any static host.
  base: './',
  plugins: [
    react(),
    corpusPlugin(root),
    bakePlugin(root),
    fontPreloadPlugin(),
    alternatesPlugin(),
    cspPlugin(),
    compileHintPlugin(),
    VitePWA(pwaOptions),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // dist/.vite/manifest.json: which chunks each entry and main.tsx import, read by the
    // initial-JavaScript budget (tests/budget/initial-js.ts).
    manifest: true,
    // No polyfill in the entry: every browser the build targets but Safari 16 preloads modules
    // itself, and there the app's chunks load all the same, one after another.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // Vite's helper for dynamic imports, which the entry (src/boot.ts) uses to load
              // main.tsx: in a file of its own, or it would join the group below and the entry
              // would fetch all of the first page's code before the first paint after all.
              name: 'import-helper',
              test: /vite[\\/]preload-helper/,
              priority: 2,
            },
            {
              priority: 1,
              // What the first page needs and later chunks share (React, the string lookup,
              // zustand, the corpus ids, the store, the type scale, palette and markers): one
              // file rather than several small ones, because each extra request at page load
              // queues behind the six a browser opens per host over HTTP/1.1 (Lighthouse mobile
              // LCP +0.3–0.5 s when the first paint waited for them; now they delay hydration).
              name: 'first-page',
              test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store|zustand)[\\/]|src[\\/](corpus[\\/](ids|derive|vocabulary|profile)|i18n[\\/](strings|react)|state[\\/][\w-]+|lib[\\/](keys|perf)|charts[\\/](type-scale|palette|markers))\.tsx?$/,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
          // A busy two-core machine compiles each on-demand view on first use: give it time.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
