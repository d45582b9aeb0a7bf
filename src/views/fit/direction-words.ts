/**
 * Which way and how far a model lies from the region, in words: the headings of "What would move
 * your region toward <model>" and the one-line readings of the printed brief. One place for these
 * sentences so the page and the brief say the same thing.
 *
 * `directionWords(t, lang)` is the pure form (tests, print); `useDirectionWords()` binds it to the
 * reader's language.
 */
import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import type { TFunction } from '../../i18n/strings';
import type { Lang } from '../../corpus/vocabulary';
import { afterColon, formatList } from '../../i18n/format';
import { useLang } from '../../state/selectors';
import type { Direction, DimensionMove, MoveItem, ShareGap } from '../../profile/directions';

/** How many items a one-line summary names. */
export const SUMMARY_ITEMS = 3;

export interface DirectionWords {
  /** Which way and how far, one clause: "Your state leads more than France's (1 step)", "France
   *  leaves more to the regional level (+20 points)", "Sector focus: the same as France". */
  direction(direction: Direction, model: string): string;
  /** A dimension's heading in the answer: the direction, or "What France's state does" where the
   *  state-role steps match. */
  heading(move: DimensionMove, model: string): string;
  /** "France also works through A, B and C": the first `max` items, in the groups' order; null
   *  when the move lists no item (basis 'code' or 'none'). */
  summary(move: DimensionMove, model: string, max?: number): string | null;
  /** heading, then ": " and the summary when there is one: one line for the brief. */
  sentence(move: DimensionMove, model: string, max?: number): string;
  /** The lead-in to the quotes of a 'code' move: "The article names nothing France did on that
   *  side; what it says about France's sector focus:". */
  codeIntro(move: DimensionMove, model: string): string;
  /** An item's kind: "instrument", "actor", "sector". */
  kind(item: MoveItem): string;
  /** A dimension's name as a heading starts: "Sector focus". */
  dimension(dimension: DimensionMove['dimension']): string;
}

/** Each item once, in the order the groups (then the repeats) list them. */
export function itemsOf(move: DimensionMove): MoveItem[] {
  const seen = new Set<string>();
  const all = [...move.groups.flatMap((g) => g.items), ...move.repeats.map((r) => r.item)];
  return all.filter((item) => {
    const key = `${item.kind}:${item.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * An item's label inside a sentence ("acts through regional administrations"): a label written
 * as a heading (one capital, on its first word) starts in lower case; "The …" becomes "the …" in
 * English. A label with other capitals (a programme's name, "Joint R&D contracts") is a name or
 * holds one, and stays as written.
 */
export function labelInSentence(label: string, lang: Lang): string {
  const [first = '', ...rest] = label.split(/\s+/);
  if (lang === 'en' && first === 'The') return `the${label.slice(3)}`;
  const headingCase = /^\p{Lu}\p{Ll}+[,:]?$/u.test(first);
  const othersLower = rest.every((word) => !/^\p{Lu}/u.test(word));
  return headingCase && othersLower
    ? `${first.charAt(0).toLocaleLowerCase(lang)}${label.slice(1)}`
    : label;
}

/** Joining words that cannot end a shortened description, in the three catalogue languages. */
const TRAILING_JOIN =
  /\s+(?:and|or|of|the|a|an|to|in|on|for|by|with|at|и|или|в|во|на|с|со|к|по|для|от|из|о|va|bilan|uchun)$/iu;

/** The most letters of an item's description the answer shows (about two lines beside a quote). */
export const SHORT_TEXT_MAX = 100;

/**
 * An item's description up to its first full stop or semicolon, and at most SHORT_TEXT_MAX
 * letters (cut at a word): what it is, without the notes on sources that follow (the model's page
 * has them whole). Keeps the answer short enough to read.
 */
export function shortText(text: string): string {
  // A full stop ends a sentence only before a capital ("i.e. the" goes on); 20 letters at least.
  const match = /^(.{20,}?)(?:(\.)\s+(?=\p{Lu})|;\s)/u.exec(text);
  const sentence = match ? (match[2] ? `${match[1]}.` : `${match[1]}…`) : text;
  if (sentence.length <= SHORT_TEXT_MAX) return sentence;
  const cut = sentence.slice(0, SHORT_TEXT_MAX);
  const space = cut.lastIndexOf(' ');
  const words = space > 20 ? cut.slice(0, space) : cut;
  // Not "…universities and…": a joining word left last goes too.
  return `${words.replace(TRAILING_JOIN, '').replace(/[\s,;:(—–-]+$/u, '')}…`;
}

export function directionWords(t: TFunction, lang: Lang): DirectionWords {
  const steps = (n: number) => t('fitMove.steps', { count: Math.abs(n) });
  const points = (share: ShareGap, sign: '+' | '−') =>
    t(sign === '+' ? 'fitMove.pointsMore' : 'fitMove.pointsLess', { count: share.points });
  const shares = (d: Extract<Direction, { kind: 'shares' }>, list: ShareGap[], sign: '+' | '−') =>
    formatList(
      lang,
      list.map((s) =>
        d.dimension === 'governanceLevel'
          ? t('fitMove.governanceLevel.share', {
              level: t(`levels.${s.category}`),
              points: points(s, sign),
            })
          : t('fitMove.sectorFocus.share', {
              family: t(`families.${s.category}`),
              points: points(s, sign),
            }),
      ),
    );
  const dimension = (d: DimensionMove['dimension']) => t(`fitMove.dimension.${d}`);

  const direction = (d: Direction, model: string): string => {
    if (d.kind === 'same') return t('fitMove.same', { dimension: dimension(d.dimension), model });
    if (d.kind === 'steps')
      return t(`fitMove.${d.dimension}.${d.steps > 0 ? 'more' : 'less'}`, {
        model,
        steps: steps(d.steps),
      });
    // Where the model has more is where the region would move; "less" only when nothing is more.
    if (d.more.length > 0)
      return t(`fitMove.${d.dimension}.more`, { model, list: shares(d, d.more, '+') });
    return t(`fitMove.${d.dimension}.less`, { model, list: shares(d, d.less, '−') });
  };

  const heading = (move: DimensionMove, model: string) =>
    move.dimension === 'stateRole' && move.direction.kind === 'same'
      ? t('fitMove.stateRole.does', { model })
      : direction(move.direction, model);

  const summaryKey = (move: DimensionMove): string => {
    const d = move.direction;
    if (move.dimension === 'stateRole') {
      if (d.kind === 'steps') return d.steps < 0 ? 'stateRoleLess' : 'stateRoleMore';
      return 'stateRoleAll';
    }
    return move.dimension;
  };

  const summary = (move: DimensionMove, model: string, max = SUMMARY_ITEMS) => {
    if (move.basis === 'code' || move.basis === 'none') return null;
    const items = itemsOf(move).slice(0, max);
    if (items.length === 0) return null;
    return t(`fitMove.summary.${summaryKey(move)}`, {
      model,
      list: formatList(
        lang,
        items.map((item) => labelInSentence(item.label, lang)),
      ),
    });
  };

  return {
    direction,
    heading,
    summary,
    sentence: (move, model, max) => {
      const head = heading(move, model);
      const rest = summary(move, model, max);
      return rest ? `${head}: ${afterColon(lang, rest)}` : head;
    },
    codeIntro: (move, model) =>
      t('fitMove.code', { model, dimension: t(`fit.dimension.${move.dimension}`) }),
    kind: (item) => t(`fitMove.kind.${item.kind}`),
    dimension,
  };
}

export function useDirectionWords(): DirectionWords {
  const { t } = useTranslation();
  const lang = useLang();
  return useMemo(() => directionWords(t, lang), [t, lang]);
}
