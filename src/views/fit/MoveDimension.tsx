import type { MouseEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import type { DimensionId } from '../../corpus/schema';
import type { DimensionMove, MoveItem, QuoteGroup } from '../../profile/directions';
import { foldMove } from '../../profile/move-folded';
import { EvidenceQuote } from '../../evidence/EvidenceQuote';
import { useTextLang } from '../../state/selectors';
import { shortText, useDirectionWords } from './direction-words';

/** One dimension of "what would move your region toward <model>". Props only, besides words. */
export function MoveDimension({
  move,
  model,
  expanded,
  onExpanded,
  onGoToQuote,
}: {
  move: DimensionMove;
  model: string;
  expanded: boolean;
  onExpanded: (open: boolean) => void;
  onGoToQuote: (dimension: DimensionId, evidenceId: string) => void;
}) {
  const { t } = useTranslation();
  const words = useDirectionWords();
  const id = `move-${move.dimension}`;
  if (move.basis === 'none') {
    return (
      <p className="fit-move__same" data-dimension={move.dimension}>
        {words.direction(move.direction, model)}
      </p>
    );
  }
  const folded = foldMove(move);
  const groups = expanded ? move.groups : folded.groups;
  const allPointers = [
    ...move.repeats.map((r) => ({
      key: `item-${r.item.kind}-${r.item.id}`,
      item: r.item,
      dimension: r.shownUnder,
      evidenceId: r.evidenceIds[0] ?? '',
    })),
    ...(move.quotesShownUnder ?? []).map((q) => ({
      key: `quote-${q.evidenceId}`,
      item: null,
      dimension: q.shownUnder,
      evidenceId: q.evidenceId,
    })),
  ];
  const pointers = expanded ? allPointers : allPointers.slice(0, folded.pointers);
  const go = (dimension: DimensionId, evidenceId: string) => (e: MouseEvent) => {
    e.preventDefault();
    onGoToQuote(dimension, evidenceId);
  };
  const empty = move.groups.length === 0 && allPointers.length === 0;
  return (
    <section aria-labelledby={id} className="fit-move__dimension" data-dimension={move.dimension}>
      {move.dimension === 'stateRole' && move.direction.kind === 'same' ? (
        // The heading and "the same as <model>" share a line where they fit.
        <div className="fit-move__head">
          <h3 id={id}>{words.heading(move, model)}</h3>
          <p className="muted fit-move__same-line">{words.direction(move.direction, model)}</p>
        </div>
      ) : (
        <h3 id={id}>{words.heading(move, model)}</h3>
      )}
      {move.basis === 'code' && !empty ? <p>{words.codeIntro(move, model)}</p> : null}
      {empty ? <p className="muted">{t('fitMove.nothing', { model })}</p> : null}
      {groups.map((group) => (
        <Group key={group.evidence.id} group={group} />
      ))}
      {pointers.length > 0 ? (
        <ul className="fit-move__repeats">
          {pointers.map((p) => (
            <li key={p.key}>
              {p.item ? (
                <>
                  <ItemName item={p.item} around={t('fitMove.also', { item: SLOT }).split(SLOT)} />{' '}
                  —{' '}
                </>
              ) : null}
              <a href={`#move-evidence-${p.evidenceId}`} onClick={go(p.dimension, p.evidenceId)}>
                {t('fitMove.quoteAbove', { dimension: words.dimension(p.dimension) })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {folded.folded ? (
        <button
          type="button"
          className="link-button fit-move__more"
          aria-expanded={expanded}
          onClick={() => onExpanded(!expanded)}
        >
          {expanded ? t('fitMove.showFewer') : t('fitMove.showAll', { count: folded.total })}
        </button>
      ) : null}
    </section>
  );
}

/** Where an item's name goes in a sentence the catalogue words around it ("also: {{item}}"). */
const SLOT = '\u0000';

/** A quote once, with the items it supports listed above it. */
function Group({ group }: { group: QuoteGroup }) {
  const { t } = useTranslation();
  return (
    <div className="fit-move__group" id={`move-evidence-${group.evidence.id}`} tabIndex={-1}>
      {group.items.length > 0 ? (
        <ul
          className={
            // Names alone (a model's sectors) run on in one paragraph-like list.
            group.items.some((item) => item.text)
              ? 'fit-move__items'
              : 'fit-move__items fit-move__items--names'
          }
          aria-label={t('fitMove.supports')}
        >
          {group.items.map((item) => (
            <li key={`${item.kind}-${item.id}`}>
              <ItemName item={item} />
              {item.text ? <ItemText text={item.text} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <EvidenceQuote evidence={group.evidence} />
    </div>
  );
}

function ItemName({ item, around }: { item: MoveItem; around?: string[] }) {
  const { t } = useTranslation();
  const words = useDirectionWords();
  const langOf = useTextLang();
  const where = item.level
    ? t(`levels.${item.level}`)
    : item.family
      ? t(`families.${item.family}`)
      : null;
  return (
    <>
      {around?.[0] ?? null}
      <strong className="fit-move__label" lang={langOf(item.label)}>
        {item.label}
      </strong>
      {around?.[1] ?? null}{' '}
      <span className="muted">
        ({words.kind(item)}
        {where ? ` · ${where}` : ''})
      </span>
    </>
  );
}

function ItemText({ text }: { text: string }) {
  const langOf = useTextLang();
  return (
    <span className="fit-move__text" lang={langOf(text)}>
      {' '}
      — {shortText(text)}
    </span>
  );
}
