/**
 * Vite plugin: starts every chunk with V8's explicit compile hint, `//# allFunctionsCalledOnLoad`
 * (Chromium 136+; other engines read a comment). Chromium then compiles the chunk's functions on
 * the thread that streams it in, instead of each on the main thread the first time it runs. The
 * app fetches a chunk only to run it (a view it shows, a dialog it opens, the next tour step), and
 * a view's first render ran some 540 functions for the first time: at 4× CPU throttle, 110-300 ms
 * of its main thread went to compiling them.
 *
 * The hint must open the file: after Vite's list of chunk names (`const __vite__mapDeps=…`, which
 * Vite writes at the top of a chunk that loads others, once the chunk is rendered) Chromium no
 * longer reads it, and those were the app's largest chunks. So it is written here, last, as Vite
 * writes that list; like it, after the chunk's hash was taken, which the constant line leaves
 * meaningful (a name still stands for one content).
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
}

export function compileHintPlugin(): Plugin {
  return {
    name: 'cluster-atlas-compile-hint',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle))
          if (file.type === 'chunk') file.code = withCompileHint(file.code);
      },
    },
  };
}
