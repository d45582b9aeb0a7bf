import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useActions, useView } from '../state/selectors';
import { useLinkTo } from '../state/links';
import { VIEW_IDS } from '../corpus/vocabulary';
import { markStateChange } from '../lib/perf';
import { preloadView } from '../views/registry';
import type { ViewId } from '../corpus/vocabulary';

/** Links among the views: real links (open in a new tab works), handled in-page when clicked. */
export function Navigation() {
  const { t } = useTranslation();
  const current = useView();
  const { setView } = useActions();
  // Each link carries the rest of the current state, so "open in new tab" shows the same models.
  const linkTo = useLinkTo();
  const follow = (view: ViewId) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    markStateChange();
    setView(view);
  };
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {VIEW_IDS.map((view) => (
          <li key={view}>
            <a
              href={linkTo({ view })}
              aria-current={view === current ? 'page' : undefined}
              onClick={follow(view)}
              onMouseEnter={() => void preloadView(view)}
              onFocus={() => void preloadView(view)}
            >
              {t(`nav.${view}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
