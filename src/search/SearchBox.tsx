/**
 * The search field and its results: the ARIA 1.2 combobox pattern (an input that controls a
 * listbox, the active option named by aria-activedescendant while focus stays in the field), the
 * results grouped by kind under group labels, matched words marked, and a live region saying how
 * many were found (or that none were, with what to try). Up/Down move through the results (Home
 * and End jump to the first and last once one is active), Enter opens the active one, Escape
 * clears the field (an empty field lets Escape close whatever holds it).
 */
import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/react';
import type { SearchDocument } from './documents';
import type { SearchLang } from './fold';
import { groupResults } from './results';
import type { GroupedResults } from './results';
import { ResultOption } from './ResultOption';
import type { SearchIndex } from './search-index';
import type { IndexState } from './useSearchIndex';

interface SearchBoxProps {
  state: IndexState;
  lang: SearchLang;
  /** Called with the chosen result (Enter or a click). */
  onChoose: (doc: SearchDocument) => void;
  /** The field's accessible name (the dialog's title names it too). */
  label: string;
}

interface Answer {
  results: GroupedResults;
  partial: boolean;
}

const NO_ANSWER: Answer = { results: { groups: [], total: 0, shown: 0 }, partial: false };

function answerOf(index: SearchIndex | null, query: string): Answer {
  if (!index || !query.trim()) return NO_ANSWER;
  const { hits, partial } = index.search(query);
  return { results: groupResults(hits), partial };
}

export function SearchBox({ state, lang, onChoose, label }: SearchBoxProps) {
  const { t } = useTranslation();
  const ids = useId();
  const inputId = `${ids}-input`;
  const listId = `${ids}-list`;
  const optionId = (i: number) => `${ids}-option-${i}`;
  const [query, setQuery] = useState('');
  // Typing stays quick on a large corpus: the results follow a moment behind the keys.
  const asked = useDeferredValue(query);
  const index = state.status === 'ready' ? state.index : null;
  const answer = useMemo(() => answerOf(index, asked), [index, asked]);
  const { results } = answer;
  const options = useMemo(() => results.groups.flatMap((g) => g.hits), [results]);
  // The first result is active as soon as there are results, so Enter opens the best match.
  const [active, setActive] = useState(0);
  const [collapsed, setCollapsed] = useState(false);
  const [shownAnswer, setShownAnswer] = useState(answer);
  if (shownAnswer !== answer) {
    setShownAnswer(answer);
    setActive(0);
    setCollapsed(false);
  }
  const expanded = !collapsed && options.length > 0;
  const activeIndex = expanded ? Math.min(active, options.length - 1) : -1;

  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(`${ids}-option-${activeIndex}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex, ids]);

  const choose = (i: number) => {
    const hit = options[i];
    if (hit) onChoose(hit.doc);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const last = options.length - 1;
    const move = (to: number) => {
      e.preventDefault();
      setCollapsed(false);
      setActive(to);
    };
    switch (e.key) {
      case 'ArrowDown':
        if (last >= 0) move(activeIndex < 0 || activeIndex >= last ? 0 : activeIndex + 1);
        return;
      case 'ArrowUp':
        if (last >= 0) move(activeIndex <= 0 ? last : activeIndex - 1);
        return;
      case 'Home':
        if (activeIndex >= 0) move(0);
        return;
      case 'End':
        if (activeIndex >= 0) move(last);
        return;
      case 'Enter':
        if (activeIndex >= 0) {
          e.preventDefault();
          choose(activeIndex);
        }
        return;
      case 'Escape':
        if (query) {
          // Handled here: the dialog around the field keeps its Escape for an empty field.
          e.preventDefault();
          setQuery('');
        }
        return;
    }
  };

  const status = statusOf(t, state, query, asked, answer);
  let position = 0;
  return (
    <div className="search-box">
      <div className="search-box__field">
        <svg className="search-box__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="M12.5 12.5 17 17" />
        </svg>
        <input
          id={inputId}
          type="text"
          role="combobox"
          aria-label={label}
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-describedby={`${ids}-keys`}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="go"
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <p className="search-box__status" role="status">
        {status}
      </p>
      <div
        id={listId}
        role="listbox"
        aria-label={t('search.results')}
        className="search-box__list"
        hidden={!expanded}
      >
        {results.groups.map((group) => {
          const labelId = `${ids}-group-${group.kind}`;
          return (
            <div key={group.kind} role="group" aria-labelledby={labelId}>
              <div role="presentation" id={labelId} className="search-box__group-label">
                {t(`search.kinds.${group.kind}`)}
              </div>
              {group.hits.map((hit) => {
                const i = position++;
                return (
                  <ResultOption
                    key={hit.doc.id}
                    id={optionId(i)}
                    hit={hit}
                    lang={lang}
                    active={i === activeIndex}
                    onPointerMove={() => {
                      if (i !== activeIndex) setActive(i);
                    }}
                    onChoose={() => choose(i)}
                  />
                );
              })}
            </div>
          );
        })}
      </div>
      <p id={`${ids}-keys`} className="search-box__keys">
        {t('search.keys')}
      </p>
    </div>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

/** What the live region says: the count, the lack of results and what to try, or why not yet. */
function statusOf(
  t: Translate,
  state: IndexState,
  query: string,
  asked: string,
  { results, partial }: Answer,
): string {
  if (!query.trim()) return state.status === 'error' ? t('search.error') : t('search.hint');
  if (state.status === 'loading') return t('search.preparing');
  if (state.status === 'error') return t('search.error');
  // Until the results catch up with the keys, the last count stays (no flicker of "no results").
  if (asked !== query && results.total === 0) return '';
  if (results.total === 0) return t('search.empty', { query: asked.trim() });
  const count =
    results.shown < results.total
      ? t('search.countShown', { count: results.total, shown: results.shown })
      : t('search.count', { count: results.total });
  return partial ? `${t('search.partial')} ${count}` : count;
}
