/**
 * Vite plugin: bakes the first page into the built index.html (issue 18). The app's overview of the
 * bundled corpus is rendered on the server (src/bake.tsx, loaded through Vite's module loader, so
 * it is the same source the browser runs) and written into #root, with the state it was drawn in
 * as `data-first-page`; main.tsx hydrates it when its own opening state has that key.
 *
 * The page then paints its heading and cards from the HTML alone, before any script has run.
 * The baked HTML must hold no inline script or style (the CSP refuses both, and a refused style
 * would never be put back by hydration): the build fails if it does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, minifySync } from 'vite';
import type { Plugin } from 'vite';
import { CORPUS_ASSET } from './corpus-plugin.ts';

/**
 * The script (src/first-page-guard.js) that hides the baked page from a visit that opens
 * elsewhere: a deep link, another language (by link, memory or browser), a presenter window. It
 * runs before the first paint (a small blocking script in the head; the CSP refuses inline ones)
 * and marks <html>; the stylesheet then shows the loading line instead of the overview, and
 * main.tsx, which decides for good (it hydrates only when the state matches the baked one
 * exactly), removes the mark once it has rendered. It also sets `<html data-theme>` as main.tsx
 * would, so that a dark reader gets the baked page dark from its first paint. Plain script with no
 * imports, so that it runs as it is; the build writes it minified (firstPageGuardAsBuilt) under
 * this name.
 */
export const FIRST_PAGE_GUARD = 'first-page-guard.js';

/** Where the guard's source lives, from the project's root. */
export const FIRST_PAGE_GUARD_SOURCE = 'src/first-page-guard.js';

/**
 * The guard as the build ships it: minified, as the bundle's own code is. It is on the first
 * page's critical path and counted in its JavaScript budget; served as written, its comments and
 * indentation were 386 of its 891 bytes gzipped. The unit test runs both versions.
 */
export function firstPageGuardAsBuilt(source: string): string {
  const result = minifySync(FIRST_PAGE_GUARD, source, { compress: true, mangle: true });
  if (result.errors.length > 0)
    throw new Error(`${FIRST_PAGE_GUARD_SOURCE} does not minify: ${result.errors[0]?.message}`);
  return result.code;
}

export interface BakedPage {
  /** The HTML inside #root. */
  html: string;
  /** firstPageKey of the state it was drawn in. */
  key: string;
  /** Resource hints React hoisted out of the tree (e.g. an image preload), for the head. */
  head: string;
}

/** Why baked HTML may not go into the page, or null where it may. */
export function bakedHtmlProblem(html: string): string | null {
  if (/<script\b/i.test(html))
    return 'it holds a <script> element (the CSP refuses inline scripts)';
  const style = /\sstyle="[^"]*"/i.exec(html);
  if (style)
    return `it holds an inline style (${style[0].trim()}), which the CSP refuses: draw it with an attribute or a class`;
  if (/<template\b/i.test(html))
    return 'it holds a Suspense placeholder that needs a script to fill';
  return null;
}

/** index.html with the baked page in #root and its hints in the head. */
export function withBakedPage(indexHtml: string, page: BakedPage): string {
  const root = /<div id="root">[\s\S]*?<\/div>(?=\s*<noscript>)/;
  if (!root.test(indexHtml)) throw new Error('index.html has no #root element before <noscript>');
  const key = page.key.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return indexHtml
    .replace(root, () => `<div id="root" data-first-page="${key}">${page.html}</div>`)
    .replace(
      '</head>',
      // Blocking on purpose (it is tiny, and fetched beside the stylesheet, which blocks too): it
      // must mark a visit that opens elsewhere before the baked overview is painted.
      () => `${page.head}<script src="./${FIRST_PAGE_GUARD}"></script></head>`,
    );
}

export function bakePlugin(root: string): Plugin {
  return {
    name: 'cluster-atlas-bake',
    apply: 'build',
    generateBundle() {
      const source = readFileSync(join(root, FIRST_PAGE_GUARD_SOURCE), 'utf8');
      this.emitFile({
        type: 'asset',
        fileName: FIRST_PAGE_GUARD,
        source: firstPageGuardAsBuilt(source),
      });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        // The corpus.json this build ships (corpusPlugin has emitted it by now), not a second
        // reading of data/: the page is baked from exactly what the browser will fetch.
        const asset = ctx.bundle?.[CORPUS_ASSET];
        if (asset?.type !== 'asset') throw new Error(`the build has not emitted ${CORPUS_ASSET}`);
        const corpusText =
          typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        // A module loader over the project's own config (its plugins resolve what the app imports);
        // this plugin applies to builds only, so it does not run inside it again.
        const server = await createServer({
          root,
          logLevel: 'error',
          server: { middlewareMode: true, hmr: false, ws: false, watch: null },
          appType: 'custom',
        });
        try {
          const { bakeFirstPage } = (await server.ssrLoadModule('/src/bake.tsx')) as {
            bakeFirstPage: (corpusText: string) => Promise<BakedPage>;
          };
          const page = await bakeFirstPage(corpusText);
          const problem = bakedHtmlProblem(page.html);
          if (problem)
            throw new Error(`the baked first page cannot go into index.html: ${problem}`);
          return withBakedPage(html, page);
        } finally {
          await server.close();
        }
      },
    },
  };
}
