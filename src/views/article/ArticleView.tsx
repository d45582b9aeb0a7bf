import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBundle, useParagraph } from '../../state/selectors';
import { ViewTitle } from '../shared/ViewTitle';
import { ArticleAbout } from './ArticleAbout';
import { ArticleParagraph } from './ArticleParagraph';
import { paragraphAnchor } from './article-text';
import type { ArticleDocument } from './article-text';
import { citesByParagraph, otherSourcesQuoted, quotesFromArticle } from './derive';
import { useArticleDocument } from './load-article';

/**
 * Moves to the paragraph the link names: scrolls it to the top, and focuses it. Waits a frame so
 * that it comes after the shell's own move to the top of a newly opened view.
 */
function useGoToParagraph(paragraph: number | null, ready: boolean): void {
  useEffect(() => {
    if (!ready || paragraph === null) return;
    const frame = requestAnimationFrame(() => {
      const el = document.getElementById(paragraphAnchor(paragraph));
      if (!el) return;
      el.scrollIntoView?.({ block: 'start' });
      el.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [paragraph, ready]);
}

function ArticleBody({ doc }: { doc: ArticleDocument }) {
  const { t } = useTranslation();
  const bundle = useBundle();
  const paragraph = useParagraph();
  const cites = useMemo(() => citesByParagraph(bundle, doc.paragraphs), [bundle, doc]);
  const others = useMemo(() => otherSourcesQuoted(bundle), [bundle]);
  const fromArticle = useMemo(() => quotesFromArticle(bundle), [bundle]);
  const headings = doc.blocks.filter((b) => b.kind === 'heading');
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
      <ArticleAbout doc={doc} />
      <nav className="toc article-toc" aria-label={t('article.contents')}>
        <ol>
          {headings.map((h) => (
            <li key={h.id} lang="en">
              <a href={`#${h.id}`}>{h.text}</a>
            </li>
          ))}
        </ol>
      </nav>
      <p className="article-legend">{t('article.legend')}</p>
      <div className="article-text">
        {doc.blocks.map((b) =>
          b.kind === 'heading' ? (
            <h2 key={b.id} id={b.id} lang="en" className="article-heading">
              {b.text}
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
        <p className="notice-inline">{t('article.failed')}</p>
      ) : (
        <p className="loading">{t('article.loading')}</p>
      )}
    </div>
  );
}
