import type { MouseEvent } from 'react';
import { useTranslation } from '../i18n/react';
import { markStateChange } from '../lib/perf';
import { useActions } from '../state/selectors';
import { useLinkTo } from '../state/links';
import { paragraphNumber } from './CopyCitationText';

/**
 * One locator form everywhere: the article's own paragraph number, "[p31]" (in the page's
 * language: "[абз. 31]"), with the paragraph spelled out for a pointer's tooltip.
 */
export function Locator({ locator }: { locator: string }) {
  const { t } = useTranslation();
  const number = locator.replace(/^p/, '');
  return (
    <span className="locator" title={t('evidence.paragraph', { number })}>
      [{t('evidence.locator', { number })}]
    </span>
  );
}

/**
 * "Read in context": a link to the article at the quote's paragraph (`?view=article&p=31`), a
 * real link (a new tab works), handled in the page when clicked; opening the article closes an
 * open evidence panel.
 */
export function ReadInContext({ locator }: { locator: string }) {
  const { t } = useTranslation();
  const { openArticle } = useActions();
  const linkTo = useLinkTo();
  const number = paragraphNumber(locator);
  if (number === null) return null;
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    markStateChange();
    openArticle(number);
  };
  return (
    <a
      className="read-in-context"
      href={linkTo({ view: 'article', p: number, evidence: null })}
      aria-label={t('evidence.readInContextName', { number })}
      onClick={follow}
    >
      {t('evidence.readInContext')}
    </a>
  );
}
