import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { ARTICLE_ID } from '../../corpus/source-text';
import { CopyCitation } from '../../evidence/CopyCitation';
import { paragraphAnchor } from './article-text';
import { CitesNote, useCiterWords } from './CitesNote';
import { runsOf } from './derive';
import type { ParagraphCites } from './derive';

/**
 * One paragraph of the article: its number, its text (English, as the article has it) with every
 * quote of the corpus marked and said for screen readers, a "Copy with citation" menu, and what
 * cites it. The paragraph a link names is marked by a label and a border, not by colour alone.
 */
export function ArticleParagraph({
  number,
  text,
  cites,
  linked,
}: {
  number: number;
  text: string;
  cites: ParagraphCites | undefined;
  linked: boolean;
}) {
  const { t, i18n } = useTranslation();
  const who = useCiterWords();
  const runs = runsOf(text, cites?.quotes ?? []);
  // Whether the paragraph itself holds the focus (a link moves it there): its body is outlined
  // then. A class rather than `:has(> p:focus)`: any :has() with a state inside it made Chromium
  // work out the style of a whole chart again whenever an element was added to it (a tooltip
  // shown on hover: 20 ms at 4× throttle with 200 models), on every page of the app.
  const [textFocused, setTextFocused] = useState(false);
  return (
    <div className={linked ? 'article-para article-para--linked' : 'article-para'}>
      <div className={`article-para__body${textFocused ? ' article-para__body--focused' : ''}`}>
        <p
          id={paragraphAnchor(number)}
          tabIndex={-1}
          className="article-para__text"
          onFocus={(e) => setTextFocused(e.target === e.currentTarget)}
          onBlur={() => setTextFocused(false)}
        >
          <span className="article-para__number">{t('evidence.locator', { number })}</span>
          {linked ? <span className="article-para__flag">{t('article.linked')}</span> : null}{' '}
          <span lang="en">
            {runs.map((run, i) => {
              const said = [...new Set(run.quotes.map((q) => who(q.citer)))].join(' · ');
              return (
                <span key={i}>
                  {run.quotes.length > 0 ? (
                    <mark
                      className={
                        run.quotes.length > 1 ? 'article-mark article-mark--shared' : 'article-mark'
                      }
                      title={t('article.quotedBy', { who: said })}
                    >
                      {run.text}
                    </mark>
                  ) : (
                    run.text
                  )}
                  {run.ending.map((q) => (
                    <span key={q.evidenceId} className="visually-hidden" lang={i18n.language}>
                      {` (${t('article.quotedBy', { who: who(q.citer) })})`}
                    </span>
                  ))}
                </span>
              );
            })}
          </span>
        </p>
        <div className="article-para__tools">
          <CopyCitation
            passage={{ text, locator: `p${number}`, source: ARTICLE_ID }}
            what={t('article.copyWhat', { number })}
          />
        </div>
      </div>
      {cites && cites.citers.length > 0 ? <CitesNote number={number} cites={cites} /> : null}
    </div>
  );
}
