/**
 * Offline and installable: a Workbox service worker precaches the app, the corpus and the fonts,
 * so after one visit every view and tour works with the network off (a lecture hall without
 * Wi-Fi). A new version waits until the user reloads ("prompt"): it never swaps under a lecture.
 * The worker is registered from our own module (src/ui/offline.ts), never from an inline script.
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';

export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  injectRegister: false,
  manifestFilename: 'manifest.webmanifest',
  manifest: {
    name: 'Cluster Atlas',
    short_name: 'Cluster Atlas',
    description:
      'Compare how countries build regional industrial clusters: state role, governance level, sector focus and firm hierarchy, each judgement traced to its source passage.',
    lang: 'en',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b4f7c',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      {
        src: 'icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  },
  workbox: {
    // Code, styles, the page, the corpus, the JSON Schema, woff2 fonts and the favicon (the plugin adds the manifest and its icons). Older woff files
    // are left out: every browser with a service worker reads woff2.
    globPatterns: ['**/*.{js,css,html,json,woff2,svg}'],
    // Any address of the app (views and tours are query strings on one page) opens the cached page.
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // The JS catalogues are small, but a grown corpus may pass Workbox's default 2 MiB cut-off.
    maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
  },
  devOptions: { enabled: false },
};
