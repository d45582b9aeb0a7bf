/**
 * One result in the listbox: its name (or, for a paragraph, its number) with what it belongs to,
 * and the part of its text that matched, matched words marked. Verbatim English (a quote, a
 * paragraph) is marked as English, with our translation beneath on Russian and Uzbek pages.
 */
import { useMemo } from 'react';
import { useTranslation } from '../i18n/react';
import { markSegments, snippetOf } from './highlight';
import type { SearchLang } from './fold';
import type { SearchHit } from './search-index';

function Marked({
  text,
  terms,
  lang,
}: {
  text: string;
  terms: ReadonlySet<string>;
  lang: SearchLang;
}) {
  return markSegments(text, terms, lang).map((s, i) =>
    s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
  );
}

interface ResultOptionProps {
  id: string;
  hit: SearchHit;
  lang: SearchLang;
  active: boolean;
  onPointerMove: () => void;
  onChoose: () => void;
}

export function ResultOption({
  id,
  hit,
  lang,
  active,
  onPointerMove,
  onChoose,
}: ResultOptionProps) {
  const { t } = useTranslation();
  const terms = useMemo(() => new Set(hit.terms), [hit.terms]);
  const { doc } = hit;
  const title =
    doc.title || (doc.kind === 'paragraph' ? t('search.paragraph', { number: doc.paragraph }) : '');
  const context = doc.contextKey ? t(doc.contextKey) : doc.context;
  const where =
    doc.kind === 'quote' && doc.paragraph ? t('search.paragraph', { number: doc.paragraph }) : '';
  const meta = [context, where].filter(Boolean).join(' · ');
  return (
    // The keys are the field's (aria-activedescendant): an option never takes focus itself.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus
    <div
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'search-result search-result--active' : 'search-result'}
      // Focus stays in the field: a press on a result must not take it away before the click.
      onMouseDown={(e) => e.preventDefault()}
      onPointerMove={onPointerMove}
      onClick={onChoose}
    >
      {title || meta ? (
        <span className="search-result__head">
          {title ? (
            <span className="search-result__title">
              <Marked text={title} terms={terms} lang={lang} />
            </span>
          ) : null}
          {meta ? <span className="search-result__meta">{meta}</span> : null}
        </span>
      ) : null}
      {doc.english ? (
        <span className="search-result__text search-result__text--quote" lang="en">
          <Marked text={snippetOf(doc.english, terms, lang)} terms={terms} lang={lang} />
        </span>
      ) : null}
      {doc.text ? (
        <span className="search-result__text">
          <Marked text={snippetOf(doc.text, terms, lang)} terms={terms} lang={lang} />
        </span>
      ) : null}
    </div>
  );
}
