/**
 * Vite plugin: preloads the Latin text fonts from index.html, so the browser fetches them with the
 * scripts instead of discovering them only after the stylesheet is applied. The first render waits
 * for the font (to avoid a layout shift), so fetching it early shortens the first paint of content.
 */
import type { Plugin } from 'vite';

export function fontPreloadPlugin(
  pattern = /noto-sans-latin-(400|700)-normal-[\w-]+\.woff2$/,
): Plugin {
  return {
    name: 'cluster-atlas-font-preload',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = Object.keys(ctx.bundle ?? {}).filter((f) => pattern.test(f));
        return files.map((file) => ({
          tag: 'link',
          attrs: {
            rel: 'preload',
            as: 'font',
            type: 'font/woff2',
            href: `./${file}`,
            crossorigin: 'anonymous',
          },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
