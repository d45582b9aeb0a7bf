/**
 * The build's server render of the first page (src/bake.tsx), on the bundled corpus: what goes
 * into index.html, under which key, and the checks that keep inline script and style out of it.
 * (That the browser hydrates it without a mismatch is tests/e2e/first-paint.e2e.ts.)
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bakeFirstPage } from '../../src/bake';
import { bakedHtmlProblem, withBakedPage } from '../../src/build/bake-plugin';
import { buildCorpusJson } from '../../src/build/corpus-plugin';
import { firstPageKey } from '../../src/state/first-page';
import { createAppStore } from '../../src/state/store';
import { bundledCorpus } from '../support/corpus';
import { repoRoot } from '../support/paths';

const baked = bakeFirstPage(buildCorpusJson(join(repoRoot, 'data')));

describe('the baked first page', () => {
  it('carries the overview: its heading, a card per model with its glyph, the views', async () => {
    const { html } = await baked;
    expect(html).toContain('<h1>Five ways to build a regional cluster</h1>');
    const models = bundledCorpus().models;
    expect(html.match(/class="card-glyph"/g)).toHaveLength(models.length);
    for (const model of models) expect(html).toContain(`?view=model&amp;model=${model.id}`);
    expect(html).toContain('aria-label="Views"');
  }, 60_000);

  it('holds no inline script, inline style or Suspense placeholder (the CSP would refuse them)', async () => {
    const { html, head } = await baked;
    expect(bakedHtmlProblem(html)).toBeNull();
    expect(html.startsWith('<div class="app">')).toBe(true);
    // React's hoisted image preload goes to the head, not into #root.
    expect(head).toMatch(/^<link rel="preload" as="image"/);
  });

  it('is keyed by the state of a plain visit in English', async () => {
    const { key } = await baked;
    const plain = createAppStore({ corpus: { status: 'ready', bundle: bundledCorpus() } });
    expect(key).toBe(firstPageKey(plain.getState()));
    expect(key).toBe('? en content-en reconciled bundled notices-0');
    plain.getState().setLang('ru');
    expect(firstPageKey(plain.getState())).not.toBe(key);
    plain.getState().setLang('en');
    plain.getState().setView('compare');
    expect(firstPageKey(plain.getState())).not.toBe(key);
  });
});

describe('checking baked HTML', () => {
  it('names what the CSP would refuse', () => {
    expect(bakedHtmlProblem('<p>fine</p>')).toBeNull();
    expect(bakedHtmlProblem('<p>a</p><script>x()</script>')).toMatch(/script/);
    expect(bakedHtmlProblem('<rect style="fill:red"></rect>')).toMatch(/style="fill:red"/);
    expect(bakedHtmlProblem('<template id="B:0"></template>')).toMatch(/Suspense/);
    // Text that merely mentions one is text: React writes its quotes as &quot;.
    expect(bakedHtmlProblem('<p>the style=&quot;x&quot; of it</p>')).toBeNull();
  });

  it('puts the page into #root with its key escaped, and its hints and the guard into the head', () => {
    const index =
      '<html><head><title>A</title></head><body><div id="root"><p class="boot-message">Loading…</p></div>\n<noscript>x</noscript></body></html>';
    const out = withBakedPage(index, {
      html: '<main>M</main>',
      key: 'a "b" & c',
      head: '<link rel="preload">',
    });
    expect(out).toContain(
      '<div id="root" data-first-page="a &quot;b&quot; &amp; c"><main>M</main></div>',
    );
    expect(out).not.toContain('boot-message');
    expect(out).toContain(
      '<link rel="preload"><script src="./first-page-guard.js"></script></head>',
    );
    expect(() => withBakedPage('<body></body>', { html: '', key: '', head: '' })).toThrow(/#root/);
  });
});
