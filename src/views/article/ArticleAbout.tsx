import { useTranslation } from '../../i18n/react';
import { citeBibtex, citePlain, UNDESCRIBED_ARTICLE_KIND } from '../../export/cite';
import type { CiteInput } from '../../export/cite';
import { ARTICLE_ID } from '../../corpus/source-text';
import { useCopyText } from '../../evidence/CopyCitationClipboard';
import { useBundle, useLang, useSourceBundle } from '../../state/selectors';
import { usePermalink } from '../../state/links';
import { referenceMarkers } from './article-text';
import type { ArticleDocument } from './article-text';

/** A citation to read and copy, with its own "Copied" line and hand-copy field. */
function CiteBlock({ label, text }: { label: string; text: string }) {
  const { t } = useTranslation();
  const { copy, status, fallback, field } = useCopyText();
  return (
    <div className="article-cite">
      <p className="article-cite__label">{label}</p>
      {/* A citation is written in English, as the article is (the app's citation format too). */}
      <pre className="article-cite__text" lang="en">
        {text}
      </pre>
      <button
        type="button"
        className="secondary"
        aria-label={t('article.about.copyName', { what: label })}
        onClick={() =>
          copy(text, t('article.about.copied', { what: label }), t('evidence.copy.refused'))
        }
      >
        {t('share.copy')}
      </button>{' '}
      <span role="status" className="copy-citation__status">
        {status}
      </span>
      {fallback !== null ? (
        <label className="copy-citation__fallback">
          <span>{t('evidence.copy.fallback')}</span>
          <textarea
            readOnly
            rows={6}
            value={fallback}
            ref={field}
            onFocus={(e) => e.target.select()}
          />
        </label>
      ) : null}
    </div>
  );
}

/**
 * What we know of the article and what we do not, from the text we hold; and how to cite it and
 * the app, in plain text and BibTeX.
 */
export function ArticleAbout({ doc }: { doc: ArticleDocument }) {
  const { t } = useTranslation();
  const lang = useLang();
  const shown = useBundle();
  const written = useSourceBundle();
  const url = usePermalink({ view: 'article', p: null, evidence: null });
  const markers = referenceMarkers(doc);
  const sections = doc.blocks.filter((b) => b.kind === 'heading').length;
  const first = markers[0];
  const last = markers[markers.length - 1];
  // The title as our source list has it, else as the text we hold gives it.
  const title = written.sources.find((s) => s.id === ARTICLE_ID)?.title ?? doc.title;
  const kind = written.sources.find((s) => s.id === ARTICLE_ID)?.kind ?? UNDESCRIBED_ARTICLE_KIND;
  const cite: CiteInput = {
    viewTitle: t('article.title'),
    url,
    codebookVersion: shown.codebook.version,
    date: new Date().toISOString().slice(0, 10),
    article: { title, kind },
  };
  const plain = citePlain(cite);
  return (
    <section className="article-about" aria-labelledby="article-about-title">
      <h2 id="article-about-title">{t('article.about.title')}</h2>
      <p className="article-about__name">
        <cite lang="en">{title}</cite>
      </p>
      {lang === 'en' ? null : <p className="article-about__original">{t('article.original')}</p>}
      <div className="article-about__facts">
        <h3>{t('article.about.known')}</h3>
        <ul>
          <li>{t('article.about.reviews')}</li>
          <li>{t('article.about.paragraphs', { count: doc.paragraphs.size, sections })}</li>
          {first && last ? (
            <li>
              {t('article.about.markers', {
                count: markers.length,
                range: first === last ? first : `${first}–${last}`,
              })}
            </li>
          ) : null}
          <li>{t('article.about.copy')}</li>
        </ul>
        <h3>{t('article.about.unknownTitle')}</h3>
        <p>{t('article.about.unknown')}</p>
      </div>
      <div className="article-about__cite">
        <h3>{t('article.about.howToCite')}</h3>
        <p>{t('article.about.howToCiteText')}</p>
        {/* The plain citations in one column, BibTeX (about as tall as both) in the other. */}
        <div className="article-cites-grid">
          <div className="article-cites-plain">
            {plain.article ? (
              <CiteBlock label={t('share.citeArticle')} text={plain.article} />
            ) : null}
            <CiteBlock label={t('article.about.citeApp')} text={plain.app} />
          </div>
          <CiteBlock label={t('share.bibtex')} text={citeBibtex(cite)} />
        </div>
      </div>
    </section>
  );
}
