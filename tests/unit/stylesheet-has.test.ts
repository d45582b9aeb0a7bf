import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';

const stylesDir = join(repoRoot, 'src/ui/styles');
const sheets = readdirSync(stylesDir).filter((f) => f.endsWith('.css'));

/**
 * A `:has()` with a state inside it (`:has(input:checked)`, `:has(.term:hover)`) made Chromium
 * work out again the style of everything in a container whenever an element was added to it:
 * a chart's tooltip cost 20 ms of style at 4× throttle with 200 models instead of 4, on every
 * page (src/views/article/ArticleParagraph.tsx says more). The app sets a class instead.
 */
describe('the stylesheet', () => {
  it('has CSS files to read', () => {
    expect(sheets.length).toBeGreaterThan(10);
  });

  it.each(sheets)('%s has no :has() with a state pseudo-class inside', (file) => {
    const css = readFileSync(join(stylesDir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const found = css.match(
      /:has\((?:[^()]|\([^()]*\))*:(?:hover|focus|focus-visible|focus-within|checked|active|disabled|indeterminate|invalid|valid|target|open)\b/g,
    );
    expect(found ?? []).toEqual([]);
  });
});
