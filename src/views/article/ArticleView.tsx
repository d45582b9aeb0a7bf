import { useEffect, useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { useBundle, useParagraph, useSourceBundle, useTextLang } from '../../state/selectors';
import { ViewTitle } from '../shared/ViewTitle';
import { ArticleAbout } from './ArticleAbout';
import { ArticleParagraph } from './ArticleParagraph';
import { paragraphAnchor } from './article-text';
import type { ArticleDocument } from './article-text';
import { citesByParagraph, otherSourcesQuoted, quotesFromArticle } from './derive';
import { headingWords } from './heading-words';
import { useArticleDocument } from './load-article';

/**
 * Moves to the paragraph the link names and focuses it. Waits a frame so that it comes after the
 * shell's own move to the top of a newly opened view. The paragraph keeps some of the page above
 * it (its scroll margin); the first paragraph of a section brings its heading into view instead.
 */
function useGoToParagraph(paragraph: number | null, ready: boolean): void {
  useEffect(() => {
    if (!ready || paragraph === null) return;
    const frame = requestAnimationFrame(() => {
      const el = document.getElementById(paragraphAnchor(paragraph));
      if (!el) return;
      const before = el.closest('.article-para')?.previousElementSibling;
      const heading = before?.classList.contains('article-heading') ? before : null;
      (heading ?? el).scrollIntoView?.({ block: 'start' });
      el.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [paragraph, ready]);
}

/**
 * The words of a navigation heading in the reader's language (the headings are ours), English
 * and marked so only where no translation exists.
 */
function useHeadingText(): (text: string) => { words: string; lang: string | undefined } {
  const { t, i18n } = useTranslation();
  const written = useSourceBundle();
  const shown = useBundle();
  const textLang = useTextLang();
  return (text) => {
    const found = headingWords(text, written.models, (key) => i18n.exists(key));
    if (found.kind === 'catalogue') return { words: t(found.key), lang: undefined };
    if (found.kind === 'model') {
      const name = shown.models.find((m) => m.id === found.model)?.name ?? text;
      return { words: name, lang: textLang(name) };
    }
    return { words: text, lang: 'en' };
  };
}

function ArticleBody({ doc }: { doc: ArticleDocument }) {
  const { t } = useTranslation();
  const bundle = useBundle();
  const paragraph = useParagraph();
  const cites = useMemo(() => citesByParagraph(bundle, doc.paragraphs), [bundle, doc]);
  const others = useMemo(() => otherSourcesQuoted(bundle), [bundle]);
  const fromArticle = useMemo(() => quotesFromArticle(bundle), [bundle]);
  const headings = doc.blocks.filter((b) => b.kind === 'heading');
  const headingText = useHeadingText();
  const missing = paragraph !== null && !doc.paragraphs.has(`p${paragraph}`);
  return (
    <>
      {others.length > 0 ? (
        <p className="notice-inline article-other-source">
          {t(fromArticle > 0 ? 'article.otherSourcesToo' : 'article.otherSources', {
            sources: others.map((s) => (s.title ? `“${s.title}”` : s.id)).join(', '),
            count: others.length,
          })}
        </p>
      ) : null}
      {missing ? (
        <p className="notice-inline" role="status">
          {t('article.noParagraph', { number: paragraph, total: doc.paragraphs.size })}
        </p>
      ) : null}
      <nav className="toc article-toc" aria-label={t('article.contents')}>
        <ol>
          {headings.map((h) => {
            const { words, lang } = headingText(h.text);
            return (
              <li key={h.id}>
                <a href={`#${h.id}`} lang={lang}>
                  {words}
                </a>
              </li>
            );
          })}
        </ol>
      </nav>
      <ArticleAbout doc={doc} />
      <p className="article-legend">{t('article.legend')}</p>
      <div className="article-text">
        {doc.blocks.map((b) =>
          b.kind === 'heading' ? (
            <h2 key={b.id} id={b.id} lang={headingText(b.text).lang} className="article-heading">
              {headingText(b.text).words}
            </h2>
          ) : (
            <ArticleParagraph
              key={b.locator}
              number={b.number}
              text={b.text}
              cites={cites.get(b.locator)}
              linked={b.number === paragraph}
            />
          ),
        )}
      </div>
    </>
  );
}

/** The source article, readable (view=article): its text, what cites each paragraph, how to cite. */
export function ArticleView() {
  const { t } = useTranslation();
  const load = useArticleDocument();
  const paragraph = useParagraph();
  useGoToParagraph(paragraph, load.status === 'ready');
  return (
    <div className="article-view">
      <ViewTitle>{t('article.title')}</ViewTitle>
      <p className="lead">{t('article.intro')}</p>
      {load.status === 'ready' ? (
        <ArticleBody doc={load.doc} />
      ) : load.status === 'failed' ? (
        <p className="notice-inline load-failed" role="alert">
          {t('article.failed')}
        </p>
      ) : (
        <p className="loading" role="status">
          {t('article.loading')}
        </p>
      )}
    </div>
  );
}
