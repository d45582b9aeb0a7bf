/**
 * Where the article's "what cites it" notes lead, as links (a new tab works) handled in the page
 * when clicked: a model's page (at one of its sections), a value's evidence over that page, or a
 * concept of the primer.
 */
import type { MouseEvent } from 'react';
import { markStateChange } from '../../lib/perf';
import type { EvidenceKey } from '../../corpus/vocabulary';
import { useActions } from '../../state/selectors';
import { useLinkTo } from '../../state/links';

export type Destination =
  | { kind: 'model'; model: string; section?: string }
  | { kind: 'evidence'; model: string; key: EvidenceKey }
  | { kind: 'concept'; concept: string };

/** The element id a destination's page gives the place (the model page's sections, concepts). */
export const anchorOf = (to: Destination): string | null =>
  to.kind === 'concept'
    ? `concept-${to.concept}`
    : to.kind === 'model'
      ? (to.section ?? null)
      : null;

/**
 * Once the destination's element is on the page (its view's code may still be loading), scrolls it
 * into view, after the shell has put the new view at its top; gives up after a while.
 */
function revealWhenShown(id: string): void {
  const reveal = (el: HTMLElement) =>
    requestAnimationFrame(() => el.scrollIntoView?.({ block: 'start' }));
  const found = document.getElementById(id);
  if (found) {
    reveal(found);
    return;
  }
  const observer = new MutationObserver(() => {
    const el = document.getElementById(id);
    if (!el) return;
    observer.disconnect();
    reveal(el);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), 10_000);
}

export function useGoTo(): (to: Destination) => {
  href: string;
  onClick: (e: MouseEvent<HTMLAnchorElement>) => void;
} {
  const linkTo = useLinkTo();
  const { openModelPage, openEvidence, setView } = useActions();
  return (to) => {
    const anchor = anchorOf(to);
    const href =
      to.kind === 'concept'
        ? linkTo({ view: 'concepts', evidence: null })
        : linkTo({
            view: 'model',
            model: to.model,
            evidence: to.kind === 'evidence' ? { model: to.model, key: to.key } : null,
          });
    return {
      href: anchor ? `${href}#${anchor}` : href,
      onClick: (e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
        e.preventDefault();
        markStateChange();
        if (to.kind === 'concept') setView('concepts');
        else openModelPage(to.model);
        if (to.kind === 'evidence') openEvidence({ model: to.model, key: to.key });
        if (anchor) revealWhenShown(anchor);
      },
    };
  };
}
