import type { MouseEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import type { TFunction } from '../../i18n/strings';
import type { Model } from '../../corpus/schema';
import { EvidenceQuote } from '../../evidence/EvidenceQuote';
import { useBundle, usePageModel, useTextLang } from '../../state/selectors';
import { backReferences } from './derive';
import type { CitedQuote, ItemPlace } from './derive';

/** A lesson is a sentence: a pointer names it by its first words. */
const LESSON_WORDS = 6;

/** Stands for the item's name inside the translated line until the name is put in. */
const NAME_MARK = '\u0000';

/**
 * Scrolls to the quote in place rather than following the hash: the address holds the app's
 * state, and a fragment would add a history entry that Back would have to undo.
 */
const scrollToQuote = (id: string) => (e: MouseEvent<HTMLAnchorElement>) => {
  const target = document.getElementById(`evidence-${id}`);
  if (!target) return;
  e.preventDefault();
  target.scrollIntoView({ block: 'center' });
};

/** The name of the item a pointer goes back to, and the section it stands in. */
function placeOf(model: Model, place: ItemPlace, t: TFunction): { name: string; section: string } {
  const { kind, index } = place;
  if (kind === 'lesson') {
    const lesson = model.lessons[index];
    const words = (lesson?.text ?? '').split(/\s+/);
    const name =
      words.length > LESSON_WORDS ? `${words.slice(0, LESSON_WORDS).join(' ')}…` : words.join(' ');
    const section = lesson?.kind === 'challenge' ? 'challenges' : 'strengths';
    return { name, section: t(`modelPage.${section}`) };
  }
  const name =
    kind === 'fact'
      ? (model.facts[index]?.label ?? '')
      : kind === 'actor'
        ? (model.actors[index]?.label ?? '')
        : kind === 'instrument'
          ? (model.instruments[index]?.label ?? '')
          : (model.examples[index]?.name ?? '');
  return { name, section: t(`modelPage.${kind}s`) };
}

/**
 * An item's quotes: each in full where the page first cites it; where an earlier item already
 * showed it, one line per such item naming it, linked to the quote (so a quote's element, and its
 * id, stays unique on the page).
 */
export function ItemQuotes({ quotes }: { quotes: CitedQuote[] }) {
  const { t } = useTranslation();
  const bundle = useBundle();
  const pageModel = usePageModel();
  const langOf = useTextLang();
  const model = bundle.models.find((m) => m.id === pageModel);
  if (quotes.length === 0) return null;
  return (
    <div className="model-page__quotes">
      {quotes
        .filter((q) => q.first)
        .map(({ evidence }) => (
          <EvidenceQuote key={evidence.id} evidence={evidence} />
        ))}
      {model
        ? backReferences(quotes).map(({ shownAt, evidence }) => {
            const { name, section } = placeOf(model, shownAt, t);
            const target = evidence[0]!;
            const locators = [...new Set(evidence.map((e) => e.locator))]
              .map((l) => t('evidence.locator', { number: l.replace(/^p/, '') }))
              .join(', ');
            // The name goes in as a marker and is put back as its own element, so each language
            // orders the line its own way and the name keeps its own language tag.
            // One quote reads without a number; two or more say how many.
            const words =
              evidence.length === 1
                ? t('modelPage.sameQuote', { name: NAME_MARK, section, locator: locators })
                : t('modelPage.sameQuotes', {
                    count: evidence.length,
                    name: NAME_MARK,
                    section,
                    locator: locators,
                  });
            const [before = '', after = ''] = words.split(NAME_MARK);
            return (
              <p key={`${shownAt.kind}-${shownAt.index}`} className="model-page__quote-above">
                <a href={`#evidence-${target.id}`} onClick={scrollToQuote(target.id)}>
                  {before}
                  <span lang={langOf(name)}>{name}</span>
                  {after}
                </a>
              </p>
            );
          })
        : null}
    </div>
  );
}
