/**
 * The article view from the store, and the tools every evidence quote carries: the text with its
 * headings and paragraphs, the paragraph a link names labelled, the notes of what cites each
 * paragraph as links to the exact place, the quotes marked with who quotes them, the metadata,
 * a user's corpus that quotes another source, "Read in context" and "Copy with citation".
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nProvider } from '../../src/i18n/react';
import { describe, expect, it, vi } from 'vitest';
import { EvidenceQuote } from '../../src/evidence/EvidenceQuote';
import { initI18n } from '../../src/i18n';
import en from '../../src/i18n/locales/en.json';
import { createAppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/StoreProvider';
import { ArticleView } from '../../src/views/article/ArticleView';
import type { Bundle } from '../../src/corpus/schema';
import { bundledCorpus } from '../support/corpus';
import { renderView } from './render-view';

const bundle = bundledCorpus();

async function showArticle(paragraph: number | null = null, corpus: Bundle = bundle) {
  const view = renderView(ArticleView, corpus);
  act(() => view.store.setState({ view: 'article', paragraph }));
  await screen.findByText('Conclusions', { selector: 'h2' });
  return view;
}

const paragraphBox = (number: number) =>
  document.getElementById(`article-p${number}`)!.closest<HTMLElement>('.article-para')!;

describe('the article view', () => {
  it('shows the headings and the 45 numbered paragraphs, the text marked English', async () => {
    await showArticle();
    expect(screen.getByRole('heading', { level: 1, name: 'The source article' })).toBeTruthy();
    // The headings are ours, in the page's language (English here), so they carry no lang.
    for (const heading of ['Introduction', 'The cluster concept', 'Italy', 'United States'])
      expect(screen.getByRole('heading', { level: 2, name: heading }).hasAttribute('lang')).toBe(
        false,
      );
    const contents = screen.getByRole('navigation', { name: 'Sections of the article' });
    expect(
      within(contents)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Introduction',
      'The cluster concept',
      'Italy',
      'France',
      'United Kingdom',
      'United States',
      'Japan',
      'Conclusions',
    ]);
    expect(document.querySelectorAll('[id^="article-p"]').length).toBe(45);
    expect(document.querySelector('#article-p1 > span[lang="en"]')?.textContent).toMatch(
      /^Studying clusters is especially relevant/,
    );
    expect(document.getElementById('article-p31')?.tabIndex).toBe(-1);
  });

  it('labels the paragraph a link names, and no other', async () => {
    await showArticle(31);
    expect(within(paragraphBox(31)).getByText('Linked paragraph')).toBeTruthy();
    expect(paragraphBox(31).className).toContain('article-para--linked');
    expect(within(paragraphBox(30)).queryByText('Linked paragraph')).toBeNull();
  });

  it('says what cites p31, each part a link to its place', async () => {
    await showArticle(31);
    const note = within(paragraphBox(31)).getByText(/p31 →/).closest('.article-cites')!;
    expect(note.textContent).toContain(
      'Japan: state role, governance level; 2 actors, 3 instruments',
    );
    const href = (name: string) =>
      within(note as HTMLElement)
        .getByRole('link', { name })
        .getAttribute('href')!;
    expect(href('Japan')).toMatch(/view=model/);
    expect(href('Japan')).toMatch(/model=japan/);
    expect(href('state role')).toMatch(/evidence=japan\.stateRole/);
    expect(href('2 actors')).toMatch(/#model-actors$/);
    expect(href('3 instruments')).toMatch(/#model-instruments$/);
  });

  it('links a concept that quotes a paragraph to its place in the primer', async () => {
    await showArticle();
    const links = within(paragraphBox(40)).getAllByRole('link');
    expect(links.some((a) => /view=concepts.*#concept-/.test(a.getAttribute('href')!))).toBe(true);
  });

  it('marks the quoted passages, each said for screen readers', async () => {
    await showArticle();
    const p31 = document.getElementById('article-p31')!;
    expect(p31.querySelectorAll('mark').length).toBeGreaterThanOrEqual(3);
    expect(p31.querySelector('mark')?.getAttribute('title')).toMatch(/^quoted by Japan/);
    expect(p31.querySelector('.visually-hidden')?.textContent).toMatch(/quoted by Japan/);
    // Text outside every quote stays plain: p31's number is not inside a mark.
    expect(p31.querySelector('.article-para__number')?.closest('mark')).toBeNull();
  });

  it('says what we know and do not know of the article, and how to cite it', async () => {
    await showArticle();
    const about = screen.getByRole('region', { name: 'About this article' });
    expect(about.textContent).toContain('Foreign experience in forming regional clusters');
    expect(about.textContent).toContain('45 paragraphs');
    expect(about.textContent).toContain('7 reference markers, [1]–[7]');
    expect(about.textContent).toContain('no author');
    expect(about.textContent).toContain('@article{foreignexperienceclusters');
    expect(within(about).getAllByRole('button', { name: /^Copy:/ })).toHaveLength(3);
  });

  it("tells a user's corpus that quotes another source what this page shows", async () => {
    const other: Bundle = {
      ...bundle,
      sources: [{ ...bundle.sources[0]!, id: 'my-report', title: 'My regional report' }],
    };
    await showArticle(null, other);
    expect(screen.getByText(/Your corpus quotes “My regional report”/)).toBeTruthy();
    expect(document.querySelectorAll('mark').length).toBe(0);
  });

  it('says so when the link names a paragraph the article does not have', async () => {
    await showArticle(99);
    expect(
      screen.getByText('There is no paragraph 99: the article has 45 paragraphs.'),
    ).toBeTruthy();
  });
});

describe('the tools of an evidence quote', () => {
  const japan = bundle.models.find((m) => m.id === 'japan')!;
  const evidence = japan.evidence.find((e) => e.id === 'jp-coordination')!;

  function renderQuote() {
    const store = createAppStore({ corpus: { status: 'ready', bundle } });
    store.setState({ evidence: { model: 'japan', key: 'stateRole' } });
    render(
      <I18nProvider i18n={initI18n(en)}>
        <StoreProvider store={store}>
          <EvidenceQuote evidence={evidence} />
        </StoreProvider>
      </I18nProvider>,
    );
    return store;
  }

  it('reads in context: a link to the paragraph that opens the article and closes the panel', () => {
    const store = renderQuote();
    const link = screen.getByRole('link', { name: 'Read in context: paragraph 31 of the article' });
    expect(link.getAttribute('href')).toMatch(/view=article/);
    expect(link.getAttribute('href')).toMatch(/p=31/);
    fireEvent.click(link);
    expect(store.getState()).toMatchObject({ view: 'article', paragraph: 31, evidence: null });
  });

  it('copies with citation from a menu, says so, and closes the menu', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderQuote();
    const toggle = screen.getByRole('button', {
      name: 'Copy with citation: the quote from paragraph 31',
    });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'BibTeX' }));
    expect(await screen.findByText('Copied with citation (BibTeX).')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining(`annote = {${evidence.quote}}`));
    expect(screen.queryByRole('button', { name: 'Plain text' })).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });
});
